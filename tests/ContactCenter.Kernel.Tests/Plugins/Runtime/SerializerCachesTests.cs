using System.Runtime.CompilerServices;
using ContactCenter.Kernel.Plugins.Loading;
using ContactCenter.Kernel.Plugins.Runtime;
using ContactCenter.Kernel.Tests.Plugins.Support;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Testing.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Tests.Plugins.Runtime;

/// <summary>
/// What pins a plugin that uses System.Text.Json, without the host in between: the serializer's process-wide caches.
/// Runs alone, because any other test's unload clears those caches.
/// </summary>
[Collection(SerialCollection.Name)]
public sealed class SerializerCachesTests
{
    [Theory]
    [InlineData("JsonSerializer.Serialize(new Payload(\"x\", 1))")]
    [InlineData("JsonSerializer.Serialize(new Payload(\"x\", 1), new JsonSerializerOptions())")]
    public async Task Serialize_PluginTypes_PinTheLoadContextUntilTheSerializerCachesAreCleared(string serialize)
    {
        Assert.True(SerializerCaches.CanClear, "the runtime's System.Text.Json cache-clearing hook was not found");
        using var temp = new TempDirectory();
        var source = Sources.Startup($"_ = {serialize};", "public sealed record Payload(string Name, int Value);");
        var dir = TestPlugin.Create("cc.test.stj", "1.0.0").WithSource(source).BuildToDirectory(temp.Path);

        var context = LoadRunUnload(Path.Combine(dir, "cc.test.stj.dll"));
        var collectedWithoutClearing = await Unload.IsCollectedAsync(context);
        SerializerCaches.Clear();
        var collectedAfterClearing = await Unload.IsCollectedAsync(context);

        Assert.False(collectedWithoutClearing, "serializing plugin types no longer pins the context: revisit SerializerCaches");
        Assert.True(collectedAfterClearing);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference LoadRunUnload(string assembly)
    {
        var context = new McMasterPluginAssemblyLoader().Load(assembly);
        var startup = (IPluginStartup)Activator.CreateInstance(context.MainAssembly.GetExportedTypes().Single(t => typeof(IPluginStartup).IsAssignableFrom(t)))!;
        startup.ConfigureServices(new ServiceCollection(), null!);
        var reference = new WeakReference(context.LoadContext);
        context.Dispose();
        return reference;
    }
}
