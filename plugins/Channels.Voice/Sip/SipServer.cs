using System.Net;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using ContactCenter.Plugins.Channels.Voice.Sip.Transactions;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Sip;

/// <summary>
/// The SIP server core: transports feed it packets; it applies bans and per-source rate limits, parses (answering
/// typed rejections), absorbs retransmissions through server transactions, dispatches requests to the handler for
/// their method and routes responses back per RFC 3261 §18.2.2.
/// </summary>
internal sealed partial class SipServer : ISipPacketSink, ISipSender, IAsyncDisposable
{
    private readonly SipServerOptions _options;
    private readonly Dictionary<string, ISipRequestHandler> _handlers;
    private readonly SipServerTransactionTable _transactions;
    private readonly SipClientTransactionTable _clientTransactions = new();
    private readonly ISipInviteHandler? _invites;
    private readonly TimeProvider _time;
    private readonly SipRateLimiter _rateLimiter;
    private readonly SipBanList _bans;
    private readonly ILogger _logger;
    private readonly List<SipUdpTransport> _udp = [];
    private readonly List<SipTcpTransport> _tcp = [];
    private readonly List<SipTcpTransport> _tls = [];

    public SipServer(SipServerOptions options, IEnumerable<ISipRequestHandler> handlers, SipBanList bans, TimeProvider time, ILogger logger, ISipInviteHandler? invites = null)
    {
        _options = options;
        _time = time;
        _invites = invites;
        handlers = invites is null ? handlers : handlers.Concat(invites.Handlers);
        _bans = bans;
        _logger = logger;
        _rateLimiter = new SipRateLimiter(options.Protection, time);
        _transactions = new SipServerTransactionTable(options.Timers, time);
        _handlers = handlers.ToDictionary(h => h.Method, StringComparer.Ordinal);
        _handlers[SipMethods.Options] = _handlers.GetValueOrDefault(SipMethods.Options) ?? new SipOptionsHandler(() => Allow);
        invites?.Attach(this);
    }

    public SipTimers Timers => _options.Timers;

    /// <summary>The message limits stream connections frame with (also those we open to carriers).</summary>
    public SipLimits Limits => _options.Limits;

    public IReadOnlyList<IPEndPoint> UdpEndpoints => _udp.ConvertAll(t => t.LocalEndPoint);

    public IReadOnlyList<IPEndPoint> TcpEndpoints => _tcp.ConvertAll(t => t.LocalEndPoint);

    public IReadOnlyList<IPEndPoint> TlsEndpoints => _tls.ConvertAll(t => t.LocalEndPoint);

    private string Allow => string.Join(", ", (_invites is null ? _handlers.Keys : _handlers.Keys.Concat([SipMethods.Invite, SipMethods.Ack])).Order(StringComparer.Ordinal));

    /// <summary>Binds every configured endpoint and starts receiving.</summary>
    public void Start()
    {
        foreach (var endpoint in _options.UdpEndpoints)
        {
            var transport = new SipUdpTransport(endpoint, this, _logger);
            _udp.Add(transport);
            transport.Start();
        }

        foreach (var endpoint in _options.TcpEndpoints)
        {
            var transport = new SipTcpTransport(endpoint, this, _options.Limits);
            _tcp.Add(transport);
            transport.Start();
        }

        if (_options.TlsEndpoints.Count > 0)
        {
            var tls = new SipTlsServer(_options.TlsCertificate ?? throw new InvalidOperationException("SIP over TLS needs a certificate."), _logger);
            foreach (var endpoint in _options.TlsEndpoints)
            {
                var transport = new SipTcpTransport(endpoint, this, _options.Limits, tls);
                _tls.Add(transport);
                transport.Start();
            }
        }

        LogStarted(_logger, string.Join(", ", UdpEndpoints), string.Join(", ", TcpEndpoints), string.Join(", ", TlsEndpoints));
    }

