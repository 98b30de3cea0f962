using ContactCenter.Kernel.Sla;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Kernel.Tests.Sla;

public sealed class BurnRateAlertTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 14, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TickAsync_OneBadMinuteWithDefaultRules_RaisesEachRuleOnceAndResolvesAsShortWindowsRecover()
    {
        using var sla = new SlaHarness(Start);
        await sla.Heartbeat.StartAsync(CancellationToken.None);
        await MinutesAsync(sla, 100, healthy: true);
        await MinutesAsync(sla, 1, healthy: false);
        await MinutesAsync(sla, 1, healthy: true);   // closes the bad minute

        var raised = Alerts(sla, EventTypes.SlaBurnRateAlert);
        Assert.Equal(["page", "page", "ticket"], raised.Select(a => a.Severity));
        Assert.Equal([14.4, 6, 1], raised.Select(a => a.Threshold));
        Assert.Equal(1 / 60.0 / 0.0003, raised[0].LongBurnRate, 9);
        Assert.Equal(1 / 5.0 / 0.0003, raised[0].ShortBurnRate, 9);
        Assert.Equal(TimeSpan.FromHours(1), raised[0].LongWindow);
        Assert.Equal(TimeSpan.FromMinutes(5), raised[0].ShortWindow);
        Assert.Equal(0.9997, raised[0].Target);
        Assert.Equal(3, (await sla.Heartbeat.GetReportAsync(CancellationToken.None)).ActiveAlerts.Count);

        await MinutesAsync(sla, 4, healthy: true);   // the bad minute is still inside the 5-minute window
        Assert.Empty(Alerts(sla, EventTypes.SlaBurnRateResolved));
        Assert.Equal(3, Alerts(sla, EventTypes.SlaBurnRateAlert).Count);

        await MinutesAsync(sla, 1, healthy: true);   // now it is not
        var resolved = Alerts(sla, EventTypes.SlaBurnRateResolved);
        Assert.Equal([TimeSpan.FromMinutes(5)], resolved.Select(a => a.ShortWindow));
        Assert.Equal(0, resolved[0].ShortBurnRate);

        await MinutesAsync(sla, 30, healthy: true);
        Assert.Equal([TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30)], Alerts(sla, EventTypes.SlaBurnRateResolved).Select(a => a.ShortWindow));
        Assert.Equal(3, Alerts(sla, EventTypes.SlaBurnRateAlert).Count);
        Assert.Equal(["ticket"], (await sla.Heartbeat.GetReportAsync(CancellationToken.None)).ActiveAlerts.Select(a => a.Severity));
    }

    [Fact]
    public async Task TickAsync_ConfiguredRule_FiresOnlyWhenBothWindowsBurnAtTheThreshold()
    {
        var rule = new BurnRateRule { Severity = "page", LongWindow = TimeSpan.FromMinutes(10), ShortWindow = TimeSpan.FromMinutes(2), Threshold = 2 };
        using var sla = new SlaHarness(Start, new SlaOptions { Target = 0.9, BurnRateRules = [rule] });
        await sla.Heartbeat.StartAsync(CancellationToken.None);
        await MinutesAsync(sla, 10, healthy: true);

        await MinutesAsync(sla, 1, healthy: false);
        await MinutesAsync(sla, 1, healthy: true);   // 10 min: 1 bad => burn 1; 2 min: burn 5 => long window too low
        Assert.Empty(sla.Bus.Published);

        await MinutesAsync(sla, 1, healthy: false);
        await MinutesAsync(sla, 1, healthy: true);   // 10 min: 2 bad => burn 2; 2 min: 1 bad => burn 5 => fires
        var alert = Assert.Single(Alerts(sla, EventTypes.SlaBurnRateAlert));
        Assert.Equal(2, alert.LongBurnRate, 9);
        Assert.Equal(5, alert.ShortBurnRate, 9);
        Assert.Equal("/kernel/sla", sla.Bus.Published[0].Source);
        Assert.Equal(rule.Key, sla.Bus.Published[0].Subject);

        await MinutesAsync(sla, 1, healthy: true);   // 2 min window clean => resolves once
        await MinutesAsync(sla, 5, healthy: true);
        Assert.Single(Alerts(sla, EventTypes.SlaBurnRateResolved));
    }

    private static async Task MinutesAsync(SlaHarness sla, int count, bool healthy)
    {
        for (var i = 0; i < count; i++)
        {
            sla.StoreProbe.Healthy = healthy;
            await sla.Heartbeat.TickAsync(CancellationToken.None);
            sla.StoreProbe.Healthy = true;
            sla.Time.Advance(TimeSpan.FromSeconds(30));
            await sla.Heartbeat.TickAsync(CancellationToken.None);
            sla.Time.Advance(TimeSpan.FromSeconds(30));
        }
    }

    private static List<SlaBurnRateAlert> Alerts(SlaHarness sla, string type) =>
        sla.Bus.Published.Where(e => e.Type == type).Select(e => e.GetData<SlaBurnRateAlert>(KernelJson.Options)!).ToList();
}
