using System.Buffers.Text;
using System.Text.Json;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Storage;

/// <summary>
/// Keyset paging token: the order key and id of the last document on a page. The next page starts strictly after
/// it, so inserts and deletes between pages neither repeat nor skip documents that stay put.
/// </summary>
/// <param name="Key">The order-by value of the last document.</param>
/// <param name="Id">The id of the last document (the tie-breaker).</param>
public sealed record ContinuationToken(IndexValue Key, string Id)
{
    /// <summary>Encodes the token as an opaque URL-safe string.</summary>
    /// <returns>The token text.</returns>
    public string Encode()
    {
        var payload = new TokenPayload((int)Key.Kind, Key.Text, Key.Number, Key.Boolean, Id);
        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload, TokenPayloadContext.Default.TokenPayload));
    }

    /// <summary>Decodes a token this store issued.</summary>
    /// <param name="token">The token text.</param>
    /// <returns>The token.</returns>
    /// <exception cref="InvalidRequestException">The token is malformed.</exception>
    public static ContinuationToken Decode(string token)
    {
        try
        {
            var payload = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(token), TokenPayloadContext.Default.TokenPayload)
                ?? throw new FormatException();
            var key = (IndexValueKind)payload.K switch
            {
                IndexValueKind.Null => IndexValue.Null,
                IndexValueKind.String => IndexValue.FromString(payload.T ?? throw new FormatException()),
                IndexValueKind.Number => IndexValue.FromNumber(payload.N),
                IndexValueKind.Boolean => IndexValue.FromBoolean(payload.B),
                _ => throw new FormatException(),
            };
            return new ContinuationToken(key, payload.I ?? throw new FormatException());
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            throw new InvalidRequestException("continuationToken", "The continuation token is not one this store issued.");
        }
    }

    /// <summary>Whether a document with <paramref name="key"/> and <paramref name="id"/> comes after this token.</summary>
    /// <param name="key">The document's order key.</param>
    /// <param name="id">The document's id.</param>
    /// <param name="descending">Whether the query orders descending.</param>
    /// <returns><see langword="true"/> if the document belongs to a later page.</returns>
    public bool IsBefore(IndexValue key, string id, bool descending)
    {
        var order = key.CompareTo(Key);
        if (order == 0)
        {
            order = string.CompareOrdinal(id, Id);
        }

        return descending ? order < 0 : order > 0;
    }
}

internal sealed record TokenPayload(int K, string? T, double N, bool B, string? I);

[System.Text.Json.Serialization.JsonSerializable(typeof(TokenPayload))]
internal sealed partial class TokenPayloadContext : System.Text.Json.Serialization.JsonSerializerContext;
