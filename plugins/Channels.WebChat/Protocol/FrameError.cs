namespace ContactCenter.Plugins.Channels.WebChat.Protocol;

/// <summary>Why a frame was refused: a stable code for the widget and a field for developers. Nothing was changed.</summary>
/// <param name="Code">The code (see <see cref="FrameErrors"/>).</param>
/// <param name="Field">The offending field, when one.</param>
internal sealed record FrameError(string Code, string? Field = null);
