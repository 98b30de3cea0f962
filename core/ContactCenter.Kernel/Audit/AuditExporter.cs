namespace ContactCenter.Kernel.Audit;

/// <summary>Writes the JSON-lines export of <see cref="AuditExportFormat"/>, streaming entries as they are read.</summary>
public static class AuditExporter
{
    /// <summary>
    /// Writes the header, the entries matching <paramref name="query"/> and the checkpoints that fall within them (a
    /// checkpoint past the last exported entry would look like a cut tail to the verifier).
    /// </summary>
    /// <param name="log">The log.</param>
    /// <param name="query">Range and filters.</param>
    /// <param name="exportedAt">When.</param>
    /// <param name="writer">Where; each line ends with <c>\n</c>.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>How many entries were written.</returns>
    public static async Task<long> WriteAsync(IAuditLog log, AuditQuery query, DateTimeOffset exportedAt, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(writer);
        await writer.WriteAsync(AuditExportFormat.Header(exportedAt, query) + "\n").ConfigureAwait(false);
        long count = 0;
        long first = 0;
        long last = 0;
        await foreach (var record in log.ReadAsync(query, cancellationToken).ConfigureAwait(false))
        {
            first = count == 0 ? record.Sequence : first;
            last = record.Sequence;
            count++;
            await writer.WriteAsync(AuditExportFormat.Line("entry", record) + "\n").ConfigureAwait(false);
        }

        if (count > 0)
        {
            foreach (var checkpoint in await log.ReadCheckpointsAsync(cancellationToken).ConfigureAwait(false))
            {
                if (checkpoint.Sequence >= first && checkpoint.Sequence <= last)
                {
                    await writer.WriteAsync(AuditExportFormat.Line("checkpoint", checkpoint) + "\n").ConfigureAwait(false);
                }
            }
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }
}
