using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ContactCenter.Plugins.Channels.Email.Tests.Support;

/// <summary>
/// A bare SMTP client over a socket, for what a well-behaved client (MailKit) will not send: a message larger than the
/// advertised SIZE, a SIZE parameter over it, bytes that are not a mail.
/// </summary>
internal sealed class SmtpWire : IAsyncDisposable
{
    private readonly TcpClient _client = new();
    private StreamReader _reader = null!;
    private Stream _stream = null!;

    public static async Task<SmtpWire> ConnectAsync(IPEndPoint endPoint)
    {
        var wire = new SmtpWire();
        await wire._client.ConnectAsync(endPoint);
        wire._stream = wire._client.GetStream();
        wire._reader = new StreamReader(wire._stream, Encoding.ASCII);
        var greeting = await wire.ReadReplyAsync();
        Assert.StartsWith("220", greeting, StringComparison.Ordinal);
        return wire;
    }

    /// <summary>Sends one command line and returns the whole reply (every line of a multi-line one).</summary>
    public async Task<string> CommandAsync(string line)
    {
        await WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n"));
        return await ReadReplyAsync();
    }

    /// <summary>MAIL, RCPT and DATA, each accepted, so the content can follow.</summary>
    public async Task BeginDataAsync(string from, string to)
    {
        Assert.StartsWith("250", await CommandAsync($"MAIL FROM:<{from}>"), StringComparison.Ordinal);
        Assert.StartsWith("250", await CommandAsync($"RCPT TO:<{to}>"), StringComparison.Ordinal);
        Assert.StartsWith("354", await CommandAsync("DATA"), StringComparison.Ordinal);
    }

    /// <summary>Sends DATA's content (dot-stuffing left to the caller) and its end, returning the reply to it.</summary>
    public async Task<string> DataAsync(byte[] content)
    {
        await WriteAsync(content);
        await WriteAsync("\r\n.\r\n"u8.ToArray());
        return await ReadReplyAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _client.Dispose();
    }

    private async Task WriteAsync(byte[] bytes)
    {
        await _stream.WriteAsync(bytes);
        await _stream.FlushAsync();
    }

    private async Task<string> ReadReplyAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var lines = new List<string>();
        while (true)
        {
            var line = await _reader.ReadLineAsync(timeout.Token) ?? throw new IOException($"The server closed the connection after: {string.Join(" | ", lines)}");
            lines.Add(line);
            if (line.Length < 4 || line[3] != '-')
            {
                return string.Join("\n", lines);
            }
        }
    }
}
