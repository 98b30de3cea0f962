using ContactCenter.Kernel.Contacts;
using ContactCenter.Kernel.Security.Encryption;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Storage;
using ContactCenter.Testing.Security;

namespace ContactCenter.Kernel.Tests.Contacts;

public sealed class ContactDirectoryTests : IAsyncLifetime
{
    private readonly InMemoryDocumentStore _store = new(TimeProvider.System);
    private EncryptedKernel _kernel = null!;

    private IContactDirectory Contacts => _kernel.Contacts;

    public async Task InitializeAsync() =>
        _kernel = await EncryptedKernel.StartAsync(_store, new Dictionary<string, string?> { ["CC:Contacts:DefaultRegion"] = "CR" });

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    [Theory]
    [InlineData("+506 8888-1234")]
    [InlineData("88881234")]
    [InlineData("8888 1234")]
    [InlineData("+50688881234")]
    [InlineData("(+506) 8888.1234")]
    public async Task FindByPhoneAsync_AnyFormat_FindsTheSameContact(string input)
    {
        var created = await Contacts.CreateAsync(new ContactRequest("Ana Mora", ["+506 8888-1234"]));

        var found = await Contacts.FindByPhoneAsync(input);

        Assert.Equal(created.Id, Assert.Single(found).Id);
        Assert.Equal(new ContactIdentity(ContactIdentityKind.Phone, "+50688881234"), Assert.Single(found[0].Identities));
    }

    [Fact]
    public async Task FindByEmailAsync_OtherCase_FindsTheContact()
    {
        var created = await Contacts.CreateAsync(new ContactRequest("Ana", Emails: ["  Ana.Mora+vip@Example.COM "]));

        var found = await Contacts.FindByEmailAsync("ana.mora+vip@example.com");

        Assert.Equal(created.Id, Assert.Single(found).Id);
        Assert.Equal("ana.mora+vip@example.com", found[0].Identities[0].Value);
        Assert.Empty(await Contacts.FindByEmailAsync("ana.mora@example.com"));
    }

    [Fact]
    public async Task FindByPhoneAsync_SharedNumber_FindsBoth()
    {
        var first = await Contacts.CreateAsync(new ContactRequest("Ana", ["88881234"]));
        var second = await Contacts.CreateAsync(new ContactRequest("Luis", ["+50688881234"]));

        var found = await Contacts.FindByPhoneAsync("8888-1234");

        Assert.Equal(new[] { first.Id, second.Id }.Order(), found.Select(c => c.Id).Order());
    }

