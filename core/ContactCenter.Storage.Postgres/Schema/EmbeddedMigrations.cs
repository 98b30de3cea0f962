using System.Text.RegularExpressions;

namespace ContactCenter.Storage.Postgres.Schema;

/// <summary>The migrations shipped in this assembly (<c>Migrations/*.sql</c>), in name order.</summary>
internal static partial class EmbeddedMigrations
{
    private const string Prefix = "Migrations/";

    public static IReadOnlyList<Migration> All { get; } = Load();

    private static Migration[] Load()
    {
        var assembly = typeof(EmbeddedMigrations).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n =>
            {
                var name = n[Prefix.Length..];
                if (!FileName().IsMatch(name))
                {
                    throw new InvalidOperationException($"Migration '{name}' must be named NNNN_description.sql.");
                }

                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return new Migration(name[..^4], reader.ReadToEnd());
            })
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToArray();
    }

    [GeneratedRegex(@"^\d{4}_[a-z0-9_]+\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}
