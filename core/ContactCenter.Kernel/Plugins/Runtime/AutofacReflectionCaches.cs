using System.Reflection;
using Autofac.Core;
using Autofac.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Plugins.Runtime;

/// <summary>
/// Clears the static reflection caches of Autofac's Microsoft.Extensions.DependencyInjection integration after a
/// plugin unloads. Each of them (constructor <c>[FromKeyedServices]</c> usage, parameter attributes, key types...)
/// is keyed by the plugin's types and registers itself with <see cref="ReflectionCacheSet.Shared"/> once, in its
/// static constructor. <c>Shared</c> is only weakly held: once a collection has taken it, the set Autofac re-creates
/// no longer knows those caches, so the clearing a load-context lifetime scope does on unload never reaches them and
/// every plugin unloaded afterwards stays pinned. Found by a heap dump of a failed unload verification under load
/// (the caches' dictionaries were the only strong roots of the plugins' loader allocators). The host therefore
/// clears them itself; the caches only memoise reflection and refill on the next resolve.
/// </summary>
internal static class AutofacReflectionCaches
{
    private static readonly Lazy<IReadOnlyList<IReflectionCache>> Caches = new(FindStaticCaches);

    /// <summary>The static caches found in the integration assembly (a test pins that there is at least one).</summary>
    public static IReadOnlyList<IReflectionCache> Found => Caches.Value;

    /// <summary>Empties every static cache of the integration, whichever reflection cache set it registered with.</summary>
    public static void Clear()
    {
        foreach (var cache in Caches.Value)
        {
            cache.Clear();
        }
    }

    private static List<IReflectionCache> FindStaticCaches()
    {
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        return typeof(AutofacServiceProvider).Assembly.GetTypes()
            .Where(type => !type.ContainsGenericParameters)
            .SelectMany(type => type.GetFields(Static))
            .Where(field => typeof(IReflectionCache).IsAssignableFrom(field.FieldType))
            .Select(field => field.GetValue(null))
            .OfType<IReflectionCache>()
            .ToList();
    }
}
