using System.Text.Json;
using ContactCenter.Kernel.Plugins.Storage;
using ContactCenter.Sdk.Audit;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Security;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Kernel.Plugins.Loading;

/// <summary>The plugin-scoped kernel services one plugin version sees; <see cref="Imports"/> are the forwarders of other plugins' exported contracts.</summary>
internal sealed record PluginScopeServices(
    PluginStartupContext StartupContext,
    JsonSerializerOptions JsonOptions,
    ILoggerFactory LoggerFactory,
    IClock Clock,
    IEventBus EventBus,
    PluginStore Store,
    IInteractionService Interactions,
    IPresenceService Presence,
    ISensitiveDataProtector DataProtector,
    IConversationService Conversations,
    IAuditTrail AuditTrail,
    IReadOnlyDictionary<Type, object> Imports);
