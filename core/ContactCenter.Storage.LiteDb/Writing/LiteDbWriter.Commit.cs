using ContactCenter.Sdk.Errors;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Storage.LiteDb.Writing;

/// <summary>Group commit: one transaction and one log flush for every batch taken together.</summary>
internal sealed partial class LiteDbWriter
{
    private void CommitGroup(List<BatchJob> batches)
    {
        foreach (var job in batches.Where(j => j.CancellationToken.IsCancellationRequested))
        {
            job.Completion.TrySetCanceled(job.CancellationToken);
        }

        var live = batches.Where(j => !j.CancellationToken.IsCancellationRequested).ToList();
        if (live.Count == 0)
        {
            return;
        }

        if (!TryCommit(live, out var failure))
        {
            if (live.Count == 1)
            {
                live[0].Fail(failure!);
                return;
            }

            // Something other than a version guard failed the group: retry each batch alone, so only its cause fails.
            LogGroupRetried(failure!, live.Count);
            foreach (var job in live)
            {
                CommitGroup([job]);
            }

            return;
        }

        GroupCount++;
        LargestGroup = Math.Max(LargestGroup, live.Count);
        foreach (var job in live)
        {
            if (job.Refusal is { } refusal)
            {
                job.Completion.TrySetException(refusal);
            }
            else
            {
                job.Completion.TrySetResult(job.Result!);
            }
        }
    }

    private bool TryCommit(List<BatchJob> jobs, out Exception? failure)
    {
        var applier = new BatchApplier(_database, _catalog, _time.GetUtcNow(), _lastSequence);
        _database.BeginTrans();
        try
        {
            foreach (var job in jobs)
            {
                job.Refusal = null;
                try
                {
                    job.Result = applier.Apply(job);
                }
                catch (ConcurrencyConflictException conflict)
                {
                    job.Refusal = conflict;
                }
            }

            _database.Commit();
            _files.Log.Flush();
        }
        catch (Exception ex)
        {
            // The writer thread must outlive any failure (disk full, I/O error, a LiteDB fault): if it died, every
            // caller would wait forever. The failure goes back to the callers of this group.
            TryRollback();
            failure = ex;
            return false;
        }

        _lastSequence = applier.LastSequence;
        _catalog.Publish(applier.CreatedSchemas);
        failure = null;
        return true;
    }

    private void RunEnsure(EnsureJob job)
    {
        try
        {
            var schema = SchemaWriter.Ensure(_database, _catalog, job.Definition);
            _files.Log.Flush();
            _catalog.Publish([schema]);
            job.Completion.TrySetResult();
        }
        catch (Exception ex)
        {
            // Same reason as for batches: the writer thread must survive to serve the next caller.
            TryRollback();
            job.Fail(ex);
        }
    }

    private void TryRollback()
    {
        try
        {
            _database.Rollback();
        }
        catch (LiteException ex)
        {
            LogRollbackFailed(ex);
        }
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "A group commit of {Count} batches failed; retrying each batch alone")]
    private partial void LogGroupRetried(Exception exception, int count);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Error, Message = "Rolling back a failed LiteDB transaction failed")]
    private partial void LogRollbackFailed(Exception exception);
}
