using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Kernel.Tests.Routing;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Routing;

namespace ContactCenter.Kernel.Tests.CenterDirectory;

public sealed class QueueRoutingRulesTests : IAsyncLifetime
{
    private readonly InMemoryDocumentStore _store = new(TimeProvider.System);
    private KernelDirectory _directory = null!;

    public async Task InitializeAsync()
    {
        foreach (var collection in KernelCollections.All)
        {
            await _store.EnsureCollectionAsync(collection, CancellationToken.None);
        }

        // "vip-first" is the one strategy the fake provider knows besides the built-in longest-idle.
        _directory = new KernelDirectory(new DirectoryRepositories(_store), new FakeStrategyProvider((_, _) => ValueTask.FromResult<RoutingDecision?>(null)));
        await _directory.ServiceLines.SaveAsync(new ServiceLine { Id = "autos", Name = new("Auto", "Autos") });
        await _directory.Skills.SaveAsync(new Skill { Id = "claims", Name = new("Claims", "Reclamos") });
        await _directory.Skills.SaveAsync(new Skill { Id = "spanish", Name = new("Spanish", "Español") });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SaveAsync_EveryRoutingProblem_IsListedAndNothingSaved()
    {
        var queue = Queue("q1") with
        {
            Strategy = "no-such-strategy", PriorityAgeingPerMinute = 150, PreferredAgentWait = TimeSpan.FromHours(1),
            Overflow =
            [
                new OverflowStep { After = TimeSpan.FromSeconds(30), LowerMinLevelBy = 12, DropSkills = ["ghost"] },
                new OverflowStep { After = TimeSpan.FromSeconds(20), AddQueueIds = ["q1", "nowhere"] },
            ],
        };

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => _directory.Queues.SaveAsync(queue).AsTask());

        Assert.Equal(["overflow", "overflow[0]", "overflow[1]", "preferredAgentWait", "priorityAgeingPerMinute", "strategy"], error.Errors.Keys.Order());
        Assert.Equal(2, error.Errors["overflow[0]"].Length);
        Assert.Equal(2, error.Errors["overflow[1]"].Length);
        Assert.Contains("known: longest-idle, vip-first", error.Errors["strategy"][0], StringComparison.Ordinal);
        Assert.Null(await _directory.Queues.GetAsync("q1"));
    }

    [Fact]
    public async Task SaveAsync_OverflowLoopThroughAnotherQueue_IsRefusedAndTheRunningConfigurationStays()
    {
        await _directory.Queues.SaveAsync(Queue("a"));
        await _directory.Queues.SaveAsync(Queue("b") with { Overflow = [new OverflowStep { After = TimeSpan.FromMinutes(1), AddQueueIds = ["a"] }] });

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            _directory.Queues.SaveAsync(Queue("a") with { Overflow = [new OverflowStep { After = TimeSpan.FromMinutes(1), AddQueueIds = ["b"] }] }).AsTask());

        Assert.Equal("The overflow steps loop: a → b → a.", Assert.Single(error.Errors["overflow"]));
        Assert.Empty((await _directory.Queues.GetAsync("a"))!.Overflow);
    }

    [Fact]
    public async Task SaveAsync_ValidRoutingRules_AreSaved()
    {
        await _directory.Queues.SaveAsync(Queue("sales"));
        var queue = Queue("claims") with
        {
            Strategy = "vip-first", PriorityAgeingPerMinute = 2.5, PreferredAgentWait = TimeSpan.Zero, AfterContactWork = AfterContactWorkMode.Manual,
            Overflow =
            [
                new OverflowStep { After = TimeSpan.FromSeconds(30), LowerMinLevelBy = 2 },
                new OverflowStep { After = TimeSpan.FromSeconds(60), DropSkills = ["spanish"], AddQueueIds = ["sales"] },
            ],
        };

        await _directory.Queues.SaveAsync(queue);

        var saved = (await _directory.Queues.GetAsync("claims"))!;
        Assert.Equal((2.5, AfterContactWorkMode.Manual, 2), (saved.PriorityAgeingPerMinute, saved.AfterContactWork, saved.Overflow.Count));
        Assert.Equal(["sales"], saved.Overflow[1].AddQueueIds);
    }

    private static Queue Queue(string id) => new()
    {
        Id = id, Name = new(id, id), ServiceLineId = "autos", RequiredSkills = [new SkillRequirement("claims", 5), new SkillRequirement("spanish", 1)],
    };
}
