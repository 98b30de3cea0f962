using ContactCenter.Kernel.Audit.Signing;

namespace ContactCenter.Kernel.Tests.Audit;

/// <summary>A key ring in its own temp directory, deleted on dispose.</summary>
internal sealed class TempKeyRing : IDisposable
{
    public TempKeyRing()
    {
        Directory = Path.Combine(Path.GetTempPath(), "cc-audit-keys-" + Guid.NewGuid().ToString("N"));
        Ring = new AuditKeyRing(Directory);
    }

    public string Directory { get; }

    public AuditKeyRing Ring { get; }

    public void Dispose()
    {
        Ring.Dispose();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
