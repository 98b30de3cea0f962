using System.Text.Json;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Storage.Postgres.Writes;

/// <summary>
/// A batch's JSON, parsed once before any database work: a document that is not a JSON object, or an event that is
/// not JSON, is refused before anything is written. The parsed documents then give the index keys.
/// </summary>
internal sealed class ParsedBatch : IDisposable
{
    private readonly JsonDocument?[] _documents;

    private ParsedBatch(JsonDocument?[] documents)
    {
        _documents = documents;
    }

    /// <summary>The parsed document of write <paramref name="index"/>; <see langword="null"/> for a delete.</summary>
    public JsonElement? this[int index] => _documents[index]?.RootElement;

    public static ParsedBatch Parse(WriteBatch batch)
    {
        var documents = new JsonDocument?[batch.Documents.Count];
        var parsed = false;
        try
        {
            for (var i = 0; i < documents.Length; i++)
            {
                documents[i] = batch.Documents[i].Json is { } json ? ParseObject(batch.Documents[i].Id, json) : null;
            }

            foreach (var append in batch.Events)
            {
                CheckEvent(append);
            }

            parsed = true;
            return new ParsedBatch(documents);
        }
        finally
        {
            if (!parsed)
            {
                // Release what was parsed before the bad entry.
                foreach (var document in documents)
                {
                    document?.Dispose();
                }
            }
        }
    }

    public void Dispose()
    {
        foreach (var document in _documents)
        {
            document?.Dispose();
        }
    }

    private static JsonDocument ParseObject(string id, string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new InvalidRequestException("document", $"Document '{id}' is not valid JSON: {ex.Message}");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new InvalidRequestException("document", $"Document '{id}' must be a JSON object.");
        }

        return document;
    }

    private static void CheckEvent(EventAppend append)
    {
        try
        {
            using var _ = JsonDocument.Parse(append.Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidRequestException("event", $"Event '{append.Type}' of stream '{append.Stream}' is not valid JSON: {ex.Message}");
        }
    }
}
