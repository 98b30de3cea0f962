using ContactCenter.Plugins.Channels.Voice.Plugin;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Plugin;

/// <summary>
/// A customer's call ends the interaction by the state it is in, even when an agent answers between the read and the
/// write (seen on PostgreSQL at 10 calls/s: the abandon was refused and the interaction stayed connected until its
/// wrap-up timer).
/// </summary>
public sealed class CustomerCallEndingTests
{
    [Theory]
    [InlineData(InteractionState.Queued, false, InteractionState.Abandoned)]
    [InlineData(InteractionState.Offered, false, InteractionState.Abandoned)]
    [InlineData(InteractionState.SelfService, false, InteractionState.Abandoned)]
    [InlineData(InteractionState.SelfService, true, InteractionState.Closed)]
    [InlineData(InteractionState.Connected, false, InteractionState.WrapUp)]
    [InlineData(InteractionState.Held, true, InteractionState.WrapUp)]
    [InlineData(InteractionState.WrapUp, false, InteractionState.WrapUp)]
    public async Task EndAsync_ByTheStateItIsIn(InteractionState state, bool selfServiceCloses, InteractionState expected)
    {
        var interactions = new Lifecycle(state);

        await CustomerCallEnding.EndAsync(interactions, Lifecycle.Id, selfServiceCloses, "caller-hung-up", CancellationToken.None);

        Assert.Equal(expected, interactions.State);
    }

    [Fact]
    public async Task EndAsync_AgentAnswersBetweenTheReadAndTheAbandon_ReadAgainAndWrappedUp()
    {
        var interactions = new Lifecycle(InteractionState.Offered) { AnswerAfterNextRead = true };

        await CustomerCallEnding.EndAsync(interactions, Lifecycle.Id, selfServiceCloses: false, "caller-hung-up", CancellationToken.None);

        Assert.Equal(InteractionState.WrapUp, interactions.State);
        Assert.Equal(["get", "abandon refused", "get", "end-contact"], interactions.Calls);
    }

    [Fact]
    public async Task EndAsync_KeepsMoving_GivesUpAfterThreeReadsWithTheKernelsRefusal()
    {
        var interactions = new Lifecycle(InteractionState.Offered) { AnswerAfterNextRead = true, KeepMoving = true };

        await Assert.ThrowsAsync<InvalidTransitionException>(() =>
            CustomerCallEnding.EndAsync(interactions, Lifecycle.Id, selfServiceCloses: false, "caller-hung-up", CancellationToken.None));
        Assert.Equal(3, interactions.Calls.Count(c => c == "get"));
    }

    /// <summary>
    /// The kernel's rules for the verbs a call's end uses, on one interaction; it can have an agent answer (or the
    /// state otherwise move) right after a read, so that the read is stale by the time the write arrives.
    /// </summary>
    private sealed class Lifecycle(InteractionState state) : IInteractionService
    {
        public const string Id = "01a22de485aa7a1ca01262c7ab30fc40";

        public InteractionState State { get; private set; } = state;

        public bool AnswerAfterNextRead { get; init; }

        public bool KeepMoving { get; init; }

        public List<string> Calls { get; } = [];

        private bool _answered;

        public ValueTask<Interaction?> GetAsync(string interactionId, CancellationToken cancellationToken = default)
        {
            Calls.Add("get");
            var read = Snapshot();
            if (AnswerAfterNextRead && (!_answered || KeepMoving))
            {
                _answered = true;
                State = State == InteractionState.Connected ? InteractionState.Offered : InteractionState.Connected;
            }

            return ValueTask.FromResult<Interaction?>(read);
        }

        public ValueTask<Interaction> AbandonAsync(string interactionId, string? reason = null, CancellationToken cancellationToken = default) =>
            Move("abandon", [InteractionState.Created, InteractionState.SelfService, InteractionState.Queued, InteractionState.Offered], InteractionState.Abandoned);

        public ValueTask<Interaction> EndContactAsync(string interactionId, CancellationToken cancellationToken = default) =>
            Move("end-contact", [InteractionState.Connected, InteractionState.Held], InteractionState.WrapUp);

        public ValueTask<Interaction> CloseAsync(string interactionId, DispositionRef? disposition, CancellationToken cancellationToken = default) =>
            Move("close", [InteractionState.SelfService, InteractionState.WrapUp], InteractionState.Closed);

        public ValueTask<Interaction> CreateAsync(NewInteraction request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<Interaction> StartSelfServiceAsync(string interactionId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<Interaction> EnqueueAsync(string interactionId, EnqueueRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<Interaction> AcceptOfferAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<Interaction> RejectOfferAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<Interaction> ConnectAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<Interaction> HoldAsync(string interactionId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<Interaction> ResumeAsync(string interactionId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<Interaction> TransferAsync(string interactionId, TransferTarget target, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask<Interaction> FailAsync(string interactionId, string reason, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        private ValueTask<Interaction> Move(string verb, InteractionState[] from, InteractionState to)
        {
            if (!from.Contains(State))
            {
                Calls.Add(verb + " refused");
                throw new InvalidTransitionException(Id, State, to);
            }

            Calls.Add(verb);
            State = to;
            return ValueTask.FromResult(Snapshot());
        }

        private Interaction Snapshot() => new()
        {
            Id = Id, Channel = ChannelKind.Voice, Direction = Direction.Inbound, State = State, Version = 1,
            CreatedAt = DateTimeOffset.UnixEpoch, StateChangedAt = DateTimeOffset.UnixEpoch,
        };
    }
}
