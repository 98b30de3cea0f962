using ContactCenter.Plugins.Channels.Voice.Sip.Transport;
using ContactCenter.Plugins.Channels.Voice.Sip.Trunks;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Trunks;

/// <summary>
/// The registrations of the trunks that have <c>register</c>: started once SIP is bound, stopped (un-REGISTER) before
/// it is released. Their state is logged (7201-7203) and a trunk that is not registered degrades the plugin's health.
/// </summary>
internal sealed class VoiceTrunkRegistrations(VoiceOptions options, TimeProvider time, ILoggerFactory loggers)
{
    private readonly List<SipRegistrationClient> _clients = [];

    public IReadOnlyList<SipRegistrationClient> Clients => _clients;

    /// <summary>Why some trunk is not registered (null when all are, or while the first attempt runs).</summary>
    public string? Problem => _clients.Where(c => c.State == SipRegistrationState.Failed).Select(c => $"trunk {c.Account.Name} not registered ({c.LastResult})")
        .Aggregate((string?)null, (all, one) => all is null ? one : $"{all}; {one}");

    public void Start(ISipSender sender)
    {
        foreach (var trunk in options.Trunking.Trunks)
        {
            if (trunk is { Registration: { } registration, OutboundProxy: { } proxy })
            {
                var account = new SipRegistrationAccount(trunk.Id, proxy, registration.Username, registration.Secret, registration.Domain ?? proxy.Address.ToString(), registration.Realm, registration.ExpiresSeconds);
                var client = new SipRegistrationClient(account, sender, time, loggers.CreateLogger<SipRegistrationClient>());
                _clients.Add(client);
                client.Start();
            }
        }
    }

    public async Task StopAsync()
    {
        await Task.WhenAll(_clients.Select(c => c.StopAsync())).ConfigureAwait(false);
        _clients.Clear();
    }
}
