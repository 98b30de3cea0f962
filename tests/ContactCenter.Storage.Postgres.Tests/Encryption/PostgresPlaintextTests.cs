using System.Text;
using ContactCenter.Storage.Postgres.Tests.Support;
using ContactCenter.Testing.Security;

namespace ContactCenter.Storage.Postgres.Tests.Encryption;

/// <summary>Personal data written through the kernel never reaches a PostgreSQL table in clear.</summary>
public sealed class PostgresPlaintextTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    // Every row of every table in the schema, as text (jsonb as JSON, bytea as hex).
    private const string DumpSql =
        "SELECT coalesce(string_agg(query_to_xml(format('SELECT t::text AS r FROM %I.%I t', table_schema, table_name), true, false, '')::text, E'\\n'), '') " +
        "FROM information_schema.tables WHERE table_schema = 'public'";

    [Fact]
    public async Task ContactsAndBlobs_RawTables_HoldNoPlaintext()
    {
        // Each test starts its own key ring (ephemeral master key) in the class's database.
        await database.ResetAsync();
        var store = await database.OpenStoreAsync();
        var settings = new Dictionary<string, string?> { ["CC:Contacts:DefaultRegion"] = "CR", ["CC:Encryption:Provider"] = "Ephemeral" };
        await using (var kernel = await EncryptedKernel.StartAsync(store, settings))
        {
            foreach (var contact in PlaintextProbe.Contacts)
            {
                await kernel.Contacts.CreateAsync(contact);
            }

            await kernel.Blobs.PutAsync(new MemoryStream(Encoding.UTF8.GetBytes(string.Join(" ", PlaintextProbe.Secrets))), "kernel");
            Assert.Single(await kernel.Contacts.FindByEmailAsync("wenceslao.brenes@probe-mail.example"));
        }

        var dump = await database.ScalarAsync<string>(DumpSql) ?? string.Empty;

        Assert.Contains("k.contacts", dump, StringComparison.Ordinal);
        Assert.Empty(PlaintextProbe.Find(Encoding.UTF8.GetBytes(dump)));
    }

    [Fact]
    public async Task InteractionSubjectAndNotes_RawTables_HoldNoPlaintextAndReadBack()
    {
        await database.ResetAsync();
        var store = await database.OpenStoreAsync();
        var interaction = PlaintextProbe.Interaction("probe-interaction-" + Guid.NewGuid().ToString("N"), DateTimeOffset.UnixEpoch);
        await using (var kernel = await EncryptedKernel.StartAsync(store, new Dictionary<string, string?> { ["CC:Encryption:Provider"] = "Ephemeral" }))
        {
            await kernel.StoreInteractionAsync(interaction);
            var read = await kernel.ReadInteractionAsync(interaction.Id);
            Assert.Equal(interaction.Subject, read!.Subject);
            Assert.Equal(interaction.Disposition, read.Disposition);
        }

        var dump = await database.ScalarAsync<string>(DumpSql) ?? string.Empty;

        Assert.Contains(interaction.Id, dump, StringComparison.Ordinal);
        Assert.Empty(PlaintextProbe.Find(Encoding.UTF8.GetBytes(dump)));
    }
}
