using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;
using ContactCenter.Sdk.Testing.Hosting;
using ContactCenter.Sdk.Testing.Tests.Support;

namespace ContactCenter.Sdk.Testing.Tests.Hosting;

/// <summary>The test kernel's ugly cases: missing plugins, refused manifests, illegal transitions.</summary>
public sealed class PluginTestKernelTests
{
    [Fact]
    public async Task StartAsync_MissingFolder_SaysToBuildThePlugin()
    {
        var missing = Path.Combine(Path.GetTempPath(), "cc-kit-no-such-plugin-" + Guid.NewGuid().ToString("N"));

        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => PluginTestKernel.StartAsync(new PluginTestOptions { PluginDirectory = missing }));

        Assert.Contains("build the plugin project first", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ConfigurationAgainstItsSchema_RefusedWithTheReason()
    {
        using var plugin = new BuiltPlugin("kit.schema", "routing", PluginSources.GoodStrategy, "configurationSchema",
            System.Text.Json.Nodes.JsonNode.Parse("""{"type":"object","properties":{"limit":{"type":"integer"}},"additionalProperties":false}"""));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => PluginTestKernel.StartAsync(new PluginTestOptions
        {
            PluginDirectory = plugin.Folder,
            Configuration = new System.Text.Json.Nodes.JsonObject { ["limit"] = "not a number" },
        }));

        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interactions_IllegalTransition_ThrowsAndChangesNothing()
    {
        using var plugin = new BuiltPlugin("kit.lifecycle", "routing", PluginSources.GoodStrategy);
        await using var kernel = await PluginTestKernel.StartAsync(new PluginTestOptions { PluginDirectory = plugin.Folder });
        var created = await kernel.Interactions.CreateAsync(new NewInteraction { Channel = ChannelKind.Chat });
        var events = kernel.Events.Published.Count;

        await Assert.ThrowsAsync<InvalidTransitionException>(() => kernel.Interactions.HoldAsync(created.Id).AsTask());

        Assert.Equal(created, Assert.Single(kernel.Interactions.All));
        Assert.Equal(events, kernel.Events.Published.Count);
        Assert.False(kernel.Interactions.Calls[^1].Succeeded);
    }

    [Fact]
    public async Task Clock_Advanced_MovesOnlyWhenTold()
    {
        using var plugin = new BuiltPlugin("kit.clock", "routing", PluginSources.GoodStrategy);
        await using var kernel = await PluginTestKernel.StartAsync(new PluginTestOptions { PluginDirectory = plugin.Folder });
        var start = kernel.Clock.UtcNow;

        kernel.Clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(Doubles.TestClock.DefaultStart, start);
        Assert.Equal(start.AddMinutes(5), kernel.Clock.UtcNow);
    }
}
