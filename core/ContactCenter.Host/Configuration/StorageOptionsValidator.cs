using ContactCenter.Host.Storage;
using ContactCenter.Kernel.Storage;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Configuration;

/// <summary>Checks <c>CC:Storage</c>: a provider this host knows and a usable data directory.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (!StoreRegistration.IsKnown(options.Provider))
        {
            failures.Add($"CC:Storage:Provider: '{options.Provider}' is not a storage provider of this host; use one of {string.Join(", ", StoreRegistration.KnownProviders)}.");
        }

        failures.AddRange(DataDirectoryCheck.Problems(options.DataDirectory));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
