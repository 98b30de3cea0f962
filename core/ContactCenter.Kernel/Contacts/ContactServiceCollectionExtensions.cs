using ContactCenter.Kernel.Contacts.Merging;
using ContactCenter.Kernel.Contacts.Timeline;
using ContactCenter.Kernel.Security.Encryption.Rotation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Contacts;

/// <summary>Registers the contact store.</summary>
internal static class ContactServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IContactDirectory"/> with <c>CC:Contacts</c> validated at start-up (needs encryption at rest).</summary>
    public static IServiceCollection AddContacts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ContactOptions>().Bind(configuration.GetSection(ContactOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ContactOptions>, ContactOptionsValidator>());
        services.TryAddSingleton<PhoneNormalizer>();
        services.TryAddSingleton<ContactRules>();
        services.TryAddSingleton<ContactEvents>();
        services.TryAddSingleton<ContactDirectory>();
        services.TryAddSingleton<IContactDirectory>(sp => sp.GetRequiredService<ContactDirectory>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReEncryptionTarget, ContactReEncryption>());
        return services;
    }

    /// <summary>Adds merges and the customer timeline (they need the lifecycle's codec and the audit log as well).</summary>
    public static IServiceCollection AddContactHistory(this IServiceCollection services)
    {
        services.TryAddSingleton<IContactMerger, ContactMerger>();
        services.TryAddSingleton<IContactTimeline, ContactTimeline>();
        return services;
    }
}
