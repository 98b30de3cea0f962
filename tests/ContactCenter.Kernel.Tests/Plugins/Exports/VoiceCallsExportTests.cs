using ContactCenter.Kernel.Plugins.Approvals;
using ContactCenter.Kernel.Tests.Plugins.Support;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Routing;
using ContactCenter.Sdk.Services;
using ContactCenter.Sdk.Voice;
using ContactCenter.Testing.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Tests.Plugins.Exports;

/// <summary>
/// A plugin exports IVoiceCalls by registering it; the host and other plugins reach it only through the kernel's
/// forwarder, which finds the active exporter at each call and answers "unavailable" when there is none.
/// </summary>
public sealed class VoiceCallsExportTests
{
    private const string Exporter = "cc.test.voice";
    private const string Importer = "cc.test.ivr";

    [Fact]
    public async Task HostForwarder_NoVoicePlugin_AnswersVoiceUnavailable()
    {
        await using var host = await PluginTestHost.StartAsync();
        var voice = host.Services.GetRequiredService<IVoiceCalls>();

        var call = await voice.GetCallAsync("call-1");
        var answer = await voice.AnswerAsync("call-1");
        var placed = await voice.OriginateAsync(new OriginateRequest { Destination = "+34911234567", ServiceLine = "autos" });

        Assert.Equal((VoiceFailure.VoiceUnavailable, false, null), (call.Failure, call.Succeeded, call.Value));
        Assert.Equal(VoiceFailure.VoiceUnavailable, answer.Failure);
        Assert.Equal(VoiceFailure.VoiceUnavailable, placed.Failure);
        Assert.Contains("No voice channel is active", answer.Reason, StringComparison.Ordinal);
        Assert.Contains("No hay ningún canal de voz activo", answer.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostForwarder_ExporterActive_ReachesItsImplementation()
    {
        await using var host = await PluginTestHost.StartAsync();
        await InstallAsync(host, Exporter, VoiceExportSources.Exporter("600"));
        var voice = host.Services.GetRequiredService<IVoiceCalls>();

        var call = await voice.GetCallAsync("call-1");
        var unknown = await voice.HangupAsync("call-9");
        var digits = await voice.CollectDigitsAsync("call-1", new DigitCollectionRequest { MaxDigits = 4, Terminator = '#' });
        var placed = await voice.OriginateAsync(new OriginateRequest { Destination = "+34911234567", ServiceLine = "autos" });

        Assert.True(call.Succeeded);
        Assert.Equal(("call-1", VoiceCallState.Answered, "600"), (call.Value!.InteractionId, call.Value.State, call.Value.Caller));
        Assert.Equal((VoiceFailure.UnknownCall, "unknown call-9"), (unknown.Failure, unknown.Reason));
        Assert.Equal(new CollectedDigits("42", DigitCollectionEnd.Terminator), digits.Value);
        Assert.Equal("out-+34911234567", placed.Value);
    }

    [Fact]
    public async Task HostForwarder_ExporterThrows_AnswersFailedWithTheReason()
    {
        await using var host = await PluginTestHost.StartAsync();
        await InstallAsync(host, Exporter, VoiceExportSources.Exporter());
        var voice = host.Services.GetRequiredService<IVoiceCalls>();

        var result = await voice.HoldAsync("boom");

        Assert.Equal(VoiceFailure.Failed, result.Failure);
        Assert.Contains("voice broke", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task HostForwarder_BadArguments_AreInvalidWithoutReachingThePlugin(string blank)
    {
        await using var host = await PluginTestHost.StartAsync();
        await InstallAsync(host, Exporter, VoiceExportSources.Exporter());
        var voice = host.Services.GetRequiredService<IVoiceCalls>();

        // "boom" would throw in the plugin: an invalid request must be refused before it gets there.
        var results = new[]
        {
            await voice.HangupAsync(blank),
            await voice.PlayAsync("boom", null!),
            await voice.BridgeToAgentAsync("boom", blank),
            await voice.TransferAsync("boom", new TransferTarget()),
            await voice.MonitorAsync("boom", "sup-1", (VoiceMonitorMode)42),
            await voice.CollectDigitsAsync(blank, new DigitCollectionRequest()),
            await voice.OriginateAsync(new OriginateRequest { Destination = blank, ServiceLine = "autos" }),
        };

        Assert.All(results, r => Assert.Equal(VoiceFailure.InvalidRequest, r.Failure));
        Assert.Equal(PluginState.Active, host.Manager.Get(Exporter)!.State);
        Assert.True((await voice.AnswerAsync("call-1")).Succeeded);
    }

    [Fact]
    public async Task Importer_WithApprovedPermission_GetsTheExportThroughTheKernel()
    {
        await using var host = await PluginTestHost.StartAsync();
        await InstallAsync(host, Exporter, VoiceExportSources.Exporter("611"));
        await InstallImporterAsync(host);
        await host.Services.GetRequiredService<PluginPermissionApprovals>().ApproveAsync(Importer, [Sdk.Permissions.InteractionsRead]);

        Assert.Equal("None|Answered|611", await ProbeAsync(host, "call-1"));
        Assert.Equal("UnknownCall||", await ProbeAsync(host, "call-2"));
    }

    [Fact]
    public async Task Importer_WithoutApprovedPermission_IsForbidden()
    {
        await using var host = await PluginTestHost.StartAsync();
        await InstallAsync(host, Exporter, VoiceExportSources.Exporter());
        await InstallImporterAsync(host);

        Assert.Equal("Forbidden||", await ProbeAsync(host, "call-1"));
    }

    [Fact]
    public async Task Importer_ExporterDisabled_AnswersUnavailableAndTheExporterUnloads()
    {
        await using var host = await PluginTestHost.StartAsync();
        await InstallAsync(host, Exporter, VoiceExportSources.Exporter());
        await InstallImporterAsync(host);
        await host.Services.GetRequiredService<PluginPermissionApprovals>().ApproveAsync(Importer, [Sdk.Permissions.InteractionsRead]);
        Assert.Equal("None|Answered|600", await ProbeAsync(host, "call-1"));
        var context = Unload.ContextOf(host.Catalog, Exporter);

        var disabled = await host.Manager.DisableAsync(Exporter, default);

        Assert.Equal(PluginState.Disabled, disabled.State);
        Assert.Equal("VoiceUnavailable||", await ProbeAsync(host, "call-1"));
        Assert.Equal(VoiceFailure.VoiceUnavailable, (await host.Services.GetRequiredService<IVoiceCalls>().AnswerAsync("call-1")).Failure);
        Assert.True(await Unload.IsCollectedAsync(context), "the voice exporter's load context is still alive");
    }

    [Fact]
    public async Task Importer_ExporterReEnabled_ReachesTheNewVersion()
    {
        await using var host = await PluginTestHost.StartAsync();
        await InstallAsync(host, Exporter, VoiceExportSources.Exporter("600"));
        await InstallImporterAsync(host);
        await host.Services.GetRequiredService<PluginPermissionApprovals>().ApproveAsync(Importer, [Sdk.Permissions.InteractionsRead]);
        await host.Manager.DisableAsync(Exporter, default);

        var enabled = await host.Manager.EnableAsync(Exporter, default);

        Assert.Equal(PluginState.Active, enabled.State);
        Assert.Equal("None|Answered|600", await ProbeAsync(host, "call-1"));
    }

    [Fact]
    public async Task InstallAsync_SecondVoiceExporter_IsRefusedAndTheFirstKeepsServing()
    {
        await using var host = await PluginTestHost.StartAsync();
        await InstallAsync(host, Exporter, VoiceExportSources.Exporter("600"));

        var second = await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.voice2", "1.0.0").WithSource(VoiceExportSources.Exporter("700")).BuildToDirectory(Path.Combine(host.Work, "voice2")), default);

        Assert.Equal(PluginState.NotSupported, second.State);
        Assert.Contains("IVoiceCalls is already exported by plugin 'cc.test.voice'", second.StateReason, StringComparison.Ordinal);
        Assert.Equal("600", (await host.Services.GetRequiredService<IVoiceCalls>().GetCallAsync("call-1")).Value!.Caller);
    }

    private static async Task InstallAsync(PluginTestHost host, string id, string source)
    {
        var info = await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create(id, "1.0.0").WithSource(source).BuildToDirectory(Path.Combine(host.Work, id)), default);
        Assert.Equal(PluginState.Active, info.State);
    }

    private static async Task InstallImporterAsync(PluginTestHost host)
    {
        var info = await host.Manager.InstallFromDirectoryAsync(
            TestPlugin.Create(Importer, "1.0.0").WithKinds(PluginKinds.Routing).WithPermissions(Sdk.Permissions.InteractionsRead).WithSource(VoiceExportSources.Importer()).BuildToDirectory(Path.Combine(host.Work, Importer)),
            default);
        Assert.Equal(PluginState.Active, info.State);
    }

    private static async Task<string?> ProbeAsync(PluginTestHost host, string interactionId)
    {
        var decision = await host.Routing.TryRankAsync("voiceprobe", new RoutingRequest
        {
            InteractionId = interactionId,
            QueueId = "q-autos",
            Channel = ChannelKind.Voice,
            Priority = 50,
            WaitingSince = DateTimeOffset.UnixEpoch,
            Now = DateTimeOffset.UnixEpoch,
            Candidates = [],
        }, default);
        return decision?.Explanation;
    }
}
