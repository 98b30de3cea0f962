namespace ContactCenter.Kernel.Sla;

/// <summary>Availability against the target, error budget and active burn-rate alerts.</summary>
public interface ISlaService
{
    /// <summary>The current report.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The report.</returns>
    ValueTask<SlaReport> GetReportAsync(CancellationToken cancellationToken);
}
