using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Testing.Hosting;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>
/// A consultation to a line's queue that routing never offers (no snapshot says the queue is empty, yet nobody takes
/// it): after the ring timeout (<c>agentRingSeconds</c>, 3 s here) the consulting phone gets 480 with the Warning, the
/// consultation interaction is abandoned, and the customer stays bridged to the consulting agent.
/// </summary>
public sealed class VoiceQueueConsultationTimeoutTests : IAsyncLifetime
{
    private readonly int _sipPort = SippRunner.FreePort("UDP");
    private PluginTestKernel _kernel = null!;

    private IPEndPoint Server => new(IPAddress.Loopback, _sipPort);

    public async Task InitializeAsync()
    {
        var configuration = VoicePhones.Configuration(_sipPort, new JsonObject { ["autos"] = "q-autos", ["salud"] = "q-salud" },
            new Dictionary<string, string> { ["agent1"] = "agent-1", ["agent2"] = "agent-2" });
        configuration["agentRingSeconds"] = 3;
        _kernel = await PluginTestKernel.StartAsync(new PluginTestOptions
        {
            PluginDirectory = PluginUnderTest.Directory(typeof(VoiceQueueConsultationTimeoutTests).Assembly),
            Configuration = configuration,
        });
    }

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    [Fact]
    public async Task QueueConsultation_NoOfferWithinTheRingTimeout_480ConsultationAbandonedCustomerStaysWithTheAgent()
    {
        using var phone = await VoicePhones.RegisterAndStartAsync(Server, "phone_consult_refused.xml", "-key", "target", "salud");
        var caller = SippRunner.RunAsync("call_server_bye.xml", "UDP", Server, 1, "-s", "autos", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture));
        var queued = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.State == InteractionState.Queued));
        await _kernel.Interactions.OfferAsync(queued.Id, "agent-1");

        var consultation = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id != queued.Id));
        var abandoned = await Poll.ForAsync(() => _kernel.Interactions.All.SingleOrDefault(i => i.Id == consultation.Id && i.State == InteractionState.Abandoned));
        Assert.Equal("q-salud", abandoned.QueueId);
        Assert.Equal("consultation-ended", abandoned.Reason);
        await Poll.UntilAsync(() => _kernel.Logs.Any(l => l.EventId == 7143));
        Assert.Contains(_kernel.Logs, l => l.EventId == 7143 && l.Message.Contains("no offer within the ring timeout", StringComparison.Ordinal));
        var kept = _kernel.Interactions.All.Single(i => i.Id == queued.Id);
        Assert.Equal(InteractionState.Connected, kept.State);
        Assert.Equal("agent-1", kept.AgentId);
        await _kernel.Interactions.EndContactAsync(queued.Id);

        var phoneResult = await phone.WaitAsync();
        Assert.True(phoneResult.ExitCode == 0, $"SIPp (phone) exit {phoneResult.ExitCode}: {phoneResult.Errors}");
        var callerResult = await caller;
        Assert.True(callerResult.ExitCode == 0, $"SIPp (caller) exit {callerResult.ExitCode}: {callerResult.Errors}");
        Assert.DoesNotContain(_kernel.Logs, l => l.EventId is 7140 or 7142 or 7141);
    }
}
