using Npgsql;

namespace ContactCenter.Storage.Postgres.Writes;

/// <summary>Turns a <see cref="BatchPlan"/> into the commands of the write round trip (the events go with COMMIT, in <see cref="CommitRoundTrip"/>).</summary>
internal static class BatchWriteCommands
{
    /// <summary>Adds the commands; returns the document insert, whose row count shows whether another writer got there first.</summary>
    public static NpgsqlBatchCommand? Add(NpgsqlBatch writes, BatchPlan plan, DateTimeOffset now)
    {
        if (plan.Deletes.Count > 0)
        {
            writes.BatchCommands.Add(WriteStatements.Command(
                WriteStatements.Delete, plan.Deletes.Select(k => k.Collection).ToArray(), plan.Deletes.Select(k => k.Id).ToArray()));
        }

        if (plan.Updates.Count > 0)
        {
            var u = plan.Updates;
            writes.BatchCommands.Add(WriteStatements.Command(
                WriteStatements.Update,
                u.Select(r => r.Key.Collection).ToArray(), u.Select(r => r.Key.Id).ToArray(), u.Select(r => r.Json).ToArray(), u.Select(r => r.Version).ToArray(), now));
        }

        NpgsqlBatchCommand? insert = null;
        if (plan.Inserts.Count > 0)
        {
            var n = plan.Inserts;
            insert = WriteStatements.Command(
                WriteStatements.Insert,
                n.Select(r => r.Key.Collection).ToArray(), n.Select(r => r.Key.Id).ToArray(), n.Select(r => r.IdKey).ToArray(),
                n.Select(r => r.Json).ToArray(), n.Select(r => r.Version).ToArray(), now);
            writes.BatchCommands.Add(insert);
        }

        if (plan.Entries.Count > 0)
        {
            writes.BatchCommands.Add(WriteStatements.Entries(plan.Entries));
        }

        return insert;
    }
}
