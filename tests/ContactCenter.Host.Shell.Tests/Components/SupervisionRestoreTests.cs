using Bunit;
using ContactCenter.Host.Shell.Components;
using ContactCenter.Host.Shell.Services;
using ContactCenter.Host.Shell.Supervision;
using ContactCenter.Host.Shell.Tests.Support;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Host.Shell.Tests.Components;

/// <summary>
/// A reloaded shell (a new circuit, so a new <see cref="AgentSession"/>) shows the supervisions kept on the server
/// (<see cref="SupervisionLedger"/>) until they end, and only for contacts the agent still holds.
/// </summary>
public sealed class SupervisionRestoreTests : ShellComponentTest
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);
    private readonly NoBus _bus = new();
    private readonly SupervisionLedger _ledger;

    public SupervisionRestoreTests() => _ledger = new SupervisionLedger(_bus, new KernelTime(TimeProvider.System));

    private async Task<IReadOnlyList<SupervisionChanged>> ReloadAsync(params string[] held)
    {
        await using var session = new AgentSession(_bus, new Holding(held), _ledger);
        await session.StartAsync("a1", CancellationToken.None);
        return session.Supervisions;
    }

    [Fact]
    public async Task Reload_WhileASupervisorReadsTheChat_TheBannerSaysSoAgainUntilTheyStop()
    {
        _ledger.Record(new SupervisionChanged("a1", "chat-1", "sup-1", "Ana", SupervisionKind.Reading, Now));
        _ledger.Record(new SupervisionChanged("a2", "chat-9", "sup-1", "Ana", SupervisionKind.Reading, Now));

        var restored = await ReloadAsync("chat-1");
        var cut = Render<SupervisionBanner>(p => p.AddCascadingValue(Spanish).Add(c => c.Items, restored));

        Assert.Equal(["El supervisor Ana está leyendo este chat."], cut.FindAll("[data-testid=supervision-item]").Select(e => e.TextContent));

        _ledger.Record(new SupervisionChanged("a1", "chat-1", "sup-1", "Ana", null, Now.AddMinutes(1)));
        var afterStop = await ReloadAsync("chat-1");
        cut.Render(p => p.Add(c => c.Items, afterStop));

        Assert.Empty(cut.FindAll("[data-testid=supervision-item]"));
    }

    [Fact]
    public async Task Reload_ModeChangedAndAContactLeftTheAgent_ShowsTheNewModeOfHeldContactsOnly()
    {
        _ledger.Record(new SupervisionChanged("a1", "call-1", "sup-1", "Ana", SupervisionKind.Listening, Now));
        _ledger.Record(new SupervisionChanged("a1", "call-1", "sup-1", "Ana", SupervisionKind.Coaching, Now.AddSeconds(5)));
        _ledger.Record(new SupervisionChanged("a1", "chat-2", "sup-2", "Luis", SupervisionKind.Reading, Now));

        var restored = await ReloadAsync("call-1");
        var cut = Render<SupervisionBanner>(p => p.AddCascadingValue(English).Add(c => c.Items, restored));

        var item = Assert.Single(cut.FindAll("[data-testid=supervision-item]"));
        Assert.Equal(("call-1", "Supervisor Ana is coaching you (only you hear them)."), (item.GetAttribute("data-interaction"), item.TextContent));
    }

    /// <summary>An agent who holds the given contacts, connected.</summary>
    private sealed class Holding(string[] held) : IPresenceService
    {
        public ValueTask<IReadOnlyList<PresenceStatusDefinition>> GetStatusesAsync(CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<IReadOnlyList<PresenceStatusDefinition>>([]);

        public ValueTask<AgentPresence> GetAsync(string agentId, CancellationToken cancellationToken = default) => ValueTask.FromResult(new AgentPresence
        {
            AgentId = agentId, StatusId = "available", IsRoutable = true, StatusSince = Now, SubState = RoutingSubState.OnContact, SubStateSince = Now,
            Work = [.. held.Select(id => new AgentWorkItem(id, ChannelKind.Chat, AgentWorkPhase.Connected, Now))],
        });

        public ValueTask<AgentPresence> SetStatusAsync(string agentId, string statusId, string? reasonCode = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }

    /// <summary>A bus nobody publishes on here: the ledger is fed directly.</summary>
    private sealed class NoBus : IEventBus
    {
        public ValueTask PublishAsync(CloudEvent cloudEvent, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public IDisposable Subscribe(string typePattern, Func<CloudEvent, CancellationToken, ValueTask> handler) => new Nothing();

        private sealed class Nothing : IDisposable
        {
            public void Dispose()
            {
            }
        }
    }
}
