using System.Globalization;
using ContactCenter.Kernel.Security.Encryption.Rotation;

namespace ContactCenter.Cli.Keys;

/// <summary>Shows a re-encryption's progress on stderr as it goes (one line a page; counts only).</summary>
internal sealed class RotationProgressWriter(TextWriter error) : IProgress<KeyRotationProgress>
{
    public void Report(KeyRotationProgress value)
    {
        // Collections are visited in order: the one just advanced is the last one started.
        var current = value.Collections.LastOrDefault(c => c.Done || c.ContinuationToken is not null) ?? value.Collections[0];
        error.WriteLine(string.Format(CultureInfo.InvariantCulture, "re-encrypting {0}: {1:N0}/{2:N0} visited, {3:N0} re-encrypted in all{4}",
            current.Collection, current.Scanned, current.Total, value.ReEncrypted, value.Failed > 0 ? $", {value.Failed:N0} refused (tampered)" : string.Empty));
    }
}
