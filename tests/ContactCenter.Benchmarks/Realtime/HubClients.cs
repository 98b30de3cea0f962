using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using ContactCenter.Testing.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Benchmarks.Realtime;

/// <summary>
/// Real SignalR clients over WebSockets (TLS pinned to the host's certificate), connected in parallel batches so a
/// thousand of them do not take minutes. Messages are read as <see cref="JsonElement"/>, as a browser reads them.
/// </summary>
internal static class HubClients
{
    /// <summary>An agent whose presence a supervisor's first round trip reads (an unknown one would log a server error per connection).</summary>
    public static string KnownAgent { get; set; } = "bench-nobody";

    public static async Task<HubConnection> ConnectAsync(RunningHost host, string path, string token, Action<HubConnection> register)
    {
        var pin = host.CertificateSha256;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(host.BaseAddress, path), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.SkipNegotiation = true;
                options.Transports = HttpTransportType.WebSockets;
                options.WebSocketConfiguration = socket => socket.RemoteCertificateValidationCallback = (_, c, _, _) => Matches(c, pin);
            })
            .Build();
        connection.ServerTimeout = TimeSpan.FromMinutes(2);
        register(connection);
        await connection.StartAsync();
        await JoinedAsync(connection, path);
        return connection;
    }

    /// <summary>Connects <paramref name="count"/> clients, <paramref name="parallel"/> at a time; the index goes to the callbacks.</summary>
    public static async Task<List<HubConnection>> ConnectManyAsync(
        RunningHost host, string path, int count, int parallel, Func<int, string> token, Action<int, HubConnection> register)
    {
        var connections = new HubConnection[count];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var index = i;
                connections[index] = await ConnectAsync(host, path, token(index), c => register(index, c));
            }
        })));
        return [.. connections];
    }

    public static async Task DisposeAllAsync(IEnumerable<HubConnection> connections) =>
        await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask()));

    /// <summary>
    /// The server adds a connection to its groups in <c>OnConnectedAsync</c>, which may end after the client's start;
    /// one completed round trip (answered or refused) guarantees later group sends reach it.
    /// </summary>
    private static async Task JoinedAsync(HubConnection connection, string path)
    {
        try
        {
            _ = path == "/hubs/agent"
                ? await connection.InvokeAsync<JsonElement>("GetPresence")
                : await connection.InvokeAsync<JsonElement>("GetAgentPresence", KnownAgent);
        }
        catch (HubException)
        {
            // Refused (an unknown agent): still a completed round trip.
        }
    }

    private static bool Matches(X509Certificate? certificate, string pin) =>
        certificate is X509Certificate2 c ? c.GetCertHashString(HashAlgorithmName.SHA256) == pin
        : certificate is not null && X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()).GetCertHashString(HashAlgorithmName.SHA256) == pin;
}
