using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Testing.Hosting;
using ContactCenter.Sdk.Voice;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>
/// Hold and resume of a bridged call through the kernel's <see cref="IVoiceCalls"/>, as the customer's RTP socket
/// (<see cref="RtpCounter"/>) hears it, whichever way the call was set up: held, the interaction is Held, the call says
/// Held, the music reaches the customer as audible PCMU and a second hold is refused; resumed, the interaction is
/// Connected, the call Bridged, the music stops and a second resume is refused.
/// </summary>
internal static class ContractHold
{
    public static async Task HoldAndResumeAsync(PluginTestKernel kernel, string id, RtpCounter customer)
    {
        var voice = kernel.VoiceCalls;
        var silentBefore = customer.AudiblePackets;

        Assert.True((await voice.HoldAsync(id)).Succeeded);
        var again = await voice.HoldAsync(id);
        await Poll.UntilAsync(() => customer.AudiblePackets - silentBefore >= 25);

        Assert.Equal(VoiceFailure.WrongState, again.Failure);
        Assert.Equal(InteractionState.Held, kernel.Interactions.All.Single(i => i.Id == id).State);
        Assert.Equal(VoiceCallState.Held, (await voice.GetCallAsync(id)).Value!.State);

        Assert.True((await voice.ResumeAsync(id)).Succeeded);
        Assert.Equal(InteractionState.Connected, kernel.Interactions.All.Single(i => i.Id == id).State);
        Assert.Equal(VoiceCallState.Bridged, (await voice.GetCallAsync(id)).Value!.State);
        await Task.Delay(200);
        var afterResume = customer.AudiblePackets;
        await Task.Delay(500);
        Assert.True(customer.AudiblePackets - afterResume <= 2, $"music went on after resume: {customer.AudiblePackets - afterResume} audible packets");
        Assert.Equal(VoiceFailure.WrongState, (await voice.ResumeAsync(id)).Failure);
    }
}
