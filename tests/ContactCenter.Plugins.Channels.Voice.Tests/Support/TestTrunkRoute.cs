using System.Net;
using ContactCenter.Plugins.Channels.Voice.Sip;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;
using ContactCenter.Plugins.Channels.Voice.Sip.Trunks;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Support;

/// <summary>A trunk route over a test server's transports, its own client connections and a resolver (system DNS, or a stand-in).</summary>
internal static class TestTrunkRoute
{
    public static SipTrunkRoute Create(SipServer server, IPEndPoint? dns = null, TimeProvider? time = null, TimeSpan? connectTimeout = null)
    {
        var clock = time ?? TimeProvider.System;
        var connections = new SipClientConnections(server, server.Limits, clock, NullLogger.Instance) { ConnectTimeout = connectTimeout ?? TimeSpan.FromSeconds(10) };
        var resolver = new SipTargetResolver(dns is null ? [] : [dns], clock, NullLogger.Instance);
        return new SipTrunkRoute(server, connections, resolver, NullLogger.Instance);
    }
}
