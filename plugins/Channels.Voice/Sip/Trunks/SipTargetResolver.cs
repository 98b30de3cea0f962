using System.Net;
using DnsClient;
using DnsClient.Protocol;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Trunks;

/// <summary>
/// RFC 3263, simplified: an IP literal is used as is; a host with an explicit port is looked up as A/AAAA; else SRV
/// (<c>_sip._udp</c>, <c>_sip._tcp</c> or <c>_sips._tcp</c> by transport), targets ordered by priority and, within a
/// priority, by weighted random choice (RFC 2782), each target's A/AAAA in turn; no SRV falls back to the host's
/// A/AAAA on the default port. Answers are cached for their shortest TTL. The DNS servers are the system's unless
/// configured (tests point them at a local stand-in).
/// </summary>
internal sealed partial class SipTargetResolver
{
    private readonly Lazy<LookupClient> _dns;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Dictionary<(string Host, int? Port, string Transport), (IReadOnlyList<IPEndPoint> Targets, DateTimeOffset Expires)> _cache = [];

    public SipTargetResolver(IReadOnlyList<IPEndPoint> servers, TimeProvider time, ILogger logger)
    {
        // Made on first use: reading the system's resolvers must not fail a start that has no host-named trunk.
        _dns = new Lazy<LookupClient>(() =>
        {
            var options = servers.Count > 0 ? new LookupClientOptions([.. servers]) : new LookupClientOptions();
            options.UseCache = false;
            options.Timeout = TimeSpan.FromSeconds(2);
            options.Retries = 1;
            options.ThrowDnsErrors = false;
            options.ContinueOnDnsError = false;
            options.UseTcpFallback = true;
            return new LookupClient(options);
        });
        _time = time;
        _logger = logger;
    }

    /// <summary>How many DNS questions were asked (a cached answer asks none).</summary>
    public int Queries { get; private set; }

    /// <summary>The endpoints to try, best first, or why there are none (e.g. the host does not exist).</summary>
    public async Task<SipResolution> ResolveAsync(SipTrunkTarget target, CancellationToken cancellationToken)
    {
        var host = target.Host.Trim('[', ']');
        if (IPAddress.TryParse(host, out var literal))
        {
            return new SipResolution([new IPEndPoint(literal, target.Port ?? target.DefaultPort)], null);
        }

        var key = (host.ToLowerInvariant(), target.Port, target.Transport);
        lock (_cache)
        {
            if (_cache.TryGetValue(key, out var cached) && cached.Expires > _time.GetUtcNow())
            {
                return new SipResolution(cached.Targets, null);
            }
        }

        try
        {
            var (targets, ttl, failure) = target.Port is { } port
                ? await AddressesAsync(host, port, cancellationToken).ConfigureAwait(false)
                : await ServicesAsync(host, target, cancellationToken).ConfigureAwait(false);
            if (targets.Count == 0)
            {
                LogUnresolved(_logger, target.ToString(), failure!);
                return new SipResolution([], failure);
            }

            lock (_cache)
            {
                _cache[key] = (targets, _time.GetUtcNow().AddSeconds(ttl));
            }

            return new SipResolution(targets, null);
        }
        catch (Exception ex) when (ex is DnsResponseException or InvalidOperationException)
        {
            var failure = $"DNS lookup of {host} failed ({(ex is DnsResponseException dns ? dns.Code.ToString() : ex.Message)})";
            LogUnresolved(_logger, target.ToString(), failure);
            return new SipResolution([], failure);
        }
    }

    private async Task<(List<IPEndPoint> Targets, int Ttl, string? Failure)> ServicesAsync(string host, SipTrunkTarget target, CancellationToken cancellationToken)
    {
        var service = target.Transport switch { "TLS" => "_sips._tcp.", "TCP" => "_sip._tcp.", _ => "_sip._udp." } + host;
        var srv = await QueryAsync(service, QueryType.SRV, cancellationToken).ConfigureAwait(false);
        var records = srv.Answers.SrvRecords().Where(r => r.Target.Value != ".").ToList();
        if (records.Count == 0)
        {
            return await AddressesAsync(host, target.DefaultPort, cancellationToken).ConfigureAwait(false);
        }

        var targets = new List<IPEndPoint>();
        var ttl = records.Min(r => r.InitialTimeToLive);
        foreach (var record in Order(records))
        {
            var (addresses, addressTtl, _) = await AddressesAsync(record.Target.Value.TrimEnd('.'), record.Port, cancellationToken).ConfigureAwait(false);
            targets.AddRange(addresses.Where(a => !targets.Contains(a)));
            ttl = addresses.Count > 0 ? Math.Min(ttl, addressTtl) : ttl;
        }

        return (targets, ttl, targets.Count == 0 ? $"no address for the SRV targets of {service}" : null);
    }

    private async Task<(List<IPEndPoint> Targets, int Ttl, string? Failure)> AddressesAsync(string host, int port, CancellationToken cancellationToken)
    {
        var v4 = await QueryAsync(host, QueryType.A, cancellationToken).ConfigureAwait(false);
        if (v4.Header.ResponseCode == DnsHeaderResponseCode.NotExistentDomain)
        {
            return ([], 0, $"host {host} not found (NXDOMAIN)");
        }

        var v6 = await QueryAsync(host, QueryType.AAAA, cancellationToken).ConfigureAwait(false);
        var records = v4.Answers.ARecords().Cast<AddressRecord>().Concat(v6.Answers.AaaaRecords()).ToList();
        var targets = records.Select(r => new IPEndPoint(r.Address, port)).Distinct().ToList();
        return (targets, records.Count == 0 ? 0 : records.Min(r => r.InitialTimeToLive),
            targets.Count == 0 ? (v4.HasError ? $"DNS lookup of {host} failed ({v4.ErrorMessage})" : $"host {host} has no address") : null);
    }

    private async Task<IDnsQueryResponse> QueryAsync(string name, QueryType type, CancellationToken cancellationToken)
    {
        Queries++;
        return await _dns.Value.QueryAsync(name, type, QueryClass.IN, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>RFC 2782: lowest priority first; within a priority, weighted random (zero weights last, in order).</summary>
    private static IEnumerable<SrvRecord> Order(List<SrvRecord> records)
    {
        foreach (var group in records.GroupBy(r => r.Priority).OrderBy(g => g.Key))
        {
            var left = group.OrderBy(r => r.Weight).ToList();
            while (left.Count > 0)
            {
                var total = left.Sum(r => (int)r.Weight);
                var pick = total == 0 ? 0 : Random.Shared.Next(total + 1);
                var chosen = left.FindIndex(r => (pick -= r.Weight) <= 0);
                yield return left[chosen];
                left.RemoveAt(chosen);
            }
        }
    }

    [LoggerMessage(7210, LogLevel.Warning, "SIP trunk target {Target} could not be resolved: {Failure}")]
    private static partial void LogUnresolved(ILogger logger, string target, string failure);
}

/// <summary>The endpoints a trunk target resolved to, best first, or why there are none.</summary>
internal sealed record SipResolution(IReadOnlyList<IPEndPoint> Targets, string? Failure);
