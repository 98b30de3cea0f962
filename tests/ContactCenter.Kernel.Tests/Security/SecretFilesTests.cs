using System.Text;
using ContactCenter.Kernel.Security;

namespace ContactCenter.Kernel.Tests.Security;

public sealed class SecretFilesTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cc-secret-files-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task WriteAtomic_ManyWritersOfOneFile_EachSucceedsAndTheFileHoldsOneWholePayload()
    {
        var path = Path.Combine(_directory, "latest-checkpoint.json");
        var payloads = Enumerable.Range(0, 16).Select(i => new string((char)('a' + i), 4096)).ToArray();

        await Task.WhenAll(payloads.Select(payload => Task.Run(() =>
        {
            for (var round = 0; round < 20; round++)
            {
                SecretFiles.WriteAtomic(path, Encoding.ASCII.GetBytes(payload));
            }
        })));

        Assert.Contains(await File.ReadAllTextAsync(path), payloads);
        Assert.Equal([path], Directory.GetFiles(_directory));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }
}
