namespace ContactCenter.Plugins.Channels.Voice.Media.Recording;

/// <summary>
/// A stopped recording, as its final write needs it: the chunks still to store (chunk 0 with the final header, and the
/// last partial chunk), how many chunks and bytes the WAV has, and the chunks lost on the way (stored as silence).
/// </summary>
internal sealed record RecordedWav(string Id, IReadOnlyList<(int Index, byte[] Data)> Tail, int Chunks, long Length, TimeSpan Duration, int Pauses, IReadOnlyCollection<int> Lost);