    [Fact]
    public async Task CreateAsync_BadFields_ListsEveryProblemWithoutTheValuesAndStoresNothing()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            Contacts.CreateAsync(new ContactRequest(" ", ["12", "+506 8888-1234"], ["not-an-email"])).AsTask());

        Assert.Equal(["displayName", "emails[0]", "phones[0]"], error.Errors.Keys.Order());
        Assert.DoesNotContain("not-an-email", string.Join(" ", error.Errors.Values.SelectMany(v => v)), StringComparison.Ordinal);
        Assert.Equal(0, await _store.CountAsync(KernelCollections.Contacts.Name, [], CancellationToken.None));
        Assert.Equal(0, await _store.CountAsync(KernelCollections.ContactLookup.Name, [], CancellationToken.None));
    }

    [Fact]
    public async Task UpdateAsync_NewPhone_OldPhoneNoLongerFindsIt()
    {
        var created = await Contacts.CreateAsync(new ContactRequest("Ana", ["88881234"], ["ana@example.com"]));

        var updated = await Contacts.UpdateAsync(created.Id, new ContactRequest("Ana María", ["87776666"], ["ana@example.com"]), created.Version);

        Assert.Empty(await Contacts.FindByPhoneAsync("88881234"));
        Assert.Equal("Ana María", Assert.Single(await Contacts.FindByPhoneAsync("8777-6666")).DisplayName);
        Assert.Single(await Contacts.FindByEmailAsync("ana@example.com"));
        Assert.Equal(2, await _store.CountAsync(KernelCollections.ContactLookup.Name, [], CancellationToken.None));
        Assert.True(updated.Version > created.Version);
    }

    [Fact]
    public async Task UpdateAsync_StaleVersion_ThrowsConflictAndChangesNothing()
    {
        var created = await Contacts.CreateAsync(new ContactRequest("Ana", ["88881234"]));
        await Contacts.UpdateAsync(created.Id, new ContactRequest("Ana 2", ["88881234"]), created.Version);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Contacts.UpdateAsync(created.Id, new ContactRequest("Ana 3", ["87776666"]), created.Version).AsTask());

        Assert.Equal("Ana 2", (await Contacts.GetAsync(created.Id))!.DisplayName);
        Assert.Empty(await Contacts.FindByPhoneAsync("87776666"));
    }

    [Fact]
    public async Task DeleteAsync_RemovesTheContactAndItsIndexEntries()
    {
        var created = await Contacts.CreateAsync(new ContactRequest("Ana", ["88881234"], ["ana@example.com"]));

        Assert.True(await Contacts.DeleteAsync(created.Id));

        Assert.Null(await Contacts.GetAsync(created.Id));
        Assert.Empty(await Contacts.FindByPhoneAsync("88881234"));
        Assert.Equal(0, await _store.CountAsync(KernelCollections.ContactLookup.Name, [], CancellationToken.None));
        Assert.False(await Contacts.DeleteAsync(created.Id));
    }

    [Fact]
    public async Task CreateAsync_StoredDocuments_HoldNoPlaintextAndTheEventsOnlyIds()
    {
        var created = await Contacts.CreateAsync(new ContactRequest("Zacarías Quesada", ["+506 8765-4321"], ["zacarias.q@example.org"]));
        await Contacts.UpdateAsync(created.Id, new ContactRequest("Zacarías Quesada", ["+506 8765-4321"], ["zacarias.q@example.org"]), created.Version);

        var stored = string.Join("\n", (await AllJsonAsync()).Concat((await _store.ReadEventsAsync(new EventQuery(), CancellationToken.None)).Select(e => e.Json)));

        foreach (var secret in new[] { "Zacar", "Quesada", "87654321", "8765-4321", "zacarias", "example.org" })
        {
            Assert.DoesNotContain(secret, stored, StringComparison.OrdinalIgnoreCase);
        }

        var events = await _store.ReadEventsAsync(new EventQuery($"contact-{created.Id}"), CancellationToken.None);
        Assert.Equal([EventTypes.ContactChanged, EventTypes.ContactChanged], events.Select(e => e.Type));
    }

    [Fact]
    public async Task GetAsync_NameMovedFromAnotherContact_ThrowsDataTampered()
    {
        var ana = await Contacts.CreateAsync(new ContactRequest("Ana", ["88881234"]));
        var luis = await Contacts.CreateAsync(new ContactRequest("Luis", ["87776666"]));
        var anaDoc = (await _store.GetAsync(KernelCollections.Contacts.Name, ana.Id, CancellationToken.None))!;
        var luisDoc = (await _store.GetAsync(KernelCollections.Contacts.Name, luis.Id, CancellationToken.None))!;
        var anaName = System.Text.Json.Nodes.JsonNode.Parse(anaDoc.Json)!["name"]!.GetValue<string>();
        var forged = System.Text.Json.Nodes.JsonNode.Parse(luisDoc.Json)!;
        forged["name"] = anaName;
        await _store.CommitAsync(new WriteBatch().Replace(KernelCollections.Contacts.Name, luis.Id, forged.ToJsonString(), luisDoc.Version), CancellationToken.None);

        await Assert.ThrowsAsync<DataTamperedException>(() => Contacts.GetAsync(luis.Id).AsTask());
    }

    private async Task<IEnumerable<string>> AllJsonAsync()
    {
        var all = new List<string>();
        foreach (var collection in new[] { KernelCollections.Contacts.Name, KernelCollections.ContactLookup.Name })
        {
            all.AddRange((await _store.QueryAsync(collection, DocumentQuery.All with { PageSize = 1000 }, CancellationToken.None)).Items.Select(d => d.Json));
        }

        return all;
    }
}
