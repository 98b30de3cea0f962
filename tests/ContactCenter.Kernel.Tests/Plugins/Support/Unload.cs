using System.Runtime.CompilerServices;
using ContactCenter.Kernel.Plugins.Runtime;

namespace ContactCenter.Kernel.Tests.Plugins.Support;

/// <summary>The McMaster unload-test pattern: a weak reference taken in a non-inlined helper, then a bounded GC loop.</summary>
internal static class Unload
{
    /// <summary>A weak reference to the load context of a plugin's active version (no strong reference survives this frame).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static WeakReference ContextOf(PluginCatalog catalog, string pluginId) =>
        new(catalog.Get(pluginId)!.Current!.Context!.LoadContext);

    /// <summary>Collects until <paramref name="reference"/> is dead, at most 20 rounds.</summary>
    public static async Task<bool> IsCollectedAsync(WeakReference reference)
    {
        for (var i = 0; i < 20 && reference.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            await Task.Delay(50);
        }

        return !reference.IsAlive;
    }
}
