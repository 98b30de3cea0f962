using System.Text.Json;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Storage.LiteDb.Writing;

/// <summary>Parses and checks a batch's documents on the caller's thread, before anything reaches the writer.</summary>
internal static class BatchValidation
{
    /// <summary>Parses every document of <paramref name="batch"/>; the caller disposes the results.</summary>
    /// <exception cref="InvalidRequestException">A document is not a JSON object.</exception>
    public static IReadOnlyList<JsonDocument?> Parse(WriteBatch batch)
    {
        var parsed = new List<JsonDocument?>(batch.Documents.Count);
        try
        {
            foreach (var write in batch.Documents)
            {
                parsed.Add(write.Json is null ? null : ParseObject(write));
            }

            return parsed;
        }
        catch
        {
            foreach (var document in parsed)
            {
                document?.Dispose();
            }

            throw;
        }
    }

    private static JsonDocument ParseObject(DocumentWrite write)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(write.Json!);
        }
        catch (JsonException ex)
        {
            throw new InvalidRequestException("document", $"Document '{write.Id}' is not valid JSON: {ex.Message}");
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new InvalidRequestException("document", $"Document '{write.Id}' must be a JSON object.");
        }

        return document;
    }
}
