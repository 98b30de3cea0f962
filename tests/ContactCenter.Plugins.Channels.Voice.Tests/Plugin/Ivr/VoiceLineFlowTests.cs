using ContactCenter.Plugins.Channels.Voice.Media.Prompts;
using ContactCenter.Plugins.Channels.Voice.Plugin;
using ContactCenter.Plugins.Channels.Voice.Plugin.Ivr;
using ContactCenter.Sdk.Routing;
using Microsoft.Extensions.Configuration;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Plugin.Ivr;

public sealed class VoiceLineFlowTests
{
    private static readonly PromptCatalog Shipped = PromptCatalog.Load(Path.Combine(AppContext.BaseDirectory, "prompts"));

    [Fact]
    public void Options_IvrSection_ParsedPerLine()
    {
        var options = VoiceOptions.From(Config(new()
        {
            ["lines:autos"] = "autos-general",
            ["ivr:autos:language"] = "en",
            ["ivr:autos:greeting"] = "greeting",
            ["ivr:autos:menu:1"] = "autos-claims",
            ["ivr:autos:menu:2"] = "autos-policies",
            ["ivr:autos:menuTimeoutSeconds"] = "3",
            ["ivr:autos:menuRetries"] = "0",
            ["ivr:autos:announceSeconds"] = "0",
            ["ivr:autos:holdPrompt"] = "",
        }));

        var flow = Assert.Single(options.Flows);
        Assert.Equal("autos", flow.Line);
        Assert.Equal("en", flow.Language);
        Assert.Equal("greeting", flow.Greeting);
        Assert.Equal("autos-policies", flow.Menu['2']);
        Assert.Equal(TimeSpan.FromSeconds(3), flow.MenuTimeout);
        Assert.Equal(0, flow.MenuRetries);
        Assert.Equal(TimeSpan.Zero, flow.AnnounceInterval);
        Assert.Null(flow.HoldPrompt);
        Assert.Equal(new[] { "greeting", "menu", "invalid" }, flow.Prompts);
    }

    [Fact]
    public void Options_Defaults_SpanishFiveSecondsTwoRetriesHoldPromptEvery30s()
    {
        var flow = Assert.Single(VoiceOptions.From(Config(new() { ["ivr:salud:greeting"] = "greeting" })).Flows);

        Assert.Equal("es", flow.Language);
        Assert.Empty(flow.Menu);
        Assert.Equal(TimeSpan.FromSeconds(5), flow.MenuTimeout);
        Assert.Equal(2, flow.MenuRetries);
        Assert.Equal("hold", flow.HoldPrompt);
        Assert.Equal(TimeSpan.FromSeconds(30), flow.AnnounceInterval);
    }

    [Fact]
    public void Options_SessionTimer_DefaultsAndValues()
    {
        var defaults = VoiceOptions.From(Config(new()));
        var set = VoiceOptions.From(Config(new() { ["sessionExpiresSeconds"] = "600", ["minSeSeconds"] = "120" }));
        var longMinSe = VoiceOptions.From(Config(new() { ["minSeSeconds"] = "3600" }));

        Assert.Equal((1800, 90), (defaults.SessionExpiresSeconds, defaults.MinSeSeconds));
        Assert.Equal((600, 120), (set.SessionExpiresSeconds, set.MinSeSeconds));
        Assert.Equal((3600, 3600), (longMinSe.SessionExpiresSeconds, longMinSe.MinSeSeconds));
    }

    [Theory]
    [InlineData("minSeSeconds", "89", null, "90-86400")]
    [InlineData("minSeSeconds", "ninety", null, "90-86400")]
    [InlineData("sessionExpiresSeconds", "60", null, "90-86400")]
    [InlineData("sessionExpiresSeconds", "86401", null, "90-86400")]
    [InlineData("sessionExpiresSeconds", "200", "300", "300-86400")]
    public void Options_SessionTimer_BadValuesRefusedNamingTheKey(string key, string value, string? minSe, string range)
    {
        var error = Assert.Throws<InvalidOperationException>(() => VoiceOptions.From(Config(new() { [key] = value, ["minSeSeconds"] = minSe ?? (key == "minSeSeconds" ? value : null) })));

        Assert.Equal($"Voice: {key} '{value}' must be {range}.", error.Message);
    }

