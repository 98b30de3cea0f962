using ContactCenter.Kernel.Sla;

namespace ContactCenter.Host.Tests.Support.Fakes;

/// <summary>A fixed SLA report (the real service comes with the storage capability).</summary>
internal sealed class FakeSlaService : ISlaService
{
    public static readonly DateTimeOffset At = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    public ValueTask<SlaReport> GetReportAsync(CancellationToken cancellationToken) => ValueTask.FromResult(new SlaReport
    {
        Target = 0.9997,
        At = At,
        Windows = [new SlaWindow("1h", TimeSpan.FromHours(1), 60, 1, 59.0 / 60, 0.018, -54.5)],
        Components = [new ComponentLiveness("store", true, At, "ok")],
    });
}
