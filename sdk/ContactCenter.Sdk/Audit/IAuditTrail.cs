namespace ContactCenter.Sdk.Audit;

/// <summary>
/// The platform's audit log as a plugin writes to it: resolve it from the plugin's services and record every read of
/// sensitive data (a recording played, a transcript exported) and every change the kernel does not see. The kernel
/// stamps each entry with who is acting (the signed-in user of the current request, else <c>plugin:{pluginId}</c>) and
/// scopes its target under <c>plugin/{pluginId}/</c>, so a plugin cannot write entries about the kernel's or another
/// plugin's objects.
/// </summary>
public interface IAuditTrail
{
    /// <summary>Appends an entry; when this returns the entry is durable. Serve the audited data only after it returns.</summary>
    /// <param name="entry">What happened.</param>
    /// <param name="cancellationToken">Cancels before the entry is written.</param>
    /// <returns>A task that completes once the entry is written.</returns>
    /// <exception cref="ArgumentException">The action or target is empty, too long or not in the allowed characters.</exception>
    ValueTask RecordAsync(AuditTrailEntry entry, CancellationToken cancellationToken = default);
}
