using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Conversations;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Security.Encryption;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Kernel.Plugins.Runtime;

/// <summary>
/// The kernel services plugin-scoped services are built on. Services owned by other areas (interactions, presence)
/// are resolved lazily and optionally from the root provider: they may be absent in slim hosts and tests.
/// </summary>
internal sealed class PluginKernelServices
{
    public PluginKernelServices(IDocumentStore store, IEventBus bus, IClock clock, ILoggerFactory loggerFactory, IServiceProvider services)
    {
        Store = store;
        Bus = bus;
        Clock = clock;
        LoggerFactory = loggerFactory;
        Interactions = new Lazy<IKernelInteractionService?>(services.GetService<IKernelInteractionService>);
        Presence = new Lazy<IPresenceService?>(services.GetService<IPresenceService>);
        DataProtector = new Lazy<IDataProtector?>(services.GetService<IDataProtector>);
        Conversations = new Lazy<IKernelConversationService?>(services.GetService<IKernelConversationService>);
        Audit = new Lazy<IAuditLog?>(services.GetService<IAuditLog>);
    }

    public IDocumentStore Store { get; }

    public IEventBus Bus { get; }

    public IClock Clock { get; }

    public ILoggerFactory LoggerFactory { get; }

    public Lazy<IKernelInteractionService?> Interactions { get; }

    public Lazy<IPresenceService?> Presence { get; }

    public Lazy<IDataProtector?> DataProtector { get; }

    public Lazy<IKernelConversationService?> Conversations { get; }

    public Lazy<IAuditLog?> Audit { get; }
}
