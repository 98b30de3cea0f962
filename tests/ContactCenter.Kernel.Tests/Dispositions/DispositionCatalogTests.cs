using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Dispositions;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Kernel.Tests.Identity.Users;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Tests.Dispositions;

/// <summary>The catalogue's rules on an in-memory store: hierarchy, scopes, retired codes, policies, built-in codes, audit.</summary>
public sealed class DispositionCatalogTests : IAsyncLifetime
{
    private readonly InMemoryDocumentStore _store = new(TimeProvider.System);
    private readonly RecordingAuditLog _log = new();
    private DispositionCatalog _catalog = null!;
    private KernelDirectory _directory = null!;

    public async Task InitializeAsync()
    {
        foreach (var collection in KernelCollections.All)
        {
            await _store.EnsureCollectionAsync(collection, CancellationToken.None);
        }

        var repositories = new DirectoryRepositories(_store);
        _directory = new KernelDirectory(repositories, observers: []);
        await _directory.ServiceLines.SaveAsync(new ServiceLine { Id = "autos", Name = new("Car", "Autos") });
        await _directory.ServiceLines.SaveAsync(new ServiceLine { Id = "salud", Name = new("Health", "Salud") });
        _catalog = new DispositionCatalog(_store, repositories, [new DispositionAuditRecorder(_log)]);
        await _catalog.SeedAsync(CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SeedAsync_Fresh_TimeoutCodeBuiltInAndCatalogueOpen()
    {
        var codes = await _catalog.ListAsync();
        var choices = await _catalog.ListForAsync(Interaction("autos"));

        Assert.Contains(codes, c => c is { Code: DispositionRef.TimeoutCode, BuiltIn: true });
        Assert.False(choices.Enforced);
        Assert.Empty(choices.Options);
        await _catalog.ValidateAsync(Interaction("autos"), new DispositionRef("anything/goes"), afterWrapUp: true);
    }

    [Fact]
    public async Task ListForAsync_Hierarchy_OnlyActiveInScopeLeavesWithTheirPath()
    {
        await SeedInsurerAsync();

        var autos = await _catalog.ListForAsync(Interaction("autos"));
        var salud = await _catalog.ListForAsync(Interaction("salud"));

        Assert.True(autos.Enforced);
        Assert.Equal(["consulta/cobertura", "poliza/cambio-datos", "siniestro/parte-nuevo/autos"], autos.Options.Select(o => o.Code));
        Assert.Equal(["consulta/cobertura", "poliza/cambio-datos", "siniestro/parte-nuevo/salud"], salud.Options.Select(o => o.Code));
        Assert.Equal(["Siniestro", "Parte nuevo", "Autos"], autos.Options[2].Path.Select(p => p.Es));
        Assert.True(autos.Options.Single(o => o.Code == "poliza/cambio-datos").NotesRequired);
    }

    [Theory]
    [InlineData("nope/never", "disposition.code", "Unknown")]
    [InlineData("siniestro/parte-nuevo", "disposition.code", "more specific")]
    [InlineData("siniestro/parte-nuevo/salud", "disposition.code", "does not apply")]
    [InlineData("consulta/retirado", "disposition.code", "retired")]
    [InlineData(DispositionRef.TimeoutCode, "disposition.code", "system code")]
    [InlineData("poliza/cambio-datos", "disposition.notes", "Notes are required")]
    public async Task ValidateAsync_BadCode_RefusedNamingTheProblem(string code, string field, string problem)
    {
        await SeedInsurerAsync();

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            _catalog.ValidateAsync(Interaction("autos"), new DispositionRef(code), afterWrapUp: true).AsTask());

        Assert.Contains(problem, Assert.Single(refused.Errors[field]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_GoodCodeAndNotes_Accepted()
    {
        await SeedInsurerAsync();

        await _catalog.ValidateAsync(Interaction("autos"), new DispositionRef("siniestro/parte-nuevo/autos"), afterWrapUp: true);
        await _catalog.ValidateAsync(Interaction("salud"), new DispositionRef("poliza/cambio-datos", "New address"), afterWrapUp: true);
    }

    [Fact]
    public async Task ValidateAsync_NoDisposition_RequiredByDefaultOptionalByPolicyQueueWinsOverLine()
    {
        await SeedInsurerAsync();
        await _directory.Skills.SaveAsync(new Skill { Id = "s", Name = new("S", "S") });
        await _directory.Queues.SaveAsync(new Queue { Id = "q1", Name = new("Q", "Q"), ServiceLineId = "autos", RequiredSkills = [new("s", 1)] });

        var byDefault = await Assert.ThrowsAsync<InvalidRequestException>(() => _catalog.ValidateAsync(Interaction("autos", "q1"), null, afterWrapUp: true).AsTask());
        await _catalog.SavePolicyAsync(new DispositionPolicy { TargetKind = "service-line", TargetId = "autos", Required = false });
        await _catalog.ValidateAsync(Interaction("autos", "q1"), null, afterWrapUp: true);
        await _catalog.SavePolicyAsync(new DispositionPolicy { TargetKind = "queue", TargetId = "q1", Required = true });
        var byQueue = await Assert.ThrowsAsync<InvalidRequestException>(() => _catalog.ValidateAsync(Interaction("autos", "q1"), null, afterWrapUp: true).AsTask());
        await _catalog.ValidateAsync(Interaction("autos", "q1"), null, afterWrapUp: false);

        Assert.Contains("disposition", byDefault.Errors.Keys);
        Assert.Contains("disposition", byQueue.Errors.Keys);
        Assert.True((await _catalog.ListForAsync(Interaction("autos", "q1"))).Required);
    }

    [Fact]
    public async Task SaveAsync_BadEntry_EveryProblemListedAndNothingSaved()
    {
        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => _catalog.SaveAsync(new DispositionCode
        {
            Code = "orphan/child", Label = new LocalizedText("", " "), Scope = new DispositionScope { ServiceLineIds = ["nowhere"], QueueIds = ["no-queue"] },
        }).AsTask());
        var badForm = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            _catalog.SaveAsync(new DispositionCode { Code = "a/b/c/d", Label = new("A", "A") }).AsTask());
        var reserved = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            _catalog.SaveAsync(new DispositionCode { Code = "system/mine", Label = new("A", "A") }).AsTask());

        Assert.Equal(["code", "label.en", "label.es", "scope.queueIds", "scope.serviceLineIds"], refused.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("code", badForm.Errors.Keys);
        Assert.Contains("reserved", reserved.Errors["code"][0], StringComparison.Ordinal);
        Assert.Equal(2, (await _catalog.ListAsync()).Count);
        Assert.Empty(_log.Entries);
    }

    [Fact]
    public async Task DeleteAsync_BuiltInOrParent_RefusedLeafDeletedAndAudited()
    {
        await SeedInsurerAsync();

        var builtIn = await Assert.ThrowsAsync<InvalidRequestException>(() => _catalog.DeleteAsync(DispositionRef.TimeoutCode).AsTask());
        var parent = await Assert.ThrowsAsync<InvalidRequestException>(() => _catalog.DeleteAsync("siniestro").AsTask());
        var deleted = await _catalog.DeleteAsync("consulta/retirado");

        Assert.Contains("cannot be deleted", builtIn.Message, StringComparison.Ordinal);
        Assert.Contains("child codes", parent.Message, StringComparison.Ordinal);
        Assert.True(deleted);
        Assert.False(await _catalog.DeleteAsync("consulta/retirado"));
        Assert.Equal(("disposition.code.deleted", "disposition-code/consulta/retirado"), (_log.Entries.Last().Action, _log.Entries.Last().Target));
        Assert.Equal(9, _log.Entries.Count(e => e.Action == "disposition.code.created"));
    }

    [Fact]
    public async Task SavePolicyAsync_UnknownTarget_Refused()
    {
        var unknown = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            _catalog.SavePolicyAsync(new DispositionPolicy { TargetKind = "queue", TargetId = "ghost" }).AsTask());
        var badKind = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            _catalog.SavePolicyAsync(new DispositionPolicy { TargetKind = "team", TargetId = "autos" }).AsTask());

        Assert.Contains("Unknown queue 'ghost'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("targetKind", badKind.Errors.Keys);
        Assert.Empty(await _catalog.ListPoliciesAsync());
    }

    private static Interaction Interaction(string line, string? queue = null) => new()
    {
        Id = "i-1", Channel = ChannelKind.Chat, Direction = Direction.Inbound, State = InteractionState.WrapUp, Version = 5,
        ServiceLineId = line, QueueId = queue, CreatedAt = TimeProvider.System.GetUtcNow(), StateChangedAt = TimeProvider.System.GetUtcNow(),
    };

    private async Task SeedInsurerAsync()
    {
        await _catalog.SaveAsync(new DispositionCode { Code = "siniestro", Label = new("Claim", "Siniestro") });
        await _catalog.SaveAsync(new DispositionCode { Code = "siniestro/parte-nuevo", Label = new("New claim", "Parte nuevo") });
        await _catalog.SaveAsync(new DispositionCode { Code = "siniestro/parte-nuevo/autos", Label = new("Car", "Autos"), Scope = new() { ServiceLineIds = ["autos"] } });
        await _catalog.SaveAsync(new DispositionCode { Code = "siniestro/parte-nuevo/salud", Label = new("Health", "Salud"), Scope = new() { ServiceLineIds = ["salud"] } });
        await _catalog.SaveAsync(new DispositionCode { Code = "poliza", Label = new("Policy", "Póliza") });
        await _catalog.SaveAsync(new DispositionCode { Code = "poliza/cambio-datos", Label = new("Change of details", "Cambio de datos"), NotesRequired = true });
        await _catalog.SaveAsync(new DispositionCode { Code = "consulta", Label = new("Enquiry", "Consulta") });
        await _catalog.SaveAsync(new DispositionCode { Code = "consulta/cobertura", Label = new("Coverage", "Cobertura") });
        await _catalog.SaveAsync(new DispositionCode { Code = "consulta/retirado", Label = new("Old", "Viejo"), Retired = true });
    }
}
