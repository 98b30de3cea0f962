using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;
using ContactCenter.Storage.Postgres.Tests.Support;

namespace ContactCenter.Storage.Postgres.Tests.Documents;

public sealed class UnicodeAndTimeTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly string[] SpanishNames =
        ["Zoe", "Ángela", "ana", "Ana", "Ñandú", "ñandú", "Núñez", "Nuñez", "Óscar", "Oscar", "José", "Jose", "Ümit", "María José", "éxito", "Ética"];

    [Fact]
    public async Task QueryAsync_OrderBySpanishNames_OrdinalOrderAndTextKeptExactly()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        await store.EnsureCollectionAsync(new CollectionDefinition(collection, ["name"]), default);
        var batch = new WriteBatch();
        for (var i = 0; i < SpanishNames.Length; i++)
        {
            batch.Insert(collection, $"c{i:00}", System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["name"] = SpanishNames[i] }));
        }

        await store.CommitAsync(batch, default);

        var page = await store.QueryAsync(collection, new DocumentQuery { OrderBy = "name" }, default);
        var names = page.Items.Select(d => System.Text.Json.JsonDocument.Parse(d.Json).RootElement.GetProperty("name").GetString()).ToArray();

        Assert.Equal(SpanishNames.Order(StringComparer.Ordinal), names);
        Assert.Single((await store.QueryAsync(collection, DocumentQuery.Where("name", "Núñez"), default)).Items);
        Assert.Single((await store.QueryAsync(collection, DocumentQuery.Where("name", "ñandú"), default)).Items);
    }

    [Fact]
    public async Task QueryAsync_InstantsWrittenWithOffsets_ComparedAsUtcInstants()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        await store.EnsureCollectionAsync(new CollectionDefinition(collection, ["createdAt"]), default);
        await store.CommitAsync(new WriteBatch()
            .Insert(collection, "costa-rica", """{"createdAt":"2026-03-01T10:00:00-06:00"}""")   // 16:00 UTC
            .Insert(collection, "madrid", """{"createdAt":"2026-03-01T16:30:00+01:00"}""")       // 15:30 UTC
            .Insert(collection, "utc", """{"createdAt":"2026-03-01T15:45:00.1234567Z"}"""), default);

        var ordered = await store.QueryAsync(collection, new DocumentQuery { OrderBy = "createdAt" }, default);
        var sameInstant = await store.QueryAsync(collection, DocumentQuery.Where("createdAt", new DateTimeOffset(2026, 3, 1, 16, 0, 0, TimeSpan.Zero)), default);
        var after = await store.CountAsync(collection, [new("createdAt", FilterOperator.GreaterThan, "2026-03-01T09:45:00.1234567-06:00")], default);

        Assert.Equal(["madrid", "utc", "costa-rica"], ordered.Items.Select(d => d.Id));
        Assert.Equal(["costa-rica"], sameInstant.Items.Select(d => d.Id));
        Assert.Equal(1, after);
    }

    [Fact]
    public async Task CommitAsync_EventTimeWithOffset_ReadBackAsSameInstantInUtc()
    {
        var store = await database.OpenStoreAsync();
        var stream = Names.Stream();
        var time = new DateTimeOffset(2026, 3, 1, 10, 0, 0, 123, TimeSpan.FromHours(-6));

        await store.CommitAsync(new WriteBatch().Append(stream, "created", """{"nota":"Señal débil en Cañas"}""", time), default);
        var read = Assert.Single(await store.ReadEventsAsync(new EventQuery(stream), default));

        Assert.Equal(time, read.Time);
        Assert.Equal(TimeSpan.Zero, read.Time.Offset);
        Assert.Equal("""{"nota":"Señal débil en Cañas"}""", read.Json);
    }

    [Fact]
    public async Task CommitAsync_LargeDocument_RoundTripsIntact()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        var transcript = string.Concat(Enumerable.Repeat("El cliente pidió información sobre su póliza de riesgos del trabajo. ", 60_000));
        var json = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object> { ["transcript"] = transcript, ["n"] = 1 });

        await store.CommitAsync(new WriteBatch().Insert(collection, "big", json), default);
        var read = await store.GetAsync(collection, "big", default);

        Assert.True(json.Length > 4_000_000);
        Assert.Equal(transcript, System.Text.Json.JsonDocument.Parse(read!.Json).RootElement.GetProperty("transcript").GetString());
    }
}
