using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace ContactCenter.Kernel.Identity.OAuth.Stores;

/// <summary>Conversions between OpenIddict's immutable collections and the entities' plain JSON-friendly ones.</summary>
internal static class OAuthValues
{
    public static ImmutableArray<string> Array(List<string> values) => [.. values];

    public static List<string> List(ImmutableArray<string> values) => values.IsDefault ? [] : [.. values];

    public static ImmutableDictionary<string, JsonElement> Properties(Dictionary<string, JsonElement>? values) =>
        values is null ? ImmutableDictionary<string, JsonElement>.Empty : values.ToImmutableDictionary(StringComparer.Ordinal);

    public static Dictionary<string, JsonElement>? Properties(ImmutableDictionary<string, JsonElement> values) =>
        values is null || values.IsEmpty ? null : new Dictionary<string, JsonElement>(values, StringComparer.Ordinal);

    public static ImmutableDictionary<CultureInfo, string> Cultures(Dictionary<string, string>? values) =>
        values is null
            ? ImmutableDictionary<CultureInfo, string>.Empty
            : values.ToImmutableDictionary(p => CultureInfo.GetCultureInfo(p.Key), p => p.Value);

    public static Dictionary<string, string>? Cultures(ImmutableDictionary<CultureInfo, string> values) =>
        values is null || values.IsEmpty ? null : values.ToDictionary(p => p.Key.Name, p => p.Value, StringComparer.Ordinal);

    public static ImmutableDictionary<string, string> Settings(Dictionary<string, string>? values) =>
        values is null ? ImmutableDictionary<string, string>.Empty : values.ToImmutableDictionary(StringComparer.Ordinal);

    public static Dictionary<string, string>? Settings(ImmutableDictionary<string, string> values) =>
        values is null || values.IsEmpty ? null : new Dictionary<string, string>(values, StringComparer.Ordinal);
}
