using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContactCenter.Kernel.Security.Encryption.Providers;

/// <summary>
/// The file provider's key file: <c>{"format":1,"current":"file-2","keys":[{"id":"file-1","key":"…","createdAt":"…"},…]}</c>.
/// Every version is kept: data keys wrapped by an old version stay readable until they are re-wrapped.
/// </summary>
internal sealed record MasterKeyFile(int Format, string Current, IReadOnlyList<MasterKeyFileEntry> Keys)
{
    public const int CurrentFormat = 1;

    public static MasterKeyFile New(DateTimeOffset now) =>
        new(CurrentFormat, "file-1", [new MasterKeyFileEntry("file-1", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), now)]);

    public MasterKeyFile AddVersion(DateTimeOffset now)
    {
        var next = "file-" + (Keys.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return this with { Current = next, Keys = [.. Keys, new MasterKeyFileEntry(next, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), now)] };
    }

    public byte[] Serialize() => JsonSerializer.SerializeToUtf8Bytes(this, MasterKeyFileJson.Default.MasterKeyFile);

    /// <summary>Reads and checks the file; a problem is reported naming the file and the key id, never a key.</summary>
    public static MasterKeyFile Parse(string path, byte[] bytes)
    {
        MasterKeyFile? file;
        try
        {
            file = JsonSerializer.Deserialize(bytes, MasterKeyFileJson.Default.MasterKeyFile);
        }
        catch (JsonException)
        {
            file = null;
        }

        if (file is null || file.Format != CurrentFormat || file.Keys is null || file.Keys.Count == 0)
        {
            throw new InvalidDataException($"The master key file {path} is not a ContactCenter key file (format {CurrentFormat} with at least one key).");
        }

        foreach (var entry in file.Keys)
        {
            if (!MasterKeyIds.IsValid(entry.Id) || !IsKey(entry.Key))
            {
                throw new InvalidDataException($"The master key file {path} has an invalid entry '{entry.Id}': every key must be base64 of 32 bytes.");
            }
        }

        return file.Keys.Any(k => k.Id == file.Current)
            ? file
            : throw new InvalidDataException($"The master key file {path} names current key '{file.Current}', which it does not hold.");
    }

    private static bool IsKey(string? text)
    {
        Span<byte> buffer = stackalloc byte[33];
        return text is not null && Convert.TryFromBase64String(text, buffer, out var written) && written == 32;
    }
}

/// <summary>One master key version in the key file.</summary>
internal sealed record MasterKeyFileEntry(string Id, string Key, DateTimeOffset CreatedAt);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(MasterKeyFile))]
internal sealed partial class MasterKeyFileJson : JsonSerializerContext;
