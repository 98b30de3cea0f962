using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Metrics;

/// <summary>Checks <c>CC:Metrics</c> at start-up, naming every bad key.</summary>
internal sealed class MetricsOptionsValidator : IValidateOptions<MetricsOptions>
{
    public ValidateOptionsResult Validate(string? name, MetricsOptions options)
    {
        var errors = new List<string>();
        if (options.Window < TimeSpan.FromMinutes(1) || options.Window > TimeSpan.FromDays(1))
        {
            errors.Add("CC:Metrics:Window must be from 00:01:00 to 1.00:00:00.");
        }

        if (options.DefaultServiceLevelThreshold <= TimeSpan.Zero)
        {
            errors.Add("CC:Metrics:DefaultServiceLevelThreshold must be positive.");
        }

        if (options.PublishInterval < TimeSpan.FromMilliseconds(100) || options.PublishInterval > TimeSpan.FromSeconds(2))
        {
            errors.Add("CC:Metrics:PublishInterval must be from 00:00:00.1 to 00:00:02 (supervisors get updates at least every 2 s).");
        }

        if (options.StaleAfter <= TimeSpan.Zero)
        {
            errors.Add("CC:Metrics:StaleAfter must be positive.");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
        {
            errors.Add($"CC:Metrics:TimeZone '{options.TimeZone}' is not a known time zone.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
