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
        string phoneHash;
        using (var store = new LiteDbDocumentStore(_directory.Path, TimeProvider.System))
        {
            await using var kernel = await EncryptedKernel.StartAsync(store, settings);
            foreach (var contact in PlaintextProbe.Contacts)
            {
                await kernel.Contacts.CreateAsync(contact);
            }

            await kernel.Blobs.PutAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join(" ", PlaintextProbe.Secrets))), "kernel");
            Assert.Single(await kernel.Contacts.FindByPhoneAsync("8311 9047"));
            phoneHash = kernel.Protector.LookupHash("+50683119047", "contact-phone");
        }

        var files = Directory.GetFiles(_directory.Path, "*", SearchOption.AllDirectories).Where(f => !f.Contains("secrets", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(files);
        var all = new List<byte>();
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            all.AddRange(bytes);
            Assert.Empty(PlaintextProbe.Find(bytes));
        }

        // The probe and the files are real: the indexed lookup hash is there in clear, and a planted name would be seen.
        Assert.True(all.ToArray().AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(phoneHash)) >= 0);
        Assert.NotEmpty(PlaintextProbe.Find(System.Text.Encoding.Unicode.GetBytes("-- Xiomara --")));
    }

    [Fact]
    public async Task InteractionSubjectAndNotes_RawFileBytes_HoldNoPlaintextAndReadBack()
    {
        var settings = new Dictionary<string, string?> { ["CC:Storage:DataDirectory"] = _directory.Path };
        var interaction = PlaintextProbe.Interaction("probe-interaction", DateTimeOffset.UnixEpoch);
        using (var store = new LiteDbDocumentStore(_directory.Path, TimeProvider.System))
        {
            await using var kernel = await EncryptedKernel.StartAsync(store, settings);
            await kernel.StoreInteractionAsync(interaction);
        }

        foreach (var file in Directory.GetFiles(_directory.Path, "*", SearchOption.AllDirectories).Where(f => !f.Contains("secrets", StringComparison.Ordinal)))
        {
            Assert.Empty(PlaintextProbe.Find(await File.ReadAllBytesAsync(file)));
        }

        // Reopened like after a restart, with the same master key file: the values come back.
        using (var store = new LiteDbDocumentStore(_directory.Path, TimeProvider.System))
        {
            await using var kernel = await EncryptedKernel.StartAsync(store, settings);
            var read = await kernel.ReadInteractionAsync(interaction.Id);
            Assert.Equal(interaction.Subject, read!.Subject);
            Assert.Equal(interaction.Disposition, read.Disposition);
        }
    }
}
