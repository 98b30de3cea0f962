using System.Globalization;

namespace ContactCenter.Cli.Audit;

/// <summary>The query string of <c>GET /api/v1/audit/export</c>.</summary>
internal static class AuditQueryString
{
    public static string Of(DateTimeOffset? from, DateTimeOffset? to, string? actor, string? target, string? action)
    {
        var parts = new List<string>();
        Add(parts, "from", from?.ToString("O", CultureInfo.InvariantCulture));
        Add(parts, "to", to?.ToString("O", CultureInfo.InvariantCulture));
        Add(parts, "actor", actor);
        Add(parts, "target", target);
        Add(parts, "action", action);
        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            parts.Add(name + "=" + Uri.EscapeDataString(value));
        }
    }
}
