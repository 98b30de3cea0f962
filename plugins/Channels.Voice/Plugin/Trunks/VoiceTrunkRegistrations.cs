using ContactCenter.Plugins.Channels.Voice.Sip;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;
using ContactCenter.Plugins.Channels.Voice.Sip.Trunks;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Trunks;

/// <summary>
/// The trunk route (DNS resolution and the connections we open to carriers) and the registrations of the trunks that
/// have <c>register</c>: started once SIP is bound, stopped (un-REGISTER, connections closed) before it is released.
/// Their state is logged (7201-7203) and a trunk that is not registered degrades the plugin's health.
/// </summary>
internal sealed class VoiceTrunkRegistrations(VoiceOptions options, TimeProvider time, ILoggerFactory loggers) : IAsyncDisposable
{
    private readonly List<SipRegistrationClient> _clients = [];
    private SipTrunkRoute? _route;

    public IReadOnlyList<SipRegistrationClient> Clients => _clients;

    /// <summary>How requests reach a trunk's <see cref="VoiceTrunk.Proxy"/> (null until SIP is started).</summary>
    public ISipTrunkRoute? Route => _route;

    /// <summary>Why some trunk is not registered (null when all are, or while the first attempt runs).</summary>
    public string? Problem => _clients.Where(c => c.State is SipRegistrationState.Failed or SipRegistrationState.Unreachable)
        .Select(c => $"trunk {c.Account.Name} {(c.State == SipRegistrationState.Unreachable ? "unreachable" : "not registered")} ({c.LastResult})")
        .Aggregate((string?)null, (all, one) => all is null ? one : $"{all}; {one}");

    public void Start(SipServer server)
    {
        var connections = new SipClientConnections(server, server.Limits, time, loggers.CreateLogger<SipClientConnections>());
        var resolver = new SipTargetResolver(options.Trunking.DnsServers, time, loggers.CreateLogger<SipTargetResolver>());
        _route = new SipTrunkRoute(server, connections, resolver, loggers.CreateLogger<SipTrunkRoute>());
        foreach (var trunk in options.Trunking.Trunks)
        {
            if (trunk is { Registration: { } registration, Proxy: { } proxy })
            {
                var account = new SipRegistrationAccount(trunk.Id, proxy, registration.Username, registration.Secret, registration.Domain ?? proxy.Host, registration.Realm, registration.ExpiresSeconds);
                var client = new SipRegistrationClient(account, _route, time, loggers.CreateLogger<SipRegistrationClient>());
                _clients.Add(client);
                client.Start();
            }
        }
    }

    public async Task StopAsync()
    {
        await Task.WhenAll(_clients.Select(c => c.StopAsync())).ConfigureAwait(false);
        _clients.Clear();
        if (_route is not null)
        {
            await _route.DisposeAsync().ConfigureAwait(false);
            _route = null;
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);
}
