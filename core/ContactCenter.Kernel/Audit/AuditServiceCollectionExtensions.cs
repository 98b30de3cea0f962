using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Audit.Signing;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Dispositions;
using ContactCenter.Kernel.Plugins.Approvals;
using ContactCenter.Kernel.Security.Encryption.Keys;
using ContactCenter.Kernel.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the audit log.</summary>
public static class AuditServiceCollectionExtensions
{
    /// <summary>The key ring's folder under the data directory.</summary>
    public static readonly string KeyDirectory = Path.Combine("secrets", "audit");

    /// <summary>
    /// Adds the hash-chained audit log, its checkpoint keys in <c>{DataDirectory}/secrets/audit/</c>, the periodic
    /// checkpoint, the recorders of plugin operations and plugin permission approvals and refusals, key ring changes and directory changes; <c>CC:Audit</c> options are validated at start-up.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration root.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddAuditLog(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuditOptions>, AuditOptionsValidator>());
        services.TryAddSingleton(sp => new AuditKeyRing(Path.Combine(sp.GetRequiredService<IOptions<StorageOptions>>().Value.FullDataDirectory, KeyDirectory)));
        services.TryAddSingleton(sp => new AuditTrustFile(Path.Combine(sp.GetRequiredService<IOptions<StorageOptions>>().Value.FullDataDirectory, KeyDirectory)));
        services.TryAddSingleton<IAuditLog, AuditLog>();
        services.AddHostedService<AuditCheckpointService>();
        services.AddHostedService<PluginAuditRecorder>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IKeyRingChangeRecorder, KeyRingAuditRecorder>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDirectoryChangeObserver, DirectoryAuditRecorder>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDispositionChangeObserver, DispositionAuditRecorder>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPluginPermissionObserver, PluginPermissionAuditRecorder>());
        return services;
    }
}
