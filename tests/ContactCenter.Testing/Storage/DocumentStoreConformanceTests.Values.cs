using System.Text.Json;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;
using Xunit;

namespace ContactCenter.Testing.Storage;

public abstract partial class DocumentStoreConformanceTests
{
    [Fact]
    public async Task Commit_DocumentOfSeveralMegabytes_RoundTripsExactly()
    {
        var text = string.Concat(Enumerable.Range(0, 300_000).Select(i => $"línea {i};"));
        var json = Json(new { name = "big", body = text });
        Assert.True(json.Length > 3_000_000);

        await CommitAsync(new WriteBatch().Insert(People.Name, "big", json));
        await CommitAsync(new WriteBatch().Replace(People.Name, "big", json.Replace("línea", "fila", StringComparison.Ordinal), 1));

        var stored = await GetPersonAsync("big");
        Assert.Equal(json.Replace("línea", "fila", StringComparison.Ordinal), stored!.Json);
        Assert.Equal(["big"], (await QueryAllAsync(People.Name, DocumentQuery.Where("name", "big"))).Select(d => d.Id));
    }

    [Fact]
    public async Task Commit_SpanishTextAndEmoji_RoundTripAndSortOrdinally()
    {
        string[] names = ["Peña", "pena", "Pena", "Muñoz", "Müller", "José", "Jose", "árbol", "zorro", "😀 sonrisa", "😀", "ß", "a\u0000b", "a\u0001", "a", "\uD7FF", "\uE000", "\uFFFF"];
        await SeedAsync(names.Select((n, i) => ($"u{i:D2}-{n.Replace('\u0000', '0').Replace('\u0001', '1')}", (object)new { name = n })));

        var ordered = await QueryAllAsync(People.Name, new DocumentQuery { OrderBy = "name", PageSize = 5 });
        var exact = await QueryAllAsync(People.Name, DocumentQuery.Where("name", "Peña"));

        Assert.Equal(names.Order(StringComparer.Ordinal), ordered.Select(d => JsonDocument.Parse(d.Json).RootElement.GetProperty("name").GetString()));
        Assert.Single(exact);
        Assert.Equal(Json(new { name = "Peña" }), exact[0].Json);
        var emojiId = ordered.Single(d => d.Json.Contains("sonrisa", StringComparison.Ordinal)).Id;
        Assert.Equal(emojiId, (await GetPersonAsync(emojiId))!.Id);
        const string raw = "{\"name\":\"Señora Güell 😀\",\"note\":\"canción, acción, pingüino\"}";
        await CommitAsync(new WriteBatch().Insert(People.Name, "raw", raw));
        Assert.Equal(raw, (await GetPersonAsync("raw"))!.Json);
    }

    [Fact]
    public async Task Commit_NonAsciiIds_RoundTripAndOrderOrdinally()
    {
        string[] ids = ["ñandú", "nandu", "Ñandú", "cliente-😀", "cliente-z", "Über"];
        await SeedAsync(ids.Select(id => (id, (object)new { name = id })));

        var all = await QueryAllAsync(People.Name, new DocumentQuery { PageSize = 2 });

        Assert.Equal(ids.Order(StringComparer.Ordinal), all.Select(d => d.Id));
        Assert.All(ids, id => Assert.Equal(id, GetPersonAsync(id).GetAwaiter().GetResult()!.Id));
    }

    [Fact]
    public async Task Query_InstantsWrittenWithDifferentOffsets_CompareAsInstants()
    {
        // 08:30 in Costa Rica (-06:00) is 14:30 UTC: later than 12:00Z although its text sorts first.
        await SeedAsync(
        [
            ("cr-morning", new { at = "2026-03-14T08:30:00-06:00" }),
            ("utc-noon", new { at = "2026-03-14T12:00:00Z" }),
            ("utc-afternoon", new { at = "2026-03-14T15:00:00.5+00:00" }),
            ("cr-night", new { at = "2026-03-13T23:00:00-06:00" }),
        ]);

        var ordered = await QueryAllAsync(People.Name, new DocumentQuery { OrderBy = "at" });
        var afterNoon = await QueryAllAsync(People.Name, new DocumentQuery
        {
            Filters = [new DocumentFilter("at", FilterOperator.GreaterThan, new DateTimeOffset(2026, 3, 14, 6, 0, 0, TimeSpan.FromHours(-6)))],
            OrderBy = "at",
        });
        var equal = await QueryAllAsync(People.Name, DocumentQuery.Where("at", "2026-03-14T14:30:00Z"));

        Assert.Equal(["cr-night", "utc-noon", "cr-morning", "utc-afternoon"], ordered.Select(d => d.Id));
        Assert.Equal(["cr-morning", "utc-afternoon"], afterNoon.Select(d => d.Id));
        Assert.Equal(["cr-morning"], equal.Select(d => d.Id));
    }

    [Fact]
    public async Task Commit_ClockInAnotherOffset_UpdatedAtIsUtc()
    {
        Time.SetUtcNow(new DateTimeOffset(2026, 7, 1, 3, 0, 0, TimeSpan.FromHours(-6)));

        var result = await CommitAsync(new WriteBatch().Insert(People.Name, "tz", Json(new { name = "tz" })));

        var stored = await GetPersonAsync("tz");
        Assert.Equal(TimeSpan.Zero, stored!.UpdatedAt.Offset);
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero), stored.UpdatedAt);
        Assert.Equal(stored.UpdatedAt, result.Documents[0]!.UpdatedAt);
    }

    [Fact]
    public async Task EnsureCollection_AddingAnIndexedField_IndexesDocumentsAlreadyStored()
    {
        var pets = CollectionDefinition.Plain("p.conformance.pets");
        await Store.EnsureCollectionAsync(pets, CancellationToken.None);
        await CommitAsync(new WriteBatch()
            .Insert(pets.Name, "rex", Json(new { kind = "dog" }))
            .Insert(pets.Name, "tom", Json(new { kind = "cat" }))
            .Insert(pets.Name, "fido", Json(new { kind = "dog" })));

        await Store.EnsureCollectionAsync(pets with { IndexedFields = ["kind"] }, CancellationToken.None);
        await Store.EnsureCollectionAsync(pets with { IndexedFields = ["kind"] }, CancellationToken.None);

        var dogs = await QueryAllAsync(pets.Name, DocumentQuery.Where("kind", "dog"));
        Assert.Equal(["fido", "rex"], dogs.Select(d => d.Id));
    }
}
