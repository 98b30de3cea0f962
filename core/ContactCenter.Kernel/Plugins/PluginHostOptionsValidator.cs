using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Plugins;

/// <summary>Checks <see cref="PluginHostOptions"/> at start-up, naming each wrong key.</summary>
internal sealed class PluginHostOptionsValidator : IValidateOptions<PluginHostOptions>
{
    /// <summary>The largest package the host accepts whatever the configuration (2 GiB, the zip limit without zip64 surprises).</summary>
    public const long PackageHardLimit = 2L * 1024 * 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, PluginHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        Positive(errors, nameof(options.CallBudget), options.CallBudget);
        Positive(errors, nameof(options.HttpBudget), options.HttpBudget);
        Positive(errors, nameof(options.DrainTimeout), options.DrainTimeout);
        Positive(errors, nameof(options.HeartbeatInterval), options.HeartbeatInterval);
        if (options.UnloadVerificationDelay < TimeSpan.Zero)
        {
            errors.Add(Key(nameof(options.UnloadVerificationDelay), "must not be negative"));
        }

        if (options.UnloadVerificationAttempts is < 1 or > 1000)
        {
            errors.Add(Key(nameof(options.UnloadVerificationAttempts), "must be from 1 to 1000"));
        }

        if (options.BreakerFailureThreshold is < 1 or > 1000)
        {
            errors.Add(Key(nameof(options.BreakerFailureThreshold), "must be from 1 to 1000"));
        }

        if (options.MaxPackageBytes is < 1024 or > PackageHardLimit)
        {
            errors.Add(Key(nameof(options.MaxPackageBytes), $"must be from 1024 to {PackageHardLimit} bytes"));
        }

        if (options.MaxPackageEntries is < 2 or > 1_000_000)
        {
            errors.Add(Key(nameof(options.MaxPackageEntries), "must be from 2 to 1000000"));
        }

        if (options.RetryAfterSeconds is < 1 or > 3600)
        {
            errors.Add(Key(nameof(options.RetryAfterSeconds), "must be from 1 to 3600"));
        }

        if (string.IsNullOrWhiteSpace(options.Directory))
        {
            errors.Add(Key(nameof(options.Directory), "must name a folder"));
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Positive(List<string> errors, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero || value > TimeSpan.FromDays(1))
        {
            errors.Add(Key(key, $"must be more than zero and at most one day (was {value})"));
        }
    }

    private static string Key(string key, string problem) => $"{PluginHostOptions.Section}:{key} {problem}.";
}
