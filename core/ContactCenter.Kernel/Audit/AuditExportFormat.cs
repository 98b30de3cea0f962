using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContactCenter.Kernel.Audit;

/// <summary>
/// The JSON-lines export: a header line, then one line per entry in sequence order, then the checkpoints. Every line is
/// an object whose <c>recordType</c> is <c>header</c>, <c>entry</c> or <c>checkpoint</c>; the other properties of an
/// entry are those of <see cref="AuditRecord"/> (camelCase), of a checkpoint those of <see cref="AuditCheckpoint"/>.
/// </summary>
public static class AuditExportFormat
{
    /// <summary>The format name in the header.</summary>
    public const string FormatName = "cc-audit/1";

    /// <summary>One header, entry or checkpoint as one line (without the newline).</summary>
    /// <param name="recordType">header, entry or checkpoint.</param>
    /// <param name="value">The object.</param>
    /// <returns>The line.</returns>
    public static string Line<T>(string recordType, T value)
    {
        var node = JsonSerializer.SerializeToNode(value, KernelJson.Options)!.AsObject();
        var line = new JsonObject { ["recordType"] = recordType };
        foreach (var (name, child) in node.ToList())
        {
            node.Remove(name);
            line[name] = child;
        }

        return line.ToJsonString(KernelJson.Options);
    }

    /// <summary>The header line of an export.</summary>
    /// <param name="exportedAt">When.</param>
    /// <param name="query">What was asked for.</param>
    /// <returns>The line.</returns>
    public static string Header(DateTimeOffset exportedAt, AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Line("header", new AuditExportHeader(FormatName, exportedAt, query.IsFiltered, query.From, query.To, query.Actor, query.Target, query.Action));
    }

    /// <summary>Reads an export. A line that is not valid JSON or has an unknown record type is an error naming the line.</summary>
    /// <param name="reader">The text.</param>
    /// <returns>The header (if any), the entries with their line numbers, and the checkpoints.</returns>
    /// <exception cref="InvalidDataException">A line cannot be read.</exception>
    public static async Task<AuditExport> ReadAsync(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        AuditExportHeader? header = null;
        var entries = new List<(AuditRecord, long)>();
        var checkpoints = new List<AuditCheckpoint>();
        long number = 0;
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } text)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            try
            {
                var node = JsonNode.Parse(text)?.AsObject() ?? throw new InvalidDataException($"Line {number} is not a JSON object.");
                switch (node["recordType"]?.GetValue<string>())
                {
                    case "header":
                        header = node.Deserialize<AuditExportHeader>(KernelJson.Options);
                        break;
                    case "entry":
                        entries.Add((node.Deserialize<AuditRecord>(KernelJson.Options) ?? throw new InvalidDataException($"Line {number} is empty."), number));
                        break;
                    case "checkpoint":
                        checkpoints.Add(node.Deserialize<AuditCheckpoint>(KernelJson.Options) ?? throw new InvalidDataException($"Line {number} is empty."));
                        break;
                    case var other:
                        throw new InvalidDataException($"Line {number} has recordType '{other}'; expected header, entry or checkpoint.");
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
            {
                throw new InvalidDataException($"Line {number} is not a valid audit export line: {ex.Message}", ex);
            }
        }

        return new AuditExport(header, entries, checkpoints);
    }

    /// <summary>UTF-8 without a byte order mark, for writers of exports.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
