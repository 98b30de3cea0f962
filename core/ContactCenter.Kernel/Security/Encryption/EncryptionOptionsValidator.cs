using ContactCenter.Kernel.Security.Encryption.Providers;
using ContactCenter.Sdk.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Security.Encryption;

/// <summary>Checks <see cref="EncryptionOptions"/> at start-up, naming every wrong key at once and never echoing a key's value.</summary>
/// <remarks>
/// Providers are resolved when validating, not injected: they take the options themselves, and injecting them here
/// would make a dependency cycle.
/// </remarks>
internal sealed class EncryptionOptionsValidator(IServiceProvider services) : IValidateOptions<EncryptionOptions>
{
    private const string Section = EncryptionOptions.Section;

    public ValidateOptionsResult Validate(string? name, EncryptionOptions options)
    {
        var errors = new List<string>();
        var known = services.GetServices<IMasterKeyProvider>().Select(p => p.Name).ToArray();
        var provider = options.Provider;
        if (provider is { Length: > 0 } && !known.Contains(provider, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add($"{Section}:Provider: '{provider}' is not a known key provider; use one of {string.Join(", ", known)}.");
        }

        var environment = string.Equals(provider, EncryptionOptions.EnvironmentProvider, StringComparison.OrdinalIgnoreCase);
        if (environment)
        {
            CheckEnvironmentKeys(options, errors);
        }
        else if (options.MasterKeys.Count > 0 || options.CurrentMasterKey is { Length: > 0 })
        {
            errors.Add($"{Section}:MasterKeys and {Section}:CurrentMasterKey are only read by the Environment provider; set {Section}:Provider=Environment or remove them.");
        }

        if (options.RefreshInterval < TimeSpan.FromSeconds(1) || options.RefreshInterval > TimeSpan.FromHours(1))
        {
            errors.Add($"{Section}:RefreshInterval must be from 1 second to 1 hour (was {options.RefreshInterval}).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckEnvironmentKeys(EncryptionOptions options, List<string> errors)
    {
        if (options.MasterKeys.Count == 0)
        {
            errors.Add($"{Section}:MasterKeys: the Environment provider needs at least one key, e.g. CC__Encryption__MasterKeys__k1=<base64 of 32 random bytes>.");
        }

        Span<byte> buffer = stackalloc byte[33];
        foreach (var (id, value) in options.MasterKeys)
        {
            if (!MasterKeyIds.IsValid(id))
            {
                errors.Add($"{Section}:MasterKeys:{id}: a key id is 1 to 64 letters, digits, '.', '-' or '_'.");
            }

            if (!Convert.TryFromBase64String(value ?? string.Empty, buffer, out var written) || written != 32)
            {
                errors.Add($"{Section}:MasterKeys:{id}: must be base64 of exactly 32 bytes (e.g. from `openssl rand -base64 32`).");
            }
        }

        if (options.CurrentMasterKey is not { Length: > 0 } current)
        {
            errors.Add($"{Section}:CurrentMasterKey is required with the Environment provider: the id of the key new data keys are wrapped with.");
        }
        else if (!options.MasterKeys.ContainsKey(current))
        {
            errors.Add($"{Section}:CurrentMasterKey: '{current}' is not among {Section}:MasterKeys ({string.Join(", ", options.MasterKeys.Keys)}).");
        }
    }
}
