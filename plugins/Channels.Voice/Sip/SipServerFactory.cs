using ContactCenter.Plugins.Channels.Voice.Sip.Auth;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using ContactCenter.Plugins.Channels.Voice.Sip.Registrar;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Sip;

/// <summary>Composes the server core with the registrar (digest authentication, bans), OPTIONS and, for calls, the UAS call layer.</summary>
internal static class SipServerFactory
{
    public static SipServer CreateRegistrarServer(SipServerOptions options, ISipCredentialStore credentials, TimeProvider time, ILoggerFactory loggers) =>
        Create(options, credentials, time, loggers, calls: null, new SipBindingStore(time), new SipBanList(options.Protection, time));

    /// <summary>
    /// Registrar plus inbound calls handed to <paramref name="application"/>. <paramref name="bindings"/>: the registered
    /// contacts, when the caller must reach them (to drop a user's registrations when its credentials change).
    /// </summary>
    public static (SipServer Server, SipCallManager Calls) CreateCallServer(
        SipServerOptions options, SipCallOptions callOptions, ISipCredentialStore credentials, ISipCallApplication application, TimeProvider time, ILoggerFactory loggers,
        SipBindingStore? bindings = null)
    {
        bindings ??= new SipBindingStore(time);
        var bans = new SipBanList(options.Protection, time);
        var calls = new SipCallManager(callOptions, application, time, loggers.CreateLogger<SipCallManager>(), bindings, bans);
        return (Create(options, credentials, time, loggers, calls, bindings, bans), calls);
    }

    private static SipServer Create(SipServerOptions options, ISipCredentialStore credentials, TimeProvider time, ILoggerFactory loggers, SipCallManager? calls, SipBindingStore bindings, SipBanList bans)
    {
        var authenticator = new SipDigestAuthenticator(credentials, new SipNonceService(time, options.NonceLifetime), options.Realm, options.DigestAlgorithms);
        var registrar = new SipRegistrar(options.Registrar, authenticator, bindings, bans, time, loggers.CreateLogger<SipRegistrar>());
        return new SipServer(options, [registrar], bans, time, loggers.CreateLogger<SipServer>(), calls);
    }
}
