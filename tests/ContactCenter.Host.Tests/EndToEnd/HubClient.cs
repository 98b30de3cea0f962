using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Threading.Channels;
using ContactCenter.Testing.Hosting;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Host.Tests.EndToEnd;

/// <summary>A real SignalR client on one hub, pinned to the host's certificate, recording the messages it is sent.</summary>
internal sealed class HubClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly HubConnection _connection;
    private readonly Dictionary<string, Channel<JsonElement>> _received = new(StringComparer.Ordinal);

    private HubClient(HubConnection connection, string[] methods)
    {
        _connection = connection;
        foreach (var method in methods)
        {
            var channel = Channel.CreateUnbounded<JsonElement>();
            _received[method] = channel;
            connection.On<JsonElement>(method, m => channel.Writer.TryWrite(m));
        }
    }

    public static async Task<HubClient> ConnectAsync(RunningHost host, string path, string token, params string[] methods)
    {
        var pin = host.CertificateSha256;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(host.BaseAddress, path), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.HttpMessageHandlerFactory = _ => new SocketsHttpHandler { SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, c, _, _) => Matches(c, pin) } };
                options.WebSocketConfiguration = socket => socket.RemoteCertificateValidationCallback = (_, c, _, _) => Matches(c, pin);
            })
            .Build();
        var client = new HubClient(connection, methods);
        await connection.StartAsync();
        return client;
    }

    /// <summary>Reads <paramref name="method"/>'s messages until one matches, skipping the others (events of other tests and agents).</summary>
    public async Task<JsonElement> WaitForAsync(string method, Func<JsonElement, bool> match, string what)
    {
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            while (true)
            {
                var message = await _received[method].Reader.ReadAsync(timeout.Token);
                if (match(message))
                {
                    return message;
                }
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"The hub did not send {method} with {what} within {Patience.TotalSeconds:0} s.");
            throw;
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static bool Matches(X509Certificate? certificate, string pin) =>
        certificate is not null && new X509Certificate2(certificate).GetCertHashString(HashAlgorithmName.SHA256) == pin;
}
