using ContactCenter.Host.Shell.Services;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Contacts.Timeline;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Host.Shell.Tests.Services;

/// <summary>Agents read a customer's timeline only for an interaction they hold now, and every read is audited.</summary>
public sealed class CustomerHistoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);
    private readonly Timeline _timeline = new();
    private readonly Presence _presence = new();
    private readonly Audit _audit = new();

    private CustomerHistory History => new(_timeline, _presence, _audit);

    [Theory]
    [InlineData(AgentWorkPhase.Connected)]
    [InlineData(AgentWorkPhase.WrapUp)]
    public async Task ForHeldInteraction_AgentHoldsIt_ReadsTheTimelineAndAuditsTheRead(AgentWorkPhase phase)
    {
        _presence.Work = [new AgentWorkItem("i-1", ChannelKind.Chat, phase, Now)];

        var page = await History.ForHeldInteractionAsync("agent1", "u-agent1", Interaction("i-1", "c-ana"), CancellationToken.None);

        Assert.Equal("c-ana", page!.ContactId);
        Assert.Equal(["c-ana"], _timeline.Reads);
        var entry = Assert.Single(_audit.Entries);
        Assert.Equal(("u-agent1", "contact.timeline.read", "contact/c-ana"), (entry.Actor, entry.Action, entry.Target));
        Assert.Contains("interaction i-1", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForHeldInteraction_OnlyOffered_NothingReadNothingAudited()
    {
        _presence.Work = [new AgentWorkItem("i-1", ChannelKind.Chat, AgentWorkPhase.Offered, Now)];

        Assert.Null(await History.ForHeldInteractionAsync("agent1", "u-agent1", Interaction("i-1", "c-ana"), CancellationToken.None));
        Assert.Empty(_timeline.Reads);
        Assert.Empty(_audit.Entries);
    }

    [Fact]
    public async Task ForHeldInteraction_AnotherAgentsInteraction_NothingReadNothingAudited()
    {
        _presence.Work = [new AgentWorkItem("i-mine", ChannelKind.Chat, AgentWorkPhase.Connected, Now)];

        Assert.Null(await History.ForHeldInteractionAsync("agent1", "u-agent1", Interaction("i-theirs", "c-ana"), CancellationToken.None));
        Assert.Empty(_timeline.Reads);
        Assert.Empty(_audit.Entries);
    }

    [Fact]
    public async Task ForHeldInteraction_NoContactOrContactGone_NullAndNotAudited()
    {
        _presence.Work = [new AgentWorkItem("i-1", ChannelKind.Chat, AgentWorkPhase.Connected, Now)];
        _timeline.Missing = true;

        Assert.Null(await History.ForHeldInteractionAsync("agent1", "u-agent1", Interaction("i-1", null), CancellationToken.None));
        Assert.Null(await History.ForHeldInteractionAsync("agent1", "u-agent1", Interaction("i-1", "c-gone"), CancellationToken.None));
        Assert.Empty(_audit.Entries);
    }

    private static Interaction Interaction(string id, string? contactId) => new()
    {
        Id = id, Channel = ChannelKind.Chat, Direction = Direction.Inbound, State = InteractionState.Connected, Version = 3,
        CreatedAt = Now, StateChangedAt = Now, ContactId = contactId,
    };

    private sealed class Timeline : IContactTimeline
    {
        public List<string> Reads { get; } = [];

        public bool Missing { get; set; }

        public ValueTask<TimelinePage> GetAsync(string contactId, int pageSize, string? cursor, CancellationToken cancellationToken = default)
        {
            if (Missing)
            {
                throw new EntityNotFoundException("contact", contactId);
            }

            Reads.Add(contactId);
            return ValueTask.FromResult(new TimelinePage(contactId, [], null));
        }
    }

    private sealed class Presence : IPresenceService
    {
        public IReadOnlyList<AgentWorkItem> Work { get; set; } = [];

        public ValueTask<IReadOnlyList<PresenceStatusDefinition>> GetStatusesAsync(CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<IReadOnlyList<PresenceStatusDefinition>>([]);

        public ValueTask<AgentPresence> GetAsync(string agentId, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(new AgentPresence
            {
                AgentId = agentId, StatusId = "available", IsRoutable = true, StatusSince = Now, SubState = RoutingSubState.OnContact, SubStateSince = Now, Work = Work,
            });

        public ValueTask<AgentPresence> SetStatusAsync(string agentId, string statusId, string? reasonCode = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }

    private sealed class Audit : IAuditLog
    {
        public List<AuditEntry> Entries { get; } = [];

        public ValueTask<AuditRecord> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
        {
            Entries.Add(entry);
            return ValueTask.FromResult<AuditRecord>(null!);
        }

        public IAsyncEnumerable<AuditRecord> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<IReadOnlyList<AuditCheckpoint>> ReadCheckpointsAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<AuditCheckpoint?> CheckpointAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
