using System.Text;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>
/// A name-addr or addr-spec with header parameters (From, To, Contact, Route, Record-Route), or the Contact
/// wildcard "*". <see cref="DisplayName"/> is unquoted (quoted-pair escapes removed).
/// </summary>
internal sealed class SipNameAddress
{
    public string? DisplayName { get; init; }

    /// <summary>The URI; null only for the wildcard.</summary>
    public SipUri? Uri { get; init; }

    public SipParameters Parameters { get; init; } = new();

    public bool IsWildcard => Uri is null;

    public string? Tag => Parameters.Get("tag");

    public static SipNameAddress Parse(string value, string header, bool allowWildcard = false) =>
        SipNameAddressParser.Parse(value, header, allowWildcard);

    public static IReadOnlyList<SipNameAddress> ParseList(IEnumerable<string> values, string header, bool allowWildcard = false)
    {
        var list = new List<SipNameAddress>();
        foreach (var value in values)
        {
            foreach (var element in SipValueSplitter.Split(value, header))
            {
                list.Add(Parse(element, header, allowWildcard));
            }
        }

        return list;
    }

    public override string ToString()
    {
        if (Uri is null)
        {
            return "*";
        }

        var builder = new StringBuilder();
        if (DisplayName is not null)
        {
            builder.Append('"');
            foreach (var c in DisplayName)
            {
                if (c is '"' or '\\')
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }

            builder.Append("\" ");
        }

        builder.Append('<').Append(Uri).Append('>');
        Parameters.AppendTo(builder);
        return builder.ToString();
    }
}
