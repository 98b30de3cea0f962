namespace ContactCenter.Host.Shell.Text;

/// <summary>The texts of the conversation a supervisor reads in the wallboard's note form, in one language.</summary>
public sealed partial record ReadText
{
    public required string Lang { get; init; }
    public required string Title { get; init; }
    public required string Empty { get; init; }
    public required string Customer { get; init; }
    public required string Agent { get; init; }
    public required string AgentNote { get; init; }
    public required string SupervisorNote { get; init; }
    public required string Activity { get; init; }
    public required string Received { get; init; }
    public required string Sent { get; init; }
    public required string Attachments { get; init; }

    /// <summary>The texts for <paramref name="lang"/> (<c>es</c> or English).</summary>
    public static ReadText For(string lang) => lang == "es" ? Spanish : English;
}
