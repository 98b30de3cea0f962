using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Kernel.Tests.Identity.Users;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Tests.Audit;

/// <summary>Every directory save and delete is audited once stored, with digests of the entry before and after.</summary>
public sealed class DirectoryAuditRecorderTests : IAsyncLifetime
{
    private readonly InMemoryDocumentStore _store = new(TimeProvider.System);
    private readonly RecordingAuditLog _log = new();
    private KernelDirectory _directory = null!;

    public async Task InitializeAsync()
    {
        foreach (var collection in KernelCollections.All)
        {
            await _store.EnsureCollectionAsync(collection, CancellationToken.None);
        }

        _directory = new KernelDirectory(new DirectoryRepositories(_store), observers: [new DirectoryAuditRecorder(_log)]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SaveAndDelete_EveryKind_AuditedWithActionTargetAndActor()
    {
        AuditActor.Set("user-3", "trace-9");

        await _directory.ServiceLines.SaveAsync(new ServiceLine { Id = "autos", Name = new("Auto", "Autos") });
        await _directory.Skills.SaveAsync(new Skill { Id = "claims", Name = new("Claims", "Reclamos") });
        await _directory.Teams.SaveAsync(new Team { Id = "team-a", Name = "Team A", ServiceLineId = "autos" });
        await _directory.Agents.SaveAsync(new Agent { Id = "ana", DisplayName = "Ana Mora", Skills = [new AgentSkill("claims", 4)] });
        await _directory.Queues.SaveAsync(new Queue { Id = "q1", Name = new("Claims", "Reclamos"), ServiceLineId = "autos", RequiredSkills = [new("claims", 3)] });
        await _directory.Agents.SaveAsync(new Agent { Id = "ana", DisplayName = "Ana Mora", Skills = [new AgentSkill("claims", 7)] });
        await _directory.Skills.SaveAsync(new Skill { Id = "spare", Name = new("Spare", "Libre") });
        await _directory.Skills.DeleteAsync("spare");

        Assert.Equal(
            [
                ("directory.service-line.created", "service-line/autos"), ("directory.skill.created", "skill/claims"), ("directory.team.created", "team/team-a"),
                ("directory.agent.created", "agent/ana"), ("directory.queue.created", "queue/q1"), ("directory.agent.updated", "agent/ana"),
                ("directory.skill.created", "skill/spare"), ("directory.skill.deleted", "skill/spare"),
            ],
            _log.Entries.Select(e => (e.Action, e.Target)));
        Assert.All(_log.Entries, e => Assert.Equal(("user-3", "trace-9", AuditOutcomes.Success), (e.Actor, e.CorrelationId, e.Outcome)));
    }

    [Fact]
    public async Task SaveAsync_AgentSkillsChanged_DigestsChainBeforeToAfterAndHoldNoPlainData()
    {
        await _directory.Skills.SaveAsync(new Skill { Id = "claims", Name = new("Claims", "Reclamos") });
        await _directory.Agents.SaveAsync(new Agent { Id = "ana", DisplayName = "Ana Mora", Skills = [new AgentSkill("claims", 4)] });
        await _directory.Agents.SaveAsync(new Agent { Id = "ana", DisplayName = "Ana Mora", Skills = [new AgentSkill("claims", 7)] });

        var (created, updated) = (_log.Entries.ElementAt(1), _log.Entries.ElementAt(2));
        Assert.Null(created.BeforeDigest);
        Assert.Equal(created.AfterDigest, updated.BeforeDigest);
        Assert.NotEqual(updated.BeforeDigest, updated.AfterDigest);
        Assert.Matches("^[0-9a-f]{64}$", updated.AfterDigest!);
        Assert.DoesNotContain(_log.Entries, e => (e.Detail ?? string.Empty).Contains("Ana", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SaveAsync_Refused_NothingAudited()
    {
        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            _directory.Agents.SaveAsync(new Agent { Id = "ana", DisplayName = "Ana", Skills = [new AgentSkill("unknown-skill", 4)] }).AsTask());

        Assert.NotNull(refused);
        Assert.Empty(_log.Entries);
        Assert.False(await _directory.Skills.DeleteAsync("never-was"));
        Assert.Empty(_log.Entries);
    }
}
