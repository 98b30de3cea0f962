using System.Globalization;
using ContactCenter.Plugins.Channels.Voice.Sip.Auth;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Trunks;

/// <summary>
/// A UAC registration to a provider (RFC 3261 §10.2): REGISTER with one Call-ID and rising CSeq, digest answers to
/// 401/407 (MD5 or SHA-256), 423 answered with the registrar's Min-Expires, a refresh before the granted expiry runs
/// out (half of it up to two minutes, else a minute before), back-off after a failure (doubling), and REGISTER with
/// <c>Expires: 0</c> on stop. The secret is never logged. REGISTERs go through the trunk route: the registrar's host
/// is resolved (SRV, A/AAAA) and reached over UDP, or over a TCP/TLS connection we keep open (the carrier sends its
/// requests back on it); a registrar that cannot be resolved or connected leaves the state
/// <see cref="SipRegistrationState.Unreachable"/> with the reason.
/// </summary>
internal sealed partial class SipRegistrationClient(SipRegistrationAccount account, ISipTrunkRoute route, TimeProvider time, ILogger logger) : IAsyncDisposable
{
    private const int MaxAttempts = 4;
    private const int ProxyAuthenticationRequired = 407;
    private static readonly TimeSpan StopWait = TimeSpan.FromSeconds(2);
    private readonly CancellationTokenSource _stop = new();
    private readonly string _callId = $"{SipTags.New()}{SipTags.New()}";
    private readonly string _fromTag = SipTags.New();
    private long _cseq;
    private Task _loop = Task.CompletedTask;

    public SipRegistrationAccount Account => account;

    public SipRegistrationState State { get; private set; } = SipRegistrationState.Unregistered;

    /// <summary>The last final status and why (e.g. "403 Forbidden", "408 no answer"), for the plugin's health.</summary>
    public string? LastResult { get; private set; }

    /// <summary>How many REGISTERs were accepted (first registration and refreshes).</summary>
    public int Accepted { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public void Start() => _loop = Task.Run(() => RunAsync(_stop.Token));

    /// <summary>Stops refreshing and, when registered, removes the binding (REGISTER with Expires: 0).</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            // A stop has the kernel's short budget: an exchange still waiting for a silent registrar (up to 64*T1)
            // is left to its transaction, and the removal is not waited for beyond the same bound.
            await _loop.WaitAsync(StopWait, time).ConfigureAwait(false);
            if (State == SipRegistrationState.Registered)
            {
                var (_, result, _) = await RegisterAsync(0).WaitAsync(StopWait, time).ConfigureAwait(false);
                LogUnregistered(logger, account.Name, result);
                LastResult = result;
            }
        }
        catch (TimeoutException)
        {
            LogUnregistered(logger, account.Name, "no answer in time");
            LastResult = "no answer in time";
        }

        State = SipRegistrationState.Unregistered;
        ExpiresAt = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            State = State == SipRegistrationState.Registered ? State : SipRegistrationState.Registering;
            int granted;
            string result;
            var unreachable = false;
            try
            {
                (granted, result, unreachable) = await RegisterAsync(account.ExpiresSeconds).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Background loop boundary: a failure of one exchange (e.g. the transport closing) is a failed
                // attempt, retried with back-off, never the end of the registration.
                (granted, result) = (0, ex.GetType().Name);
            }

            LastResult = result;
            TimeSpan wait;
            if (granted > 0)
            {
                failures = 0;
                Accepted++;
                ExpiresAt = time.GetUtcNow().AddSeconds(granted);
                State = SipRegistrationState.Registered;
                LogRegistered(logger, account.Name, granted);
                wait = TimeSpan.FromSeconds(granted <= 120 ? granted / 2.0 : granted - 60);
            }
            else
            {
                State = unreachable ? SipRegistrationState.Unreachable : SipRegistrationState.Failed;
                ExpiresAt = null;
                wait = TimeSpan.FromTicks(Math.Min(account.MaxRetryDelay.Ticks, account.RetryDelay.Ticks << Math.Min(failures, 20)));
                failures++;
                LogFailed(logger, account.Name, result, wait.TotalSeconds);
            }

