using System.Text.RegularExpressions;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Storage;

/// <summary>
/// Collection naming. Kernel collections are <c>k.{name}</c>; a plugin's are <c>p.{pluginId}.{name}</c>, so one
/// plugin can never name another's.
/// </summary>
public static partial class CollectionNames
{
    /// <summary>The longest collection name a provider must support.</summary>
    public const int MaxLength = 120;

    /// <summary>The kernel collection <paramref name="name"/>.</summary>
    /// <param name="name">The short name, e.g. <c>interactions</c>.</param>
    /// <returns>The full collection name.</returns>
    public static string Kernel(string name) => Validate($"k.{name}");

    /// <summary>The collection <paramref name="name"/> of plugin <paramref name="pluginId"/>.</summary>
    /// <param name="pluginId">The plugin id.</param>
    /// <param name="name">The plugin's collection name.</param>
    /// <returns>The full collection name.</returns>
    public static string Plugin(string pluginId, string name)
    {
        if (!ShortName().IsMatch(name))
        {
            throw new InvalidRequestException("collection", $"'{name}' is not a valid collection name: use lower-case letters, digits and dashes, starting with a letter.");
        }

        return Validate($"p.{pluginId}.{name}");
    }

    /// <summary>Throws unless <paramref name="collection"/> is a well-formed full collection name.</summary>
    /// <param name="collection">The full name.</param>
    /// <returns>The same name.</returns>
    public static string Validate(string collection)
    {
        if (collection is null || collection.Length > MaxLength || !FullName().IsMatch(collection))
        {
            throw new InvalidRequestException("collection", $"'{collection}' is not a valid collection name.");
        }

        return collection;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortName();

    [GeneratedRegex(@"^(k|p\.[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*)\.[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex FullName();
}
