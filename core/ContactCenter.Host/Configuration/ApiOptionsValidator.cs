using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Configuration;

/// <summary>Checks <c>CC:Api</c>.</summary>
internal sealed class ApiOptionsValidator : IValidateOptions<ApiOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiOptions options)
    {
        var failures = new List<string>();
        if (options.MaxPluginPackageBytes < 1024)
        {
            failures.Add($"CC:Api:MaxPluginPackageBytes: {options.MaxPluginPackageBytes} is too small; use at least 1024.");
        }

        if (options.MaxJsonBodyBytes < 1024)
        {
            failures.Add($"CC:Api:MaxJsonBodyBytes: {options.MaxJsonBodyBytes} is too small; use at least 1024.");
        }

        if (options.ReadinessBudgetMilliseconds is < 50 or > 950)
        {
            failures.Add($"CC:Api:ReadinessBudgetMilliseconds: {options.ReadinessBudgetMilliseconds} is out of range; use 50-950 so /readyz answers within a second.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
