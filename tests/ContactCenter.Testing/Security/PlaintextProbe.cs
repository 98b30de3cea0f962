using System.Text;
using ContactCenter.Kernel.Contacts;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Testing.Security;

/// <summary>
/// Distinctive personal data to write through the kernel, and the check that none of it appears in raw storage bytes,
/// in UTF-8, UTF-16 (little and big endian) or hex.
/// </summary>
public static class PlaintextProbe
{
    /// <summary>Contacts whose names, phones and emails appear nowhere else.</summary>
    public static IReadOnlyList<ContactRequest> Contacts { get; } =
    [
        new("Xiomara Quirós Vindas", ["+506 8311-9047"], ["xiomara.quiros@probe-mail.example"]),
        new("Wenceslao Brenes", ["83129058"], ["WENCESLAO.BRENES@probe-mail.example"]),
    ];

    /// <summary>A closed interaction whose subject and disposition notes carry the probe's personal data.</summary>
    /// <param name="id">The interaction id.</param>
    /// <param name="at">Its timestamps.</param>
    /// <returns>The snapshot.</returns>
    public static Interaction Interaction(string id, DateTimeOffset at) => new()
    {
        Id = id, Channel = ChannelKind.Voice, Direction = Direction.Inbound, State = InteractionState.Closed, Version = 5, CreatedAt = at, StateChangedAt = at,
        Subject = "Reclamo de Xiomara Quirós por choque",
        Disposition = new DispositionRef("resolved", "Wenceslao Brenes devuelve la llamada al 8311-9047"),
        Attributes = new Dictionary<string, string> { ["line"] = "auto" },
    };

    /// <summary>The fragments that must not appear (the normalised forms are what would be stored).</summary>
    public static IReadOnlyList<string> Secrets { get; } =
        ["Xiomara", "Quirós", "Wenceslao", "Brenes", "83119047", "83129058", "8311-9047", "xiomara.quiros", "wenceslao.brenes", "probe-mail"];

    /// <summary>The fragments found in <paramref name="raw"/>, with the encoding they were found in.</summary>
    public static IReadOnlyList<string> Find(ReadOnlySpan<byte> raw)
    {
        var found = new List<string>();
        foreach (var secret in Secrets)
        {
            foreach (var (name, encoding) in new (string, Encoding)[] { ("UTF-8", Encoding.UTF8), ("UTF-16LE", Encoding.Unicode), ("UTF-16BE", Encoding.BigEndianUnicode) })
            {
                foreach (var variant in new[] { secret, secret.ToLowerInvariant(), secret.ToUpperInvariant() })
                {
                    if (raw.IndexOf(encoding.GetBytes(variant)) >= 0)
                    {
                        found.Add($"'{variant}' in {name}");
                    }
                }
            }

            if (raw.IndexOf(Encoding.ASCII.GetBytes(Convert.ToHexStringLower(Encoding.UTF8.GetBytes(secret)))) >= 0)
            {
                found.Add($"'{secret}' as hex");
            }
        }

        return found.Distinct().ToArray();
    }
}