            try
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One registration exchange; returns the seconds granted (0: failed or removed), the final result, and whether the registrar was unreachable.</summary>
    private async Task<(int Granted, string Result, bool Unreachable)> RegisterAsync(int expires)
    {
        SipAuthorization? challenge = null;
        var challengeHeader = SipHeaderNames.Authorization;
        var nonceCount = 0;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var answer = challenge is null ? ((string, SipAuthorization, int)?)null : (challengeHeader, challenge, ++nonceCount);
            SipRequest? request = null;
            var sent = await route.SendAsync(account.Registrar, hop => request = Build(hop, expires, answer)).ConfigureAwait(false);
            if (sent is not { Response: { } response } || request is null)
            {
                return (0, sent.Failure ?? "unreachable", true);
            }

            var result = string.Create(CultureInfo.InvariantCulture, $"{response.StatusCode} {response.ReasonPhrase}");
            switch (response.StatusCode)
            {
                case >= 200 and < 300:
                    return (expires == 0 ? 0 : Granted(response, request, expires), result, false);
                case SipStatusCodes.Unauthorized or ProxyAuthenticationRequired:
                    var proxy = response.StatusCode == ProxyAuthenticationRequired;
                    var fresh = SipDigestClient.Choose(response.Headers.GetAll(proxy ? "Proxy-Authenticate" : SipHeaderNames.WwwAuthenticate), account.Realm);
                    if (fresh is null)
                    {
                        return (0, result + " (no digest challenge we can answer" + (account.Realm is null ? ")" : $" for realm {account.Realm})"), false);
                    }

                    if (challenge is not null && !string.Equals(fresh["stale"], "true", StringComparison.OrdinalIgnoreCase))
                    {
                        return (0, result + " (credentials refused)", false);
                    }

                    (challenge, challengeHeader, nonceCount) = (fresh, proxy ? SipHeaderNames.ProxyAuthorization : SipHeaderNames.Authorization, 0);
                    break;
                case SipStatusCodes.IntervalTooBrief when int.TryParse(response.Headers.Get(SipHeaderNames.MinExpires), NumberStyles.None, CultureInfo.InvariantCulture, out var minimum) && minimum > expires:
                    expires = minimum;
                    break;
                default:
                    return (0, result, false);
            }
        }

        return (0, "too many challenges", false);
    }

    private SipRequest Build(SipTrunkHop hop, int expires, (string Header, SipAuthorization Challenge, int NonceCount)? auth)
    {
        var sentBy = hop.SentBy;
        var uri = $"sip:{account.Domain}";
        var register = new SipRequest(SipMethods.Register, SipUri.Parse(uri));
        register.Headers.Add(SipHeaderNames.Via, hop.Via());
        register.Headers.Add(SipHeaderNames.MaxForwards, "70");
        register.Headers.Add(SipHeaderNames.From, $"<sip:{account.Username}@{account.Domain}>;tag={_fromTag}");
        register.Headers.Add(SipHeaderNames.To, $"<sip:{account.Username}@{account.Domain}>");
        register.Headers.Add(SipHeaderNames.CallId, _callId);
        register.Headers.Add(SipHeaderNames.CSeq, new SipCSeq(Interlocked.Increment(ref _cseq), SipMethods.Register).ToString());
        register.Headers.Add(SipHeaderNames.Contact, $"<sip:{account.Username}@{sentBy}{hop.UriParameter}>");
        register.Headers.Add(SipHeaderNames.Expires, expires.ToString(CultureInfo.InvariantCulture));
        if (auth is var (header, challenge, nonceCount))
        {
            register.Headers.Add(header, SipDigestClient.Answer(challenge, SipMethods.Register, uri, account.Username, account.Secret, SipTags.New(), nonceCount));
        }

        return register;
    }

    /// <summary>The expiry the registrar granted our contact (its Contact's expires, else Expires, else what we asked).</summary>
    private static int Granted(SipResponse ok, SipRequest register, int asked)
    {
        var ours = register.Contacts[0].Uri!.ToString();
        var contact = ok.Contacts.FirstOrDefault(c => c.Uri is { } u && string.Equals(u.ToString(), ours, StringComparison.OrdinalIgnoreCase));
        var text = contact?.Parameters.Get("expires") ?? ok.Headers.Get(SipHeaderNames.Expires);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var granted) && granted > 0 ? granted : asked;
    }

    [LoggerMessage(7201, LogLevel.Information, "SIP trunk {Trunk} registered for {Seconds} s")]
    private static partial void LogRegistered(ILogger logger, string trunk, int seconds);

    [LoggerMessage(7202, LogLevel.Warning, "SIP trunk {Trunk} registration failed: {Result}; retrying in {Seconds} s")]
    private static partial void LogFailed(ILogger logger, string trunk, string result, double seconds);

    [LoggerMessage(7203, LogLevel.Information, "SIP trunk {Trunk} unregistered: {Result}")]
    private static partial void LogUnregistered(ILogger logger, string trunk, string result);
}
