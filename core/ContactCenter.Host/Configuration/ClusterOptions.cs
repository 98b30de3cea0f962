namespace ContactCenter.Host.Configuration;

/// <summary>Configuration section <c>CC:Cluster</c>: the co-hosted Orleans silo.</summary>
public sealed class ClusterOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CC:Cluster";

    /// <summary>The default silo-to-silo port.</summary>
    public const int DefaultSiloPort = 11111;

    /// <summary>The loopback port the silo listens on; <c>0</c> picks a free port at start-up.</summary>
    public int SiloPort { get; set; } = DefaultSiloPort;
}
