using System.Text.Json;

namespace ContactCenter.Kernel.Plugins.Manifest;

/// <summary>Typed access to manifest properties that records a problem (naming the field) instead of throwing.</summary>
internal sealed class ManifestFields(JsonElement root)
{
    public JsonElement Root { get; } = root;

    public List<string> Errors { get; } = [];

    public bool TryGet(string name, out JsonElement value) =>
        Root.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    public string? RequiredString(string name, int maxLength = 1000)
    {
        if (!TryGet(name, out _))
        {
            Errors.Add($"'{name}': is required.");
            return null;
        }

        return OptionalString(name, maxLength);
    }

    public string? OptionalString(string name, int maxLength = 1000)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            Errors.Add($"'{name}': must be a non-empty string.");
            return null;
        }

        var text = value.GetString()!;
        if (text.Length > maxLength)
        {
            Errors.Add($"'{name}': must be at most {maxLength} characters.");
            return null;
        }

        return text;
    }

    public long? OptionalInteger(string name, long min, long max)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number) || number < min || number > max)
        {
            Errors.Add($"'{name}': must be a whole number from {min} to {max}.");
            return null;
        }

        return number;
    }

    /// <summary>An array of distinct strings, each one of <paramref name="allowed"/>.</summary>
    public IReadOnlyList<string>? StringArray(string name, bool required, IReadOnlyList<string> allowed)
    {
        if (!TryGet(name, out var value))
        {
            if (required)
            {
                Errors.Add($"'{name}': is required.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            Errors.Add($"'{name}': must be an array of strings.");
            return null;
        }

        var items = value.EnumerateArray().Select(e => e.GetString()!).ToList();
        foreach (var unknown in items.Where(i => !allowed.Contains(i, StringComparer.Ordinal)).Distinct())
        {
            Errors.Add($"'{name}': '{unknown}' is not one of {string.Join(", ", allowed)}.");
        }

        foreach (var duplicate in items.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Errors.Add($"'{name}': '{duplicate.Key}' is listed more than once.");
        }

        return items;
    }

    /// <summary>Reads <c>collections</c>: <c>{"name": {"indexes": ["field", ...]}}</c>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Collections()
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (!TryGet("collections", out var value))
        {
            return result;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Errors.Add("'collections': must be an object whose properties are collection names.");
            return result;
        }

        foreach (var collection in value.EnumerateObject())
        {
            var where = $"'collections.{collection.Name}'";
            if (!ManifestRules.IsValidCollectionName(collection.Name))
            {
                Errors.Add($"{where}: the name must be lower-case letters, digits and dashes, starting with a letter, at most 40 characters.");
            }

            if (collection.Value.ValueKind != JsonValueKind.Object)
            {
                Errors.Add($"{where}: must be an object with an 'indexes' array.");
                continue;
            }

            foreach (var unknown in collection.Value.EnumerateObject().Where(p => p.Name != "indexes"))
            {
                Errors.Add($"{where}: unknown property '{unknown.Name}' (only 'indexes' is known).");
            }

            var indexes = new List<string>();
            if (collection.Value.TryGetProperty("indexes", out var array))
            {
                if (array.ValueKind != JsonValueKind.Array || array.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
                {
                    Errors.Add($"{where}.indexes: must be an array of field paths.");
                }
                else
                {
                    indexes.AddRange(array.EnumerateArray().Select(e => e.GetString()!));
                    foreach (var bad in indexes.Where(i => !ManifestRules.IsValidFieldPath(i) || i == "id"))
                    {
                        Errors.Add($"{where}.indexes: '{bad}' is not a field path (camelCase names separated by dots; 'id' is always indexed).");
                    }
                }
            }

            result[collection.Name] = indexes;
        }

        return result;
    }
}