    [Theory]
    [InlineData("ivr:autos:menu:12", "q", "one DTMF digit")]
    [InlineData("ivr:autos:menu:x", "q", "one DTMF digit")]
    [InlineData("ivr:autos:menuTimeoutSeconds", "0", "1-60")]
    [InlineData("ivr:autos:menuRetries", "9", "0-5")]
    [InlineData("ivr:autos:announceSeconds", "-1", "0-600")]
    [InlineData("ivr:autos:greeting", "../../etc/passwd", "prompt name")]
    public void Options_BadValues_RefusedNamingTheKey(string key, string value, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => VoiceOptions.From(Config(new() { [key] = value, ["ivr:autos:language"] = "es" })));

        Assert.Contains("ivr.autos.", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ivr_FlowNamingAMissingPrompt_RefusedAtStart()
    {
        var options = VoiceOptions.From(Config(new() { ["ivr:autos:greeting"] = "bienvenida-especial" }));

        var error = Assert.Throws<InvalidOperationException>(() => new VoiceIvr(options, Shipped, new VoiceQueuePositions(new NoEvents()), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<VoiceIvr>.Instance));

        Assert.Contains("bienvenida-especial", error.Message, StringComparison.Ordinal);
        Assert.Contains("prompts/es/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Announcement_PositionAndWait_WhenRoutingGivesThem()
    {
        var both = VoiceIvr.Announcement(Shipped, "es", Position(3, TimeSpan.FromSeconds(250)));

        Assert.Equal(
            new[] { "position", "3", "in-queue", "wait", "5", "minutes" }.Select(n => Shipped.Get("es", n)),
            both);
        Assert.Equal(
            new[] { "position", "1", "in-queue", "wait", "1", "minute" }.Select(n => Shipped.Get("en", n)),
            VoiceIvr.Announcement(Shipped, "en", Position(1, TimeSpan.FromSeconds(20))));
    }

    [Fact]
    public void Announcement_UnknownOrUnspeakable_SaysOnlyWhatItCan()
    {
        Assert.Empty(VoiceIvr.Announcement(Shipped, "es", null));
        Assert.Equal(3, VoiceIvr.Announcement(Shipped, "es", Position(2, TimeSpan.Zero)).Count);
        Assert.Equal(3, VoiceIvr.Announcement(Shipped, "es", Position(25, TimeSpan.FromMinutes(4))).Count);
        Assert.Empty(VoiceIvr.Announcement(Shipped, "es", Position(21, TimeSpan.FromMinutes(45))));
        Assert.Empty(VoiceIvr.Announcement(Shipped, "fr", Position(2, TimeSpan.FromMinutes(2))));
    }

    [Fact]
    public void QueuePositions_NewestSnapshotWins_UnknownIsNull()
    {
        var positions = new VoiceQueuePositions(new NoEvents());
        var at = DateTimeOffset.Parse("2026-01-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        positions.Update(Snapshot("q1", at, Position(2, TimeSpan.FromMinutes(3))));
        positions.Update(Snapshot("q1", at.AddSeconds(-5), Position(9, TimeSpan.FromMinutes(9))));

        Assert.Equal(2, positions.Find("i-1")?.Position);
        positions.Update(Snapshot("q1", at.AddSeconds(5)));
        Assert.Null(positions.Find("i-1"));
        Assert.Null(positions.Find("i-other"));
    }

    private static QueueSnapshot Snapshot(string queue, DateTimeOffset at, params QueuePosition[] positions) =>
        new() { QueueId = queue, At = at, Positions = positions };

    private static QueuePosition Position(int position, TimeSpan wait) => new("i-1", position, 0, DateTimeOffset.UnixEpoch, wait);

    private static IConfiguration Config(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private sealed class NoEvents : ContactCenter.Sdk.Events.IEventBus
    {
        public ValueTask PublishAsync(ContactCenter.Sdk.Events.CloudEvent cloudEvent, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public IDisposable Subscribe(string typePattern, Func<ContactCenter.Sdk.Events.CloudEvent, CancellationToken, ValueTask> handler) => throw new NotSupportedException();
    }
}
