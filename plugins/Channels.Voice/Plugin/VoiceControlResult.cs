namespace ContactCenter.Plugins.Channels.Voice.Plugin;

/// <summary>What a call-control request came to: an HTTP status and, for errors, an English/Spanish explanation.</summary>
internal sealed record VoiceControlResult(int Status, string? Problem = null)
{
    public static VoiceControlResult Ok { get; } = new(200);

    public static VoiceControlResult Accepted { get; } = new(202);

    public static VoiceControlResult NotFound(string problem) => new(404, problem);

    public static VoiceControlResult Conflict(string problem) => new(409, problem);
}
