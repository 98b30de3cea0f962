using ContactCenter.Kernel.Sla;

namespace ContactCenter.Kernel.Tests.Sla;

public sealed class SlaReportTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 14, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task GetReportAsync_ThreeBadMinutesInTheLastHour_ExactAvailabilityAndErrorBudget()
    {
        using var sla = new SlaHarness(Start);
        await sla.Heartbeat.StartAsync(CancellationToken.None);
        for (var minute = 0; minute < 120; minute++)
        {
            sla.StoreProbe.Healthy = minute is not (70 or 90 or 91);
            await sla.Heartbeat.TickAsync(CancellationToken.None);
            sla.StoreProbe.Healthy = true;
            sla.Time.Advance(TimeSpan.FromSeconds(30));
            await sla.Heartbeat.TickAsync(CancellationToken.None);
            sla.Time.Advance(TimeSpan.FromSeconds(30));
        }

        await sla.Heartbeat.TickAsync(CancellationToken.None);
        var report = await sla.Heartbeat.GetReportAsync(CancellationToken.None);

        Assert.Equal(0.9997, report.Target);
        Assert.Equal(Start.AddHours(2), report.At);
        Assert.Equal(["1h", "24h", "30d"], report.Windows.Select(w => w.Name));
        var hour = report.Windows[0];
        Assert.Equal(60, hour.MinutesCounted);
        Assert.Equal(3, hour.MinutesUnavailable);
        Assert.Equal(57.0 / 60, hour.Availability, 12);
        Assert.Equal(0.0003 * 60, hour.ErrorBudgetMinutes, 12);
        Assert.Equal(1 - (3 / (0.0003 * 60)), hour.ErrorBudgetRemaining, 9);
        var month = report.Windows[2];
        Assert.Equal(120, month.MinutesCounted);
        Assert.Equal(3, month.MinutesUnavailable);
        Assert.Equal(117.0 / 120, month.Availability, 12);
        Assert.Equal(12.96, month.ErrorBudgetMinutes, 9);
        Assert.Equal(1 - (3 / 12.96), month.ErrorBudgetRemaining, 9);
    }

    [Fact]
    public async Task GetReportAsync_NothingCountedYet_AvailabilityOneAndBudgetUntouched()
    {
        using var sla = new SlaHarness(Start);
        await sla.Heartbeat.StartAsync(CancellationToken.None);

        var report = await sla.Heartbeat.GetReportAsync(CancellationToken.None);

        Assert.All(report.Windows, w =>
        {
            Assert.Equal(0, w.MinutesCounted);
            Assert.Equal(1, w.Availability);
            Assert.Equal(1, w.ErrorBudgetRemaining);
        });
    }

    [Fact]
    public async Task TickAsync_KernelComponentStopsReporting_CountsAsNotAliveAndMinuteUnavailable()
    {
        using var sla = new SlaHarness(Start);
        await sla.Heartbeat.StartAsync(CancellationToken.None);
        sla.Registry.Report("plugin:webchat", true, "serving");             // once, then silence: shown, not counted
        for (var tick = 0; tick < 7; tick++)
        {
            sla.Registry.Report("cluster", true, "silo up");                  // 10:00:00 .. 10:01:00, then silence
            await sla.RunAsync(count: 1, step: TimeSpan.FromSeconds(10));
        }

        await sla.RunAsync(count: 11, step: TimeSpan.FromSeconds(10));     // 10:01:10 .. 10:02:50
        await sla.Heartbeat.TickAsync(CancellationToken.None);               // 10:03:00

        var ledger = await sla.LedgerAsync();
        Assert.Equal([true, false, false], ledger.Select(m => m.Available));
        Assert.Contains(ledger[1].Reasons, r => r.StartsWith("cluster: No report for", StringComparison.Ordinal));
        Assert.DoesNotContain(ledger.SelectMany(m => m.Reasons), r => r.StartsWith("plugin:", StringComparison.Ordinal));
        var report = await sla.Heartbeat.GetReportAsync(CancellationToken.None);
        Assert.False(report.Components.Single(c => c.Name == "cluster").Alive);
        Assert.False(report.Components.Single(c => c.Name == "plugin:webchat").Alive);
        Assert.True(report.Components.Single(c => c.Name == "store").Alive);

        sla.Registry.Forget("plugin:webchat");
        Assert.DoesNotContain((await sla.Heartbeat.GetReportAsync(CancellationToken.None)).Components, c => c.Name == "plugin:webchat");
    }

    [Fact]
    public async Task TickAsync_ProbeThatHangsOrThrows_ReportedUnhealthyWithinTheBudget()
    {
        using var sla = new SlaHarness(Start);
        sla.StoreProbe.Behaviour = async ct =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            return new ProbeResult(true, "never");
        };
        sla.Probes.Add(new ScriptedProbe("cluster") { Behaviour = _ => throw new InvalidOperationException("silo gone") });
        await sla.Heartbeat.StartAsync(CancellationToken.None);

        var tick = sla.Heartbeat.TickAsync(CancellationToken.None);
        sla.Time.Advance(TimeSpan.FromSeconds(2));
        await tick;

        var components = (await sla.Heartbeat.GetReportAsync(CancellationToken.None)).Components;
        Assert.Equal("No answer within 2000 ms.", components.Single(c => c.Name == "store").Description);
        Assert.Contains("silo gone", components.Single(c => c.Name == "cluster").Description, StringComparison.Ordinal);
        Assert.All(components, c => Assert.False(c.Alive));
    }
}
