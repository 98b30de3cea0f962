using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Configuration;

/// <summary>Checks <c>CC:Cluster</c>.</summary>
internal sealed class ClusterOptionsValidator : IValidateOptions<ClusterOptions>
{
    public ValidateOptionsResult Validate(string? name, ClusterOptions options) =>
        options.SiloPort is < 0 or > 65535
            ? ValidateOptionsResult.Fail($"CC:Cluster:SiloPort: {options.SiloPort} is not a port; use 1-65535, or 0 to pick a free one.")
            : ValidateOptionsResult.Success;
}
