using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Security;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Security.Encryption.Providers;

/// <summary>Picks the configured <see cref="IMasterKeyProvider"/> by name among the registered ones (built-in and added by extensions).</summary>
internal sealed class MasterKeyProviderResolver(IEnumerable<IMasterKeyProvider> providers, IOptions<EncryptionOptions> options, IDocumentStore store)
{
    private IMasterKeyProvider? _provider;

    public IMasterKeyProvider Provider => _provider ??= Resolve();

    private IMasterKeyProvider Resolve()
    {
        var name = options.Value.EffectiveProvider(store.ProviderName);
        var all = providers.ToArray();
        return all.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new OptionsValidationException(EncryptionOptions.Section, typeof(EncryptionOptions),
                [$"{EncryptionOptions.Section}:Provider: '{name}' is not a known key provider; use one of {string.Join(", ", all.Select(p => p.Name))}."]);
    }
}
