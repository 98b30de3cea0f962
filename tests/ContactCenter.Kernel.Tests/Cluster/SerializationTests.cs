using ContactCenter.Kernel.Cluster;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Presence;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace ContactCenter.Kernel.Tests.Cluster;

/// <summary>What grains exchange crosses between silos intact: SDK records as JSON, kernel DTOs, typed faults.</summary>
public sealed class SerializationTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    private Serializer Serializer => fixture.Silo.Services.GetRequiredService<Serializer>();

    [Fact]
    public void Outcome_WithAnInteraction_RoundTripsThroughTheWireFormat()
    {
        var at = TestSilo.Start;
        var interaction = new Interaction
        {
            Id = "i-1", Channel = ChannelKind.WhatsApp, Direction = Direction.Inbound, State = InteractionState.Connected, Version = 4, CreatedAt = at,
            StateChangedAt = at, Subject = "Reclamo de vehículo ñandú 🚗", RequiredSkills = [new SkillRequirement("claims", 3)],
            Legs = [new InteractionLeg { Number = 1, QueueId = "q", AgentId = "ana", StartedAt = at, ConnectedAt = at }],
            Attributes = new Dictionary<string, string> { ["ivr"] = "2" },
        };

        var copy = Serializer.Deserialize<Outcome<Interaction>>(Serializer.SerializeToArray(Outcome<Interaction>.Success(interaction)))!.Value!;

        Assert.Equal((interaction.Id, interaction.Channel, interaction.State, interaction.Subject), (copy.Id, copy.Channel, copy.State, copy.Subject));
        Assert.Equal(interaction.Legs[0], copy.Legs[0]);
        Assert.Equal(interaction.RequiredSkills, copy.RequiredSkills);
        Assert.Equal("2", copy.Attributes["ivr"]);
    }

    [Fact]
    public void Fault_OfAnInvalidTransition_ComesBackAsTheSameTypedError()
    {
        var original = InteractionErrors.InvalidTransition("i-9", InteractionState.Offered, InteractionState.Connected, "it is offered to agent 'ana', not to 'bo'");
        var outcome = Outcome<Interaction>.Failure(original);

        var copy = Serializer.Deserialize<Outcome<Interaction>>(Serializer.SerializeToArray(outcome))!;

        var error = Assert.IsType<InvalidTransitionException>(Record.Exception(copy.Unwrap));
        Assert.Equal((original.Message, original.InteractionId, original.Current, original.Attempted), (error.Message, error.InteractionId, error.Current, error.Attempted));
    }

    [Fact]
    public void Fault_OfAnInvalidRequest_KeepsEveryFieldProblem()
    {
        var outcome = Outcome<AgentPresence>.Failure(new InvalidRequestException(new Dictionary<string, string[]> { ["a"] = ["x", "y"], ["b"] = ["z"] }));

        var copy = Serializer.Deserialize<Outcome<AgentPresence>>(Serializer.SerializeToArray(outcome))!;

        var error = Assert.IsType<InvalidRequestException>(Record.Exception(copy.Unwrap));
        Assert.Equal(["x", "y"], error.Errors["a"]);
        Assert.Equal(["z"], error.Errors["b"]);
    }

    [Fact]
    public void AgentView_RoundTripsWithPresenceAndSkills()
    {
        var at = TestSilo.Start;
        var view = new AgentView
        {
            Presence = new AgentPresence
            {
                AgentId = "ana", StatusId = "available", IsRoutable = true, StatusSince = at, SubState = RoutingSubState.OnContact, SubStateSince = at,
                Work = [new AgentWorkItem("i-1", ChannelKind.Chat, AgentWorkPhase.Connected, at)],
            },
            Skills = [new AgentSkill("claims", 7)],
            NotResponding = true,
        };

        var copy = Serializer.Deserialize<AgentView>(Serializer.SerializeToArray(view))!;

        Assert.Equal((view.AgentId, true, RoutingSubState.OnContact), (copy.AgentId, copy.NotResponding, copy.Presence.SubState));
        Assert.Equal(view.Presence.Work, copy.Presence.Work);
        Assert.Equal(view.Skills, copy.Skills);
        Assert.Equal(3, copy.Presence.Capacity.LimitFor(ChannelKind.Chat));
    }
}
