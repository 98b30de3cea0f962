using ContactCenter.Kernel.Audit.Signing;

namespace ContactCenter.Kernel.Tests.Audit;

public sealed class AuditKeyRingTests
{
    [Fact]
    public void Sign_FirstUse_CreatesAnOwnerOnlyPrivateKeyAndAPublicKey()
    {
        using var keys = new TempKeyRing();

        var (keyId, _) = keys.Ring.Sign([1, 2, 3]);

        var privateKey = Path.Combine(keys.Directory, keyId + ".key");
        Assert.True(File.Exists(Path.Combine(keys.Directory, keyId + ".pub")));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(privateKey));
        }
    }

    [Fact]
    public void Rotate_AfterSigning_SignsWithTheNewKeyAndKeepsTheOldPublicKey()
    {
        using var keys = new TempKeyRing();
        var first = keys.Ring.CurrentKeyId;

        var second = keys.Ring.Rotate();

        Assert.NotEqual(first, second);
        Assert.Equal(second, keys.Ring.Sign([1]).KeyId);
        Assert.Equal(new[] { first, second }.Order(), keys.Ring.PublicKeys().Keys.Order());
    }

    [Fact]
    public void CurrentKeyId_ReopenedDirectory_LoadsTheSameKey()
    {
        using var keys = new TempKeyRing();
        var id = keys.Ring.Rotate();

        using var reopened = new AuditKeyRing(keys.Directory);

        Assert.Equal(id, reopened.CurrentKeyId);
    }

    [Fact]
    public void CurrentKeyId_CurrentKeyFileMissing_ThrowsNamingTheFile()
    {
        using var keys = new TempKeyRing();
        var id = keys.Ring.CurrentKeyId;
        File.Delete(Path.Combine(keys.Directory, id + ".key"));

        using var reopened = new AuditKeyRing(keys.Directory);
        var error = Assert.Throws<InvalidOperationException>(() => reopened.CurrentKeyId);

        Assert.Contains(id + ".key", error.Message, StringComparison.Ordinal);
    }
}
