using ContactCenter.Kernel.Presence;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Tests.Presence;

public sealed class PresenceStatusCatalogTests
{
    private readonly InMemoryDocumentStore _store = new(TimeProvider.System);

    [Fact]
    public async Task SeedAsync_Twice_KeepsAnAdministratorsEdit()
    {
        var catalog = new PresenceStatusCatalog(_store);
        await catalog.SeedAsync(CancellationToken.None);
        await catalog.SaveAsync(new PresenceStatusDefinition { Id = "lunch", Name = new("Meal", "Comida"), IsRoutable = false }, CancellationToken.None);

        await catalog.SeedAsync(CancellationToken.None);

        var statuses = await catalog.ListAsync(CancellationToken.None);
        Assert.Equal(5, statuses.Count);
        Assert.Equal("Meal", statuses.Single(s => s.Id == "lunch").Name.En);
    }

    [Fact]
    public async Task SaveAsync_BadDefinition_ListsEveryProblemAndSavesNothing()
    {
        var catalog = new PresenceStatusCatalog(_store);
        var status = new PresenceStatusDefinition
        {
            Id = "Meeting Room", Name = new("Meeting", ""), IsRoutable = false,
            Reasons = [new PresenceReason("a", new("A", "A")), new PresenceReason("a", new("A", ""))],
        };

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => catalog.SaveAsync(status, CancellationToken.None).AsTask());

        Assert.Equal(["id", "name.es", "reasons"], error.Errors.Keys.Order());
        Assert.Equal(0, await _store.CountAsync(KernelCollections.PresenceStatuses.Name, [], CancellationToken.None));
    }
}
