namespace ContactCenter.Plugins.Channels.Voice.Tests.Support;

/// <summary>
/// Random mutations of valid messages for fuzzing: bit flips, truncation, duplication of a slice, insertion of
/// CR/LF/NUL/quotes/separators, and huge numbers. Shared by the unit-test fuzz run and the long fuzz runner.
/// </summary>
internal sealed class SipMutator(int seed)
{
    private static readonly byte[][] Inserts =
    [
        "\r"u8.ToArray(), "\n"u8.ToArray(), "\0"u8.ToArray(), "\r\n"u8.ToArray(), "\r\n\r\n"u8.ToArray(), "\""u8.ToArray(),
        "<"u8.ToArray(), ">"u8.ToArray(), ";"u8.ToArray(), ","u8.ToArray(), ":"u8.ToArray(), "%"u8.ToArray(), "\\"u8.ToArray(),
        " "u8.ToArray(), "\t"u8.ToArray(), "\r\n "u8.ToArray(), "[::1]"u8.ToArray(), "99999999999999999999999999"u8.ToArray(),
        "-1"u8.ToArray(), "\xff\xfe"u8.ToArray(), "Content-Length: 99999\r\n"u8.ToArray(), "Via: ,,,\r\n"u8.ToArray(),
    ];

    private readonly Random _random = new(seed);

    public byte[] Mutate(byte[] input)
    {
        var data = new List<byte>(input);
        var rounds = _random.Next(1, 5);
        for (var i = 0; i < rounds && data.Count > 0; i++)
        {
            var position = _random.Next(data.Count);
            switch (_random.Next(6))
            {
                case 0:
                    data[position] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1:
                    data.RemoveRange(position, data.Count - position);
                    break;
                case 2:
                    var length = Math.Min(_random.Next(1, 64), data.Count - position);
                    data.InsertRange(position, data.GetRange(position, length));
                    break;
                case 3:
                    data.InsertRange(position, Inserts[_random.Next(Inserts.Length)]);
                    break;
                case 4:
                    data.RemoveRange(position, Math.Min(_random.Next(1, 16), data.Count - position));
                    break;
                default:
                    data[position] = (byte)_random.Next(256);
                    break;
            }
        }

        return [.. data];
    }
}
