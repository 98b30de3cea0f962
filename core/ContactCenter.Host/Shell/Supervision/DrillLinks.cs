using System.Globalization;

namespace ContactCenter.Host.Shell.Supervision;

/// <summary>The addresses of the supervisor's pages, and how their figures read (times in UTC like the wallboard's clock).</summary>
public static class DrillLinks
{
    public const string Wallboard = "/supervisor";

    /// <summary>The page of one agent.</summary>
    public static string Agent(string agentId) => $"/supervisor/agents/{Uri.EscapeDataString(agentId)}";

    /// <summary>The page of one queue.</summary>
    public static string Queue(string queueId) => $"/supervisor/queues/{Uri.EscapeDataString(queueId)}";

    /// <summary>A time of day as the wallboard shows it.</summary>
    public static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>A percentage with one decimal at most, or <paramref name="none"/>.</summary>
    public static string Percent(double? value, string none) => value is { } v ? $"{v.ToString("0.#", CultureInfo.InvariantCulture)}%" : none;

    /// <summary>Seconds as m:ss (h:mm:ss from an hour), or <paramref name="none"/>.</summary>
    public static string Seconds(double? value, string none) => value is { } v ? Text.ShellText.Clock(TimeSpan.FromSeconds(Math.Round(v))) : none;
}
