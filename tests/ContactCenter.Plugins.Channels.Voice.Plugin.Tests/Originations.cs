using ContactCenter.Sdk.Voice;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>What the outbound-call tests share: placing a call through the contract, which must be accepted.</summary>
internal static class Originations
{
    /// <summary>Places a call to <paramref name="number"/> from <paramref name="line"/>; the placement must succeed. Returns the interaction id.</summary>
    public static async Task<string> PlaceAsync(IVoiceCalls voice, string line, string number)
    {
        var placed = await voice.OriginateAsync(new OriginateRequest { Destination = number, ServiceLine = line });
        Assert.True(placed.Succeeded, placed.Reason);
        return placed.Value!;
    }
}
