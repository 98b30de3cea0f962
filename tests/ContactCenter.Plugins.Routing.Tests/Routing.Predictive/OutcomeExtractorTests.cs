using ContactCenter.Plugins.Routing.Predictive;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Plugins.Routing.Tests.Routing.Predictive;

public sealed class OutcomeExtractorTests
{
    private static readonly DateTimeOffset At = Requests.Now;

    [Fact]
    public void From_ClosedAfterOneAgent_RecordWithHandleTimeDispositionAndSurvey()
    {
        var record = OutcomeExtractor.From(Change(InteractionState.Closed, [Leg(1, "a", 0, 240)], "sales/won", new() { ["survey.score"] = "4" }))!;

        Assert.Equal("a", record.AgentId);
        Assert.Equal("q/Voice", record.WorkType);
        Assert.Equal(240, record.HandleSeconds);
        Assert.True(record.Resolved);
        Assert.False(record.Transferred);
        Assert.Equal(4, record.SurveyScore);
        Assert.Equal("c-1", record.ContactId);
    }

    [Fact]
    public void From_TransferredToAnotherAgent_FirstAgentCreditedAndMarkedTransferred()
    {
        var record = OutcomeExtractor.From(Change(InteractionState.Closed, [Leg(1, "a", 0, 100), Leg(2, "b", 120, 400)], "sales/won"))!;

        Assert.Equal("a", record.AgentId);
        Assert.Equal(100, record.HandleSeconds);
        Assert.True(record.Transferred);
    }

    [Theory]
    [InlineData("billing/unresolved", null, false)]
    [InlineData(DispositionRef.TimeoutCode, null, false)]
    [InlineData("billing/fixed", "false", false)]
    [InlineData(null, "true", true)]
    [InlineData(null, "maybe", false)]
    public void From_ResolvedFromAttributeOrDisposition(string? code, string? attribute, bool expected)
    {
        var attributes = attribute is null ? new Dictionary<string, string>() : new() { ["outcome.resolved"] = attribute };

        Assert.Equal(expected, OutcomeExtractor.From(Change(InteractionState.Closed, [Leg(1, "a", 0, 60)], code, attributes))!.Resolved);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("five")]
    public void From_SurveyOutOfRange_Ignored(string score) =>
        Assert.Null(OutcomeExtractor.From(Change(InteractionState.Closed, [Leg(1, "a", 0, 60)], "x", new() { ["survey.score"] = score }))!.SurveyScore);

    [Fact]
    public void From_NotClosedOrNeverConnected_Null()
    {
        Assert.Null(OutcomeExtractor.From(Change(InteractionState.WrapUp, [Leg(1, "a", 0, 60)], "x")));
        Assert.Null(OutcomeExtractor.From(Change(InteractionState.Closed, [new InteractionLeg { Number = 1, QueueId = "q", StartedAt = At }], "x")));
    }

    private static InteractionLeg Leg(int number, string agent, int connectedAt, int endedAt) => new()
    {
        Number = number, QueueId = "q", AgentId = agent, StartedAt = At, ConnectedAt = At.AddSeconds(connectedAt), EndedAt = At.AddSeconds(endedAt),
    };

    private static InteractionTransitioned Change(InteractionState to, InteractionLeg[] legs, string? disposition, Dictionary<string, string>? attributes = null)
    {
        var interaction = new Interaction
        {
            Id = "i1", Channel = ChannelKind.Voice, Direction = Direction.Inbound, State = to, Version = 5, QueueId = "q", ContactId = "c-1",
            CreatedAt = At, StateChangedAt = At.AddMinutes(10), Legs = legs, Disposition = disposition is null ? null : new DispositionRef(disposition),
            Attributes = attributes ?? [],
        };
        return new InteractionTransitioned
        {
            InteractionId = "i1", From = InteractionState.WrapUp, To = to, At = At.AddMinutes(10), Version = 5, Channel = ChannelKind.Voice, Interaction = interaction,
        };
    }
}
