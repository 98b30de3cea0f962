using ContactCenter.Kernel.Sla;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Storage.Memory;

namespace ContactCenter.Kernel.Tests.Sla;

public sealed class SlaHeartbeatLedgerTests
{
    private static readonly DateTimeOffset TenAm = new(2026, 3, 14, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TickAsync_HealthyMinutes_RecordsOneAvailableDocumentPerMinuteKeyedByUtcStart()
    {
        using var sla = new SlaHarness(TenAm);
        await sla.Heartbeat.StartAsync(CancellationToken.None);

        await sla.RunAsync(count: 19, step: TimeSpan.FromSeconds(10));

        var ledger = await sla.LedgerAsync();
        Assert.Equal([TenAm, TenAm.AddMinutes(1), TenAm.AddMinutes(2)], ledger.Select(m => m.Minute));
        Assert.All(ledger, m => Assert.True(m.Available));
        Assert.NotNull(await sla.Store.GetAsync(KernelCollections.AvailabilityLedger.Name, "2026-03-14T10:02:00Z", CancellationToken.None));
    }

    [Fact]
    public async Task TickAsync_FirstStartWithComponentsStillComingUp_LedgerBeginsAtTheFirstWholeHealthyMinute()
    {
        using var sla = new SlaHarness(TenAm.AddSeconds(20));
        sla.StoreProbe.Healthy = false;
        await sla.Heartbeat.StartAsync(CancellationToken.None);
        await sla.RunAsync(count: 6, step: TimeSpan.FromSeconds(10));   // 10:00:20 .. 10:01:10 still starting
        sla.StoreProbe.Healthy = true;
        await sla.RunAsync(count: 18, step: TimeSpan.FromSeconds(10));  // 10:01:20 .. 10:04:10

        var ledger = await sla.LedgerAsync();
        var report = await sla.Heartbeat.GetReportAsync(CancellationToken.None);

        Assert.Equal([TenAm.AddMinutes(2), TenAm.AddMinutes(3)], ledger.Select(m => m.Minute));
        Assert.All(ledger, m => Assert.True(m.Available));
        Assert.Empty(report.ActiveAlerts);
    }

    [Fact]
    public async Task TickAsync_StoreUnhealthyAtOneTick_ThatMinuteAndTheNextUntilRecoveryAreUnavailable()
    {
        using var sla = new SlaHarness(TenAm);
        await sla.Heartbeat.StartAsync(CancellationToken.None);
        await sla.RunAsync(count: 5, step: TimeSpan.FromSeconds(10));   // 10:00:00 .. 10:00:40
        sla.StoreProbe.Healthy = false;
        await sla.RunAsync(count: 1, step: TimeSpan.FromSeconds(10));   // 10:00:50 broken, until the next tick
        sla.StoreProbe.Healthy = true;
        await sla.RunAsync(count: 13, step: TimeSpan.FromSeconds(10));  // 10:01:00 .. 10:03:00

        var ledger = await sla.LedgerAsync();

        Assert.Equal([false, false, true], ledger.Select(m => m.Available));
        Assert.Contains(ledger[0].Reasons, r => r.StartsWith("store:", StringComparison.Ordinal) && r.Contains("broken", StringComparison.Ordinal));
        Assert.Empty(ledger[2].Reasons);
    }

    [Fact]
    public async Task StartAsync_AfterTheHostWasDown_CountsEveryMissedMinuteAndThePartialStartMinuteAsUnavailable()
    {
        var store = new InMemoryDocumentStore(TimeProvider.System);
        using (var before = new SlaHarness(TenAm.AddMinutes(-20), store: store))
        {
            await before.Heartbeat.StartAsync(CancellationToken.None);
            await before.RunAsync(count: 61, step: TimeSpan.FromSeconds(10));   // 09:40 .. 09:50:00: ledger up to 09:49
        }

        using var after = new SlaHarness(TenAm.AddSeconds(30), store: store);
        await after.Heartbeat.StartAsync(CancellationToken.None);
        await after.RunAsync(count: 4, step: TimeSpan.FromSeconds(10));          // 10:00:30 .. 10:01:00

        var ledger = await after.LedgerAsync();
        Assert.Equal(21, ledger.Count);
        Assert.All(ledger.Take(10), m => Assert.True(m.Available));
        var down = ledger.Skip(10).Take(10).ToList();
        Assert.Equal(Enumerable.Range(50, 10).Select(i => TenAm.AddMinutes(-60 + i)), down.Select(m => m.Minute));
        Assert.All(down, m => Assert.Equal(["The host was not running."], m.Reasons));
        Assert.False(ledger[^1].Available);
        Assert.Equal(TenAm, ledger[^1].Minute);
        Assert.Contains("started during this minute", ledger[^1].Reasons[0], StringComparison.Ordinal);
        var report = await after.Heartbeat.GetReportAsync(CancellationToken.None);
        Assert.Equal(11, report.Windows[0].MinutesUnavailable);
    }

    [Fact]
    public async Task TickAsync_HostStalledForMinutes_CountsTheMinutesWithoutATickAsUnavailable()
    {
        using var sla = new SlaHarness(TenAm);
        await sla.Heartbeat.StartAsync(CancellationToken.None);
        await sla.Heartbeat.TickAsync(CancellationToken.None);

        sla.Time.Advance(TimeSpan.FromMinutes(3.5));
        await sla.Heartbeat.TickAsync(CancellationToken.None);

        var ledger = await sla.LedgerAsync();
        Assert.Equal([true, false, false], ledger.Select(m => m.Available));
        Assert.Contains("stalled", ledger[1].Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TickAsync_StoreRefusesTheLedgerWrite_MinutesStayPendingAndAreWrittenLater()
    {
        var failing = new FailingStore(new InMemoryDocumentStore(TimeProvider.System));
        var ledger = new AvailabilityLedger(failing);
        await failing.EnsureCollectionAsync(KernelCollections.AvailabilityLedger, CancellationToken.None);

        failing.Fail = true;
        await Assert.ThrowsAsync<IOException>(() => ledger.RecordAsync([new LedgerMinute(TenAm, false, ["x"])], TenAm, CancellationToken.None));
        Assert.Equal((1, 1), ledger.Count(TenAm, TenAm.AddMinutes(1)));
        failing.Fail = false;
        await ledger.RecordAsync([new LedgerMinute(TenAm.AddMinutes(1), true, [])], TenAm, CancellationToken.None);

        Assert.NotNull(await failing.GetAsync(KernelCollections.AvailabilityLedger.Name, "2026-03-14T10:00:00Z", CancellationToken.None));
        Assert.NotNull(await failing.GetAsync(KernelCollections.AvailabilityLedger.Name, "2026-03-14T10:01:00Z", CancellationToken.None));
    }
}
