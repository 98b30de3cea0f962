using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Tests.CenterDirectory;

public sealed class DirectoryTests : IAsyncLifetime
{
    private readonly InMemoryDocumentStore _store = new(TimeProvider.System);
    private KernelDirectory _directory = null!;

    public async Task InitializeAsync()
    {
        foreach (var collection in KernelCollections.All)
        {
            await _store.EnsureCollectionAsync(collection, CancellationToken.None);
        }

        _directory = new KernelDirectory(new DirectoryRepositories(_store));
        await _directory.ServiceLines.SaveAsync(new ServiceLine { Id = "autos", Name = new("Auto", "Autos") });
        await _directory.Skills.SaveAsync(new Skill { Id = "claims", Name = new("Claims", "Reclamos") });
        await _directory.Teams.SaveAsync(new Team { Id = "team-a", Name = "Team A", ServiceLineId = "autos" });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SaveAsync_ValidAgent_CanBeReadAndListed()
    {
        var agent = new Agent { Id = "ana", DisplayName = "Ana Mora", TeamIds = ["team-a"], ServiceLineIds = ["autos"], Skills = [new AgentSkill("claims", 7)] };

        await _directory.Agents.SaveAsync(agent);

        Assert.Equal("Ana Mora", (await _directory.Agents.GetAsync("ana"))!.DisplayName);
        Assert.Equal(["ana"], (await _directory.Agents.ListAsync()).Select(a => a.Id));
    }

    [Fact]
    public async Task SaveAsync_AgentWithManyProblems_ListsEveryOneAndSavesNothing()
    {
        var agent = new Agent
        {
            Id = "Bad Id!", DisplayName = " ", TeamIds = ["ghost-team"], Skills = [new AgentSkill("claims", 11), new AgentSkill("ghost", 3), new AgentSkill("claims", 2)],
            Capacity = new ChannelCapacity { Limits = new Dictionary<ChannelKind, int> { [ChannelKind.Chat] = -1 } },
        };

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => _directory.Agents.SaveAsync(agent).AsTask());

        Assert.Equal(["capacity", "displayName", "id", "skills", "teamIds"], error.Errors.Keys.Order());
        Assert.Equal(3, error.Errors["skills"].Length);
        Assert.Empty(await _directory.Agents.ListAsync());
    }

    [Theory]
    [InlineData(0, 10, "wrapUpExtension")]
    [InlineData(601, 10, "wrapUpExtension")]
    [InlineData(60, -1, "maxWrapUpExtensions")]
    [InlineData(60, 101, "maxWrapUpExtensions")]
    public async Task SaveAsync_QueueWithBadWrapUpExtension_RefusedNamingTheField(int extensionSeconds, int maxExtensions, string field)
    {
        var queue = new Queue
        {
            Id = "q1", Name = new("Queue", "Cola"), ServiceLineId = "autos", WrapUpExtension = TimeSpan.FromSeconds(extensionSeconds), MaxWrapUpExtensions = maxExtensions,
        };

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => _directory.Queues.SaveAsync(queue).AsTask());

        Assert.Equal([field], error.Errors.Keys);
        Assert.Null(await _directory.Queues.GetAsync("q1"));
    }

    [Fact]
    public async Task SaveAsync_QueueWithBadValues_ListsEveryProblem()
    {
        var queue = new Queue
        {
            Id = "q1", Name = new("", "Cola"), ServiceLineId = "nowhere", RequiredSkills = [new SkillRequirement("claims", 0)],
            Priority = 100, OfferTimeout = TimeSpan.Zero, Strategy = "Not A Name", ServiceLevel = new ServiceLevelTarget(120, TimeSpan.FromSeconds(20)),
        };

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => _directory.Queues.SaveAsync(queue).AsTask());

        Assert.Equal(["name.en", "offerTimeout", "priority", "requiredSkills", "serviceLevel", "serviceLineId", "strategy"], error.Errors.Keys.Order());
        Assert.Null(await _directory.Queues.GetAsync("q1"));
    }

    [Fact]
    public async Task SaveAsync_ValidQueue_IsSaved()
    {
        var queue = new Queue { Id = "autos-general", Name = new("General", "General"), ServiceLineId = "autos", RequiredSkills = [new SkillRequirement("claims", 3)] };

        await _directory.Queues.SaveAsync(queue);

        Assert.Equal(3, (await _directory.Queues.GetAsync("autos-general"))!.RequiredSkills[0].MinLevel);
    }

    [Fact]
    public async Task DeleteAsync_SkillStillUsed_IsRefusedNamingTheUsers()
    {
        await _directory.Agents.SaveAsync(new Agent { Id = "ana", DisplayName = "Ana", Skills = [new AgentSkill("claims", 5)] });

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => _directory.Skills.DeleteAsync("claims").AsTask());

        Assert.Contains("agent 'ana'", error.Message, StringComparison.Ordinal);
        Assert.NotNull(await _directory.Skills.GetAsync("claims"));
    }

    [Fact]
    public async Task DeleteAsync_UnusedEntry_IsDeleted_AndUnknownOrBadIdsAreNotFound()
    {
        await _directory.Skills.SaveAsync(new Skill { Id = "lang-en", Name = new("English", "Inglés") });

        Assert.True(await _directory.Skills.DeleteAsync("lang-en"));
        Assert.False(await _directory.Skills.DeleteAsync("lang-en"));
        Assert.False(await _directory.Skills.DeleteAsync("../etc"));
        Assert.Null(await _directory.Skills.GetAsync("../etc"));
    }

    [Fact]
    public async Task DeleteAsync_ServiceLineUsedByTeam_IsRefused() =>
        await Assert.ThrowsAsync<InvalidRequestException>(() => _directory.ServiceLines.DeleteAsync("autos").AsTask());

    [Fact]
    public async Task SaveAsync_SkillOrServiceLineWithoutSpanishName_IsRefused()
    {
        var skill = await Assert.ThrowsAsync<InvalidRequestException>(() => _directory.Skills.SaveAsync(new Skill { Id = "x", Name = new("X", "") }).AsTask());
        var line = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            _directory.ServiceLines.SaveAsync(new ServiceLine { Id = "salud", Name = new("", "") }).AsTask());

        Assert.Equal(["name.es"], skill.Errors.Keys);
        Assert.Equal(["name.en", "name.es"], line.Errors.Keys.Order());
    }

    [Fact]
    public async Task SaveAsync_TeamWithUnknownServiceLine_IsRefused()
    {
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            _directory.Teams.SaveAsync(new Team { Id = "t", Name = "T", ServiceLineId = "nowhere" }).AsTask());

        Assert.Equal(["serviceLineId"], error.Errors.Keys);
    }
}
