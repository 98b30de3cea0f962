using ContactCenter.Sdk.Domain;

namespace ContactCenter.Sdk.Tests.Domain;

public sealed class ChannelCapacityTests
{
    [Fact]
    public void Default_AllowsOneCallThreeChatsTwoEmails()
    {
        var capacity = ChannelCapacity.Default;

        Assert.Equal(1, capacity.LimitFor(ChannelKind.Voice));
        Assert.Equal(3, capacity.LimitFor(ChannelKind.Chat));
        Assert.Equal(2, capacity.LimitFor(ChannelKind.Email));
        Assert.True(capacity.VoiceBlocksDigital);
    }

    [Fact]
    public void LimitFor_MissingKind_IsZero()
    {
        var capacity = new ChannelCapacity { Limits = new Dictionary<ChannelKind, int> { [ChannelKind.Voice] = 1 } };

        Assert.Equal(0, capacity.LimitFor(ChannelKind.Chat));
    }

    [Theory]
    [InlineData(InteractionState.Closed, true)]
    [InlineData(InteractionState.Abandoned, true)]
    [InlineData(InteractionState.Failed, true)]
    [InlineData(InteractionState.Queued, false)]
    [InlineData(InteractionState.Transferred, false)]
    [InlineData(InteractionState.WrapUp, false)]
    public void IsTerminal_OnlyForClosedAbandonedFailed(InteractionState state, bool terminal) =>
        Assert.Equal(terminal, state.IsTerminal());
}
