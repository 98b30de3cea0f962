using ContactCenter.Plugins.Channels.Voice.Sip.Auth;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using ContactCenter.Plugins.Channels.Voice.Sip.Registrar;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Sip;

/// <summary>Composes the server core with the registrar (digest authentication, bans) and OPTIONS.</summary>
internal static class SipServerFactory
{
    public static SipServer CreateRegistrarServer(SipServerOptions options, ISipCredentialStore credentials, TimeProvider time, ILoggerFactory loggers)
    {
        var bans = new SipBanList(options.Protection, time);
        var authenticator = new SipDigestAuthenticator(credentials, new SipNonceService(time, options.NonceLifetime), options.Realm, options.DigestAlgorithms);
        var registrar = new SipRegistrar(options.Registrar, authenticator, new SipBindingStore(time), bans, time, loggers.CreateLogger<SipRegistrar>());
        return new SipServer(options, [registrar], bans, time, loggers.CreateLogger<SipServer>());
    }
}
