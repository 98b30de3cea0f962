using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Support;

/// <summary>Loads the RFC 4475 messages of Rfc4475/*.sip (LF stored, CRLF on the wire, &lt;hex&gt; decoded).</summary>
internal static partial class TortureMessages
{
    public static byte[] Load(string name)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Rfc4475", name + ".sip"), Encoding.UTF8);
        var bytes = new List<byte>();
        var position = 0;
        foreach (Match match in HexBlock().Matches(text))
        {
            bytes.AddRange(Wire(text[position..match.Index]));
            var hex = match.Groups[1].Value;
            for (var i = 0; i < hex.Length; i += 2)
            {
                bytes.Add(byte.Parse(hex.AsSpan(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            }

            position = match.Index + match.Length;
        }

        bytes.AddRange(Wire(text[position..]));
        return [.. bytes];
    }

    private static byte[] Wire(string text) => Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal));

    [GeneratedRegex("<hex>([0-9A-Fa-f]*)</hex>")]
    private static partial Regex HexBlock();
}
