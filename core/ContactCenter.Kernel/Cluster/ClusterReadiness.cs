namespace ContactCenter.Kernel.Cluster;

/// <summary>
/// Whether the silo finished starting (the kernel's start-up task ran). Until then the <c>cluster</c> probe answers
/// "starting" without a grain call, which Orleans would only retry until the silo is active.
/// </summary>
internal sealed class ClusterReadiness
{
    private volatile bool _started;

    public bool Started => _started;

    public void MarkStarted() => _started = true;
}
