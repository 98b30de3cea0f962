using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Sla;

/// <summary>Runs every registered <see cref="IComponentProbe"/> at once, each within the probe budget, and reports the outcomes.</summary>
internal sealed partial class ComponentProbeRunner(
    IEnumerable<IComponentProbe> probes,
    IHeartbeatSink sink,
    TimeProvider time,
    IOptions<SlaOptions> options,
    ILogger<ComponentProbeRunner> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var results = await Task.WhenAll(probes.Select(p => ProbeOneAsync(p, cancellationToken))).ConfigureAwait(false);
        foreach (var (component, result) in results)
        {
            sink.Report(component, result.Healthy, result.Description);
        }
    }

    private async Task<(string Component, ProbeResult Result)> ProbeOneAsync(IComponentProbe probe, CancellationToken cancellationToken)
    {
        var budget = options.Value.ProbeBudget;
        using var timeout = new CancellationTokenSource(budget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        try
        {
            var result = await probe.ProbeAsync(linked.Token).AsTask().WaitAsync(budget, time, linked.Token).ConfigureAwait(false);
            return (probe.Component, result);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is OperationCanceledException or TimeoutException)
        {
            return (probe.Component, new ProbeResult(false, $"No answer within {budget.TotalMilliseconds:0} ms."));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A probe exists to say whether its component works: whatever it throws means "it does not".
            LogProbeFailed(ex, probe.Component);
            return (probe.Component, new ProbeResult(false, $"The probe failed: {ex.Message}"));
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Probe of component {Component} failed")]
    private partial void LogProbeFailed(Exception exception, string component);
}
