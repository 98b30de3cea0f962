using System.Globalization;

namespace ContactCenter.Plugins.Channels.Voice.Media.Sdp;

/// <summary>Line-by-line SDP parser: type=value lines, CRLF or LF; v= must come first and o= is mandatory.</summary>
internal static class SdpParser
{
    public static SdpSession Parse(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0 || lines[0] != "v=0")
        {
            throw new FormatException("SDP must start with v=0");
        }

        SdpSession? session = null;
        string? sessionConnection = null;
        var sessionDirection = SdpDirection.SendRecv;
        var media = new List<SdpMedia>();
        foreach (var line in lines.Skip(1))
        {
            if (line.Length < 2 || line[1] != '=')
            {
                throw new FormatException($"Malformed SDP line '{Truncate(line)}'");
            }

            var value = line[2..];
            var current = media.Count > 0 ? media[^1] : null;
            switch (line[0])
            {
                case 'o':
                    var origin = value.Split(' ');
                    if (origin.Length != 6 || !ulong.TryParse(origin[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                        || !ulong.TryParse(origin[2], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
                    {
                        throw new FormatException("Malformed SDP origin (o=)");
                    }

                    session = new SdpSession { OriginUser = origin[0], SessionId = id, Version = version, OriginAddress = origin[5], Media = media };
                    break;
                case 'c':
                    var connection = value.Split(' ');
                    if (connection.Length != 3 || connection[0] != "IN")
                    {
                        throw new FormatException("Malformed SDP connection (c=)");
                    }

                    var address = connection[2].Split('/')[0];
                    if (current is null)
                    {
                        sessionConnection = address;
                    }
                    else
                    {
                        current.ConnectionAddress = address;
                    }

                    break;
                case 'm':
                    media.Add(ParseMedia(value, sessionDirection));
                    break;
                case 'a':
                    if (current is null)
                    {
                        sessionDirection = SdpAttributes.Direction(value) ?? sessionDirection;
                    }
                    else
                    {
                        SdpAttributes.Apply(current, value);
                    }

                    break;
            }
        }

        if (session is null)
        {
            throw new FormatException("SDP has no origin (o=)");
        }

        session.ConnectionAddress = sessionConnection;
        return session;
    }

    private static SdpMedia ParseMedia(string value, SdpDirection direction)
    {
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 4 || !int.TryParse(parts[1].Split('/')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            throw new FormatException("Malformed SDP media (m=)");
        }

        return new SdpMedia { Media = parts[0], Port = port, Protocol = parts[2], Formats = [.. parts[3..]], Direction = direction };
    }

    private static string Truncate(string line) => line.Length > 40 ? line[..40] : line;
}
