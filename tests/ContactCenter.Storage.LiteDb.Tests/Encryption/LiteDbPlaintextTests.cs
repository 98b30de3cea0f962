using ContactCenter.Testing.Security;

namespace ContactCenter.Storage.LiteDb.Tests.Encryption;

/// <summary>Personal data written through the kernel never reaches the LiteDB file in clear.</summary>
public sealed class LiteDbPlaintextTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task ContactsAndBlobs_RawFileBytes_HoldNoPlaintext()
    {
        var settings = new Dictionary<string, string?>
        {
            ["CC:Storage:DataDirectory"] = _directory.Path,
            ["CC:Contacts:DefaultRegion"] = "CR",
        };
        using (var store = new LiteDbDocumentStore(_directory.Path, TimeProvider.System))
        {
            await using var kernel = await EncryptedKernel.StartAsync(store, settings);
            foreach (var contact in PlaintextProbe.Contacts)
            {
                await kernel.Contacts.CreateAsync(contact);
            }

            await kernel.Blobs.PutAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join(" ", PlaintextProbe.Secrets))), "kernel");
            Assert.Single(await kernel.Contacts.FindByPhoneAsync("8311 9047"));
        }

        var files = Directory.GetFiles(_directory.Path, "*", SearchOption.AllDirectories).Where(f => !f.Contains("secrets", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.Empty(PlaintextProbe.Find(await File.ReadAllBytesAsync(file)));
        }
    }
}
