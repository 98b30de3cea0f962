using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactCenter.Kernel.Conversations;

/// <summary>Registers the conversation model.</summary>
internal static class ConversationServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IKernelConversationService"/> (needs contacts, encryption, the lifecycle and the plugin host's channels).</summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.TryAddSingleton<ConversationEvents>();
        services.TryAddSingleton<ConversationService>();
        services.TryAddSingleton<IKernelConversationService>(sp => sp.GetRequiredService<ConversationService>());
        return services;
    }
}
