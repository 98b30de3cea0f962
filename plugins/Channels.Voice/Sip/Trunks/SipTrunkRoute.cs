using System.Net;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Trunks;

/// <summary>Sends requests to a carrier: resolves its target, picks the transport and the connection, fails over.</summary>
internal interface ISipTrunkRoute
{
    /// <summary>
    /// Sends the request <paramref name="build"/> makes for a hop (its Via and Contact must use the hop's
    /// <see cref="SipTrunkHop.SentBy"/> and transport) in a client transaction, trying the resolved endpoints in
    /// order: an endpoint that cannot be connected to, does not answer (408) or answers 503 gives way to the next.
    /// </summary>
    Task<SipTrunkResult> SendAsync(SipTrunkTarget target, Func<SipTrunkHop, SipRequest> build, CancellationToken cancellationToken = default);

    /// <summary>As the other overload for a ready request: its top Via is replaced (or added) for each hop tried.</summary>
    Task<SipTrunkResult> SendAsync(SipTrunkTarget target, SipRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// The first resolved endpoint that can be reached (connected to, for TCP/TLS), for a transaction its caller runs
    /// itself (an INVITE and its dialog); a result without <see cref="SipTrunkResult.Hop"/> says why none could.
    /// </summary>
    Task<SipTrunkResult> ConnectAsync(SipTrunkTarget target, CancellationToken cancellationToken = default);
}

/// <summary>One endpoint a request went to: the peer (its connection for TCP/TLS), the address, and our sent-by there.</summary>
internal sealed record SipTrunkHop(SipSource Peer, IPEndPoint Destination, string SentBy)
{
    /// <summary>"UDP", "TCP" or "TLS", as Via writes it.</summary>
    public string Transport => Peer.Transport;

    /// <summary><c>;transport=tcp</c> or <c>;transport=tls</c> for a Contact URI; empty for UDP.</summary>
    public string UriParameter => Transport == "UDP" ? string.Empty : ";transport=" + Transport.ToLowerInvariant();

    /// <summary>A top Via for a new transaction on this hop.</summary>
    public string Via() => $"SIP/2.0/{Transport} {SentBy};branch={SipTags.NewBranch()};rport";
}

/// <summary>How a request to a trunk ended: answered (<see cref="Response"/> from <see cref="Hop"/>), or not sent anywhere.</summary>
internal sealed record SipTrunkResult(SipTrunkReach Outcome, SipResponse? Response, SipTrunkHop? Hop, string? Failure)
{
    public bool Answered => Outcome == SipTrunkReach.Answered;
}

internal enum SipTrunkReach
{
    /// <summary>A final response came back (possibly a synthetic 408 or a 503 from the last endpoint).</summary>
    Answered,

    /// <summary>DNS gave no endpoint (NXDOMAIN, no address, no DNS answer).</summary>
    Unresolved,

    /// <summary>No endpoint could be connected to (refused, timed out, TLS certificate refused).</summary>
    Unreachable,
}

/// <summary>The trunk route over the SIP server's transports, its own client connections and a resolver.</summary>
internal sealed partial class SipTrunkRoute(ISipSender sender, SipClientConnections connections, SipTargetResolver resolver, ILogger logger) : ISipTrunkRoute, IAsyncDisposable
{
    private const int ServiceUnavailable = 503;
    private const int RequestTimeout = 408;

    public SipClientConnections Connections => connections;

    public SipTargetResolver Resolver => resolver;

    public Task<SipTrunkResult> SendAsync(SipTrunkTarget target, SipRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(
            target,
            hop =>
            {
                if (request.Headers.Get(SipHeaderNames.Via) is null)
                {
                    request.Headers.Add(SipHeaderNames.Via, hop.Via());
                }
                else
                {
                    request.Headers.ReplaceFirst(SipHeaderNames.Via, hop.Via());
                }

                return request;
            },
            cancellationToken);

    public async Task<SipTrunkResult> SendAsync(SipTrunkTarget target, Func<SipTrunkHop, SipRequest> build, CancellationToken cancellationToken = default)
    {
        var resolution = await resolver.ResolveAsync(target, cancellationToken).ConfigureAwait(false);
        if (resolution.Targets.Count == 0)
        {
            return Unresolved(resolution);
        }

        var failures = new List<string>();
        SipTrunkResult? last = null;
        foreach (var destination in resolution.Targets)
        {
            if (await HopAsync(target, destination, failures, cancellationToken).ConfigureAwait(false) is not { } hop)
            {
                continue;
            }

            var response = await sender.SendRequestAsync(build(hop), hop.Peer, destination).ConfigureAwait(false);
            last = new SipTrunkResult(SipTrunkReach.Answered, response, hop, null);
            if (response.StatusCode is not (ServiceUnavailable or RequestTimeout))
            {
                return last;
            }

            failures.Add($"{destination}: {response.StatusCode} {response.ReasonPhrase}");
            LogFailover(logger, target.ToString(), destination.ToString(), response.StatusCode);
        }

        return last ?? Unreachable(failures);
    }

    public async Task<SipTrunkResult> ConnectAsync(SipTrunkTarget target, CancellationToken cancellationToken = default)
    {
        var resolution = await resolver.ResolveAsync(target, cancellationToken).ConfigureAwait(false);
        if (resolution.Targets.Count == 0)
        {
            return Unresolved(resolution);
        }

        var failures = new List<string>();
        foreach (var destination in resolution.Targets)
        {
            if (await HopAsync(target, destination, failures, cancellationToken).ConfigureAwait(false) is { } hop)
            {
                return new SipTrunkResult(SipTrunkReach.Answered, null, hop, null);
            }
        }

        return Unreachable(failures);
    }

    /// <summary>The hop to <paramref name="destination"/>: UDP as is, TCP/TLS once connected; null (the reason added to <paramref name="failures"/>) when it cannot be.</summary>
    private async Task<SipTrunkHop?> HopAsync(SipTrunkTarget target, IPEndPoint destination, List<string> failures, CancellationToken cancellationToken)
    {
        SipSource peer;
        if (target.Transport == "UDP")
        {
            peer = sender.OutboundUdp(destination);
        }
        else
        {
            var connected = await connections.ConnectAsync(destination, target.Transport == "TLS" ? target.Tls ?? new SipTlsClientOptions(target.Host) : null, target.KeepAlive, cancellationToken).ConfigureAwait(false);
            if (connected.Source is not { } source)
            {
                failures.Add($"{destination}: {connected.Failure}");
                return null;
            }

            peer = source;
        }

        return new SipTrunkHop(peer, destination, sender.SentBy(peer));
    }

    private static SipTrunkResult Unresolved(SipResolution resolution) =>
        new(SipTrunkReach.Unresolved, null, null, $"unreachable: {resolution.Failure}");

    private static SipTrunkResult Unreachable(List<string> failures) =>
        new(SipTrunkReach.Unreachable, null, null, "unreachable: " + string.Join("; ", failures));

    public ValueTask DisposeAsync() => connections.DisposeAsync();

    [LoggerMessage(7211, LogLevel.Information, "SIP trunk {Target}: {Destination} answered {Status}, trying the next endpoint")]
    private static partial void LogFailover(ILogger logger, string target, string destination, int status);
}
