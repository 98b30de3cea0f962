using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ContactCenter.Kernel.Audit;

/// <summary>
/// The canonical form an entry's hash is computed over, so that anyone can recompute it from an export:
/// UTF-8 JSON without whitespace, properties in this order, absent values as <c>null</c>, time as
/// <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>:
/// <c>{"v":1,"seq":…,"time":…,"actor":…,"action":…,"target":…,"outcome":…,"before":…,"after":…,"ip":…,"correlation":…,"detail":…,"prev":…}</c>.
/// The hash is lower-case hex SHA-256 of those bytes.
/// </summary>
public static class AuditHashing
{
    /// <summary>The canonical bytes of an entry (its own <see cref="AuditRecord.Hash"/> is not part of them).</summary>
    /// <param name="record">The entry.</param>
    /// <returns>The bytes.</returns>
    public static byte[] CanonicalBytes(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("v", 1);
            json.WriteNumber("seq", record.Sequence);
            json.WriteString("time", FormatTime(record.Time));
            json.WriteString("actor", record.Actor);
            json.WriteString("action", record.Action);
            json.WriteString("target", record.Target);
            json.WriteString("outcome", record.Outcome);
            json.WriteString("before", record.BeforeDigest);
            json.WriteString("after", record.AfterDigest);
            json.WriteString("ip", record.SourceIp);
            json.WriteString("correlation", record.CorrelationId);
            json.WriteString("detail", record.Detail);
            json.WriteString("prev", record.PreviousHash);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The hash an entry must carry.</summary>
    /// <param name="record">The entry.</param>
    /// <returns>Lower-case hex SHA-256 of <see cref="CanonicalBytes"/>.</returns>
    public static string ComputeHash(AuditRecord record) => Hex(SHA256.HashData(CanonicalBytes(record)));

    /// <summary>A digest of some state for <see cref="AuditEntry.BeforeDigest"/>/<see cref="AuditEntry.AfterDigest"/>: lower-case hex SHA-256 of its UTF-8 text.</summary>
    /// <param name="state">The state, e.g. a document's JSON.</param>
    /// <returns>The digest, or <see langword="null"/> when there is no state.</returns>
    public static string? Digest(string? state) => state is null ? null : Hex(SHA256.HashData(Encoding.UTF8.GetBytes(state)));

    /// <summary>The canonical time text: UTC with seven fractional digits.</summary>
    /// <param name="time">The instant.</param>
    /// <returns>The text.</returns>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    internal static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);
}
