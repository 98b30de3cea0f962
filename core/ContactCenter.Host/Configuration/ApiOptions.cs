namespace ContactCenter.Host.Configuration;

/// <summary>Configuration section <c>CC:Api</c>: limits of the REST API.</summary>
public sealed class ApiOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CC:Api";

    /// <summary>The largest plugin package accepted by install and upgrade, in bytes (default 64 MiB).</summary>
    public long MaxPluginPackageBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The largest JSON request body the API accepts, in bytes (default 1 MiB).</summary>
    public long MaxJsonBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How long <c>/readyz</c> waits for probes and plugin health checks, in milliseconds (default 800, at most 950).</summary>
    public int ReadinessBudgetMilliseconds { get; set; } = 800;
}
