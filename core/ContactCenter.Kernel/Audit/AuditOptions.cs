namespace ContactCenter.Kernel.Audit;

/// <summary>Configuration section <c>CC:Audit</c>.</summary>
public sealed class AuditOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CC:Audit";

    /// <summary>A signed checkpoint is written with every this many entries (1–100000, default 100).</summary>
    public int CheckpointEvery { get; set; } = 100;

    /// <summary>And at least this often while entries arrive (seconds, 1–86400, default 300), and when the host stops.</summary>
    public int CheckpointIntervalSeconds { get; set; } = 300;
}
