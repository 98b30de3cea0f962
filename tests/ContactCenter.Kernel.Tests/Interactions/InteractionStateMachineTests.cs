using ContactCenter.Kernel.Interactions;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using static ContactCenter.Sdk.Domain.InteractionState;

namespace ContactCenter.Kernel.Tests.Interactions;

public sealed class InteractionStateMachineTests
{
    /// <summary>The legal transitions, written out independently of the kernel's table.</summary>
    private static readonly HashSet<(InteractionState, InteractionState)> Legal =
    [
        (Created, SelfService), (Created, Queued), (Created, Connected), (Created, Abandoned), (Created, Failed),
        (SelfService, Queued), (SelfService, Closed), (SelfService, Abandoned), (SelfService, Failed),
        (Queued, Offered), (Queued, SelfService), (Queued, Abandoned), (Queued, Failed),
        (Offered, Connected), (Offered, Queued), (Offered, Abandoned), (Offered, Failed),
        (Connected, Held), (Connected, WrapUp), (Connected, Transferred), (Connected, Failed),
        (Held, Connected), (Held, WrapUp), (Held, Transferred), (Held, Failed),
        (Transferred, Queued), (Transferred, Offered), (Transferred, Abandoned), (Transferred, Failed),
        (WrapUp, Closed),
    ];

    public static TheoryData<InteractionState, InteractionState> AllPairs()
    {
        var data = new TheoryData<InteractionState, InteractionState>();
        foreach (var from in Enum.GetValues<InteractionState>())
        {
            foreach (var to in Enum.GetValues<InteractionState>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void IsAllowed_EveryStatePair_MatchesTheLifecycleTable(InteractionState from, InteractionState to) =>
        Assert.Equal(Legal.Contains((from, to)), InteractionStateMachine.IsAllowed(from, to));

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void EnsureAllowed_EveryStatePair_ThrowsTypedErrorExactlyForIllegalOnes(InteractionState from, InteractionState to)
    {
        var error = Record.Exception(() => InteractionStateMachine.EnsureAllowed("i-1", from, to));
        if (Legal.Contains((from, to)))
        {
            Assert.Null(error);
        }
        else
        {
            var refused = Assert.IsType<InvalidTransitionException>(error);
            Assert.Equal((from, to, "i-1"), (refused.Current, refused.Attempted, refused.InteractionId));
            Assert.Equal("interaction.invalid-transition", refused.ErrorCode);
        }
    }

    [Theory]
    [InlineData(Closed)]
    [InlineData(Abandoned)]
    [InlineData(Failed)]
    public void TargetsOf_TerminalState_IsEmpty(InteractionState terminal) =>
        Assert.Empty(InteractionStateMachine.TargetsOf(terminal));

    [Fact]
    public void Table_EveryStateHasAnEntry_AndOnlyTerminalStatesAreDeadEnds() =>
        Assert.All(InteractionStateMachine.States, s => Assert.Equal(s.IsTerminal(), InteractionStateMachine.TargetsOf(s).Count == 0));
}