    public async ValueTask OnPacketAsync(ReadOnlyMemory<byte> data, SipSource source, bool stream, CancellationToken cancellationToken)
    {
        var address = source.Remote.Address;
        if (_bans.IsBanned(address) || !_rateLimiter.TryAcquire(address))
        {
            // Banned or flooding sources get no answer at all: answering would amplify the flood.
            return;
        }

        SipMessage message;
        try
        {
            message = SipMessageParser.Parse(data.Span, _options.Limits, stream);
            if (message is SipRequest parsed)
            {
                SipRequestChecks.Check(parsed);
            }
        }
        catch (SipParseException ex)
        {
            LogRejected(_logger, source.Remote.ToString(), ex.Status, ex.Reason);
            if (ex.Status is int status)
            {
                await SendRawAsync(SipErrorResponse.Build(data.Span, status, ex.Reason), source, null, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        switch (message)
        {
            case SipResponse response:
                if (_clientTransactions.Match(response) is { } transaction)
                {
                    await transaction.OnResponseAsync(response).ConfigureAwait(false);
                }
                else if (_invites is not null)
                {
                    await _invites.OnStrayResponseAsync(response).ConfigureAwait(false);
                }

                break;
            case SipRequest { Method: SipMethods.Invite } invite when _invites is not null:
                SipResponseRouting.StampReceived(invite, source);
                await _invites.OnInviteAsync(invite, source).ConfigureAwait(false);
                break;
            case SipRequest { Method: SipMethods.Ack } ack:
                if (_invites is not null)
                {
                    await _invites.OnAckAsync(ack, source).ConfigureAwait(false);
                }

                break;
            case SipRequest request:
                await HandleRequestAsync(request, source, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    public ValueTask SendRawAsync(byte[] bytes, SipSource peer, IPEndPoint? destination = null) =>
        new(SendRawAsync(bytes, peer, null, CancellationToken.None, destination));

    public string SentBy(SipSource peer)
    {
        var address = _options.AdvertisedAddress ?? SipLocalAddress.Towards(peer.Local.Address, peer.Remote.Address).ToString();
        return $"{(address.Contains(':', StringComparison.Ordinal) ? $"[{address}]" : address)}:{peer.Local.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    public Task<SipResponse> SendRequestAsync(SipRequest request, SipSource peer, IPEndPoint destination) =>
        SendRequestAsync(request, peer, destination, provisional: null);

    public async Task<SipResponse> SendRequestAsync(SipRequest request, SipSource peer, IPEndPoint destination, Action<SipResponse>? provisional)
    {
        request.Headers.Add(SipHeaderNames.UserAgent, _options.ServerName);
        var transaction = new SipClientTransaction(request, peer.Connection is not null, _options.Timers, _time, bytes => SendRawAsync(bytes, peer, destination))
        {
            Provisional = provisional,
        };
        _clientTransactions.Add(transaction);
        await transaction.StartAsync().ConfigureAwait(false);
        return await transaction.Final.ConfigureAwait(false);
    }

    public SipSource OutboundUdp(IPEndPoint remote) =>
        new("UDP", remote, (_udp.Find(t => t.LocalEndPoint.AddressFamily == remote.AddressFamily) ?? _udp[0]).LocalEndPoint);

    public async ValueTask DisposeAsync()
    {
        foreach (var transport in _udp)
        {
            await transport.DisposeAsync().ConfigureAwait(false);
        }

        foreach (var transport in _tcp.Concat(_tls))
        {
            await transport.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task HandleRequestAsync(SipRequest request, SipSource source, CancellationToken cancellationToken)
    {
        SipResponseRouting.StampReceived(request, source);
        switch (_transactions.Begin(request, out var previous))
        {
            case SipTransactionMatch.InProgress:
                return;
            case SipTransactionMatch.Completed:
                await SendRawAsync(previous!, source, null, cancellationToken).ConfigureAwait(false);
                return;
        }

        var response = _handlers.TryGetValue(request.Method, out var handler)
            ? await handler.HandleAsync(request, source, cancellationToken).ConfigureAwait(false)
            : NotAllowed(request);
        response.Headers.Add(SipHeaderNames.Server, _options.ServerName);
        var bytes = SipMessageSerializer.Serialize(response);
        _transactions.Complete(request, bytes, reliable: source.Connection is not null);
        await SendRawAsync(bytes, source, response, cancellationToken).ConfigureAwait(false);
        if (handler is ISipFollowUpHandler followUp)
        {
            await followUp.AfterResponseAsync(request, response).ConfigureAwait(false);
        }
    }

    private SipResponse NotAllowed(SipRequest request)
    {
        var status = SipMethods.IsKnown(request.Method) ? SipStatusCodes.MethodNotAllowed : SipStatusCodes.NotImplemented;
        var response = SipResponse.CreateFor(request, status, toTag: SipTags.New());
        response.Headers.Add(SipHeaderNames.Allow, Allow);
        return response;
    }

    private async Task SendRawAsync(byte[] bytes, SipSource source, SipResponse? response, CancellationToken cancellationToken, IPEndPoint? destinationOverride = null)
    {
        try
        {
            if (source.Connection is { } connection)
            {
                await connection.SendAsync(bytes, cancellationToken).ConfigureAwait(false);
                return;
            }

            var destination = destinationOverride ?? (response is null ? source.Remote : SipResponseRouting.UdpDestination(response, source));
            var transport = _udp.Find(t => t.LocalEndPoint.Equals(source.Local)) ?? _udp[0];
            await transport.SendAsync(bytes, destination, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or ObjectDisposedException)
        {
            LogSendFailed(_logger, source.Remote.ToString(), ex.Message);
        }
    }

    [LoggerMessage(7000, LogLevel.Information, "SIP server listening on UDP {Udp}, TCP {Tcp} and TLS {Tls}")]
    private static partial void LogStarted(ILogger logger, string udp, string tcp, string tls);

    [LoggerMessage(7002, LogLevel.Debug, "SIP message from {Source} rejected ({Status}): {Reason}")]
    private static partial void LogRejected(ILogger logger, string source, int? status, string reason);

    [LoggerMessage(7003, LogLevel.Debug, "SIP send to {Destination} failed: {Error}")]
    private static partial void LogSendFailed(ILogger logger, string destination, string error);
}
