using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using ContactCenter.Storage.Postgres.Tests.Support;
using Npgsql;

namespace ContactCenter.Storage.Postgres.Tests.Writes;

/// <summary>
/// The last round trip of a commit sends the event append and COMMIT together, as SQL. These tests hold the store to
/// one pooled connection and look at that backend from outside (pg_stat_activity): after every commit, successful or
/// not, it must be idle outside any transaction, and the driver must agree (a following transaction can begin).
/// </summary>
public sealed class CommitRoundTripTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task CommitAsync_OnePooledConnection_NextBatchAndTransactionalReadReuseItCleanly()
    {
        var (store, application) = await OneConnectionStoreAsync();
        var (collection, stream) = (Names.Collection(), Names.Stream());

        var first = await store.CommitAsync(new WriteBatch().Insert(collection, "a", """{"n":1}""").Append(stream, "one", "{}", default), default);
        var backend = await BackendAsync(application);
        var second = await store.CommitAsync(new WriteBatch().Replace(collection, "a", """{"n":2}""", 1).Append(stream, "two", "{}", default), default);

        // Adding an indexed field begins a transaction on the same connection and reads the definition under lock:
        // Npgsql refuses to begin one if it still believed the previous transaction was open.
        await store.EnsureCollectionAsync(new CollectionDefinition(collection, ["n"]), default);
        var third = await store.CommitAsync(new WriteBatch().Append(stream, "three", "{}", default), default);
        var cleared = await store.CommitAsync(new WriteBatch().Insert(collection, "gone", "{}").Delete(collection, "gone", 1), default);

        Assert.Equal(backend, await BackendAsync(application));
        Assert.EndsWith(":idle:no transaction", backend, StringComparison.Ordinal);
        Assert.Equal(
            [first.EventSequences[0], second.EventSequences[0], third.EventSequences[0]],
            (await store.ReadEventsAsync(new EventQuery(stream), default)).Select(e => e.Sequence));
        Assert.Equal(first.EventSequences[0] + 1, second.EventSequences[0]);
        Assert.Empty(cleared.EventSequences);
        Assert.Equal(2, (await store.GetAsync(collection, "a", default))!.Version);
        Assert.Equal(1, await store.CountAsync(collection, [new("n", Sdk.Storage.FilterOperator.Equal, 2)], default));
    }

    [Fact]
    public async Task CommitAsync_ServerRefusesTheAppendWithCommit_NothingWrittenConnectionClean()
    {
        var (store, application) = await OneConnectionStoreAsync();
        var (collection, stream) = (Names.Collection(), Names.Stream());
        var before = await store.CommitAsync(new WriteBatch().Append(stream, "before", "{}", default), default);
        var backend = await BackendAsync(application);

        // PostgreSQL text cannot hold U+0000: the document writes succeed, then the append in the COMMIT round trip fails.
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => store.CommitAsync(
            new WriteBatch().Insert(collection, "a", "{}").Append(stream, "bad\u0000type", "{}", default), default).AsTask());
        var after = await store.CommitAsync(new WriteBatch().Insert(collection, "b", "{}").Append(stream, "after", "{}", default), default);

        Assert.Contains("Nothing was written", error.Message, StringComparison.Ordinal);
        Assert.Equal(backend, await BackendAsync(application));
        Assert.Null(await store.GetAsync(collection, "a", default));
        Assert.NotNull(await store.GetAsync(collection, "b", default));
        Assert.Equal(before.EventSequences[0] + 1, after.EventSequences[0]);
        Assert.Equal(["before", "after"], (await store.ReadEventsAsync(new EventQuery(stream), default)).Select(e => e.Type));
    }

    [Fact]
    public async Task CommitAsync_ConnectionKilledDuringCommitRoundTrip_ReportedUncertainNeverRetried()
    {
        var (store, application) = await OneConnectionStoreAsync();
        var (collection, stream) = (Names.Collection(), Names.Stream());
        await store.CommitAsync(new WriteBatch().Append(stream, "before", "{}", default), default);

        // Another session holds the event counter, so the store's final round trip (append + COMMIT) waits on it.
        await using var holder = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
        await holder.OpenAsync();
        await using var hold = await holder.BeginTransactionAsync();
        await using (var lockCounter = new NpgsqlCommand("SELECT last_sequence FROM cc_event_counter FOR UPDATE", holder, hold))
        {
            await lockCounter.ExecuteScalarAsync();
        }

        var commit = store.CommitAsync(new WriteBatch().Insert(collection, "a", "{}").Append(stream, "lost", "{}", default), default).AsTask();
        var pid = await WaitForLockWaitAsync(application, commit);
        await database.ScalarAsync<bool>($"SELECT pg_terminate_backend({pid})");

        await hold.RollbackAsync();

        // Retrying would now succeed (the counter is free), so a retried batch would show up as written.
        var error = await Assert.ThrowsAsync<PostgresStoreException>(() => commit);

        Assert.Contains("may or may not have been applied", error.Message, StringComparison.Ordinal);
        Assert.Null(await store.GetAsync(collection, "a", default));
        Assert.Equal(["before"], (await store.ReadEventsAsync(new EventQuery(stream), default)).Select(e => e.Type));
        await store.CommitAsync(new WriteBatch().Insert(collection, "b", "{}").Append(stream, "after", "{}", default), default);
        Assert.Equal(["before", "after"], (await store.ReadEventsAsync(new EventQuery(stream), default)).Select(e => e.Type));
    }

    /// <summary>A store whose pool holds one connection, named so <c>pg_stat_activity</c> shows which backend it is.</summary>
    private async Task<(PostgresDocumentStore Store, string Application)> OneConnectionStoreAsync()
    {
        var application = "cc-commit-" + Guid.NewGuid().ToString("N")[..12];
        var connection = new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = 1, ApplicationName = application };
        return (await database.OpenStoreAsync(connectionString: connection.ConnectionString), application);
    }

    /// <summary>"pid:state:transaction" of the store's backends, e.g. "1234:idle:no transaction".</summary>
    private Task<string?> BackendAsync(string application) => database.ScalarAsync<string>(
        "SELECT string_agg(pid || ':' || state || ':' || CASE WHEN xact_start IS NULL THEN 'no transaction' ELSE 'in transaction' END, ',') " +
        $"FROM pg_stat_activity WHERE application_name = '{application}'");

    private async Task<int> WaitForLockWaitAsync(string application, Task commit)
    {
        while (!commit.IsCompleted)
        {
            var pid = await database.ScalarAsync<int>(
                $"SELECT COALESCE(max(pid), 0) FROM pg_stat_activity WHERE application_name = '{application}' AND wait_event_type = 'Lock'");
            if (pid != 0)
            {
                return pid;
            }

            await Task.Delay(20);
        }

        await commit;
        throw new InvalidOperationException("The commit finished without waiting on the event counter held by another session.");
    }
}
