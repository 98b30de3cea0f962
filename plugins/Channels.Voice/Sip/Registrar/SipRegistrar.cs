using System.Globalization;
using ContactCenter.Plugins.Channels.Voice.Sip.Auth;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Registrar;

/// <summary>
/// REGISTER (RFC 3261 §10.3) behind digest authentication: the authenticated user may only change its own
/// address-of-record; failed authentications count towards a temporary ban of the source.
/// </summary>
internal sealed partial class SipRegistrar(
    SipRegistrarOptions options, SipDigestAuthenticator authenticator, SipBindingStore bindings, SipBanList bans, TimeProvider time, ILogger logger)
    : ISipRequestHandler
{
    public string Method => SipMethods.Register;

    public async ValueTask<SipResponse> HandleAsync(SipRequest request, SipSource source, CancellationToken cancellationToken)
    {
        var toTag = SipTags.New();
        var (outcome, username) = await authenticator.AuthenticateAsync(request, cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case SipAuthOutcome.Missing or SipAuthOutcome.Stale:
                var challenge = SipResponse.CreateFor(request, SipStatusCodes.Unauthorized, toTag: toTag);
                authenticator.AddChallenges(challenge, stale: outcome == SipAuthOutcome.Stale);
                return challenge;
            case SipAuthOutcome.Failed:
                var banned = bans.RecordFailure(source.Remote.Address);
                LogAuthFailed(logger, username ?? "(none)", source.Remote.Address.ToString(), banned);
                if (banned)
                {
                    return SipResponse.CreateFor(request, SipStatusCodes.Forbidden, toTag: toTag);
                }

                var retry = SipResponse.CreateFor(request, SipStatusCodes.Unauthorized, toTag: toTag);
                authenticator.AddChallenges(retry, stale: false);
                return retry;
        }

        bans.RecordSuccess(source.Remote.Address);
        var aor = request.To!.Uri!;
        if (!aor.IsSip || !string.Equals(aor.UserUnescaped, username, StringComparison.Ordinal))
        {
            return SipResponse.CreateFor(request, SipStatusCodes.Forbidden, "Forbidden (not your address of record)", toTag);
        }

        return Register(request, aor.ToAddressOfRecord(), toTag, source.Connection is null ? null : source);
    }

    private SipResponse Register(SipRequest request, string addressOfRecord, string toTag, SipSource? flow)
    {
        var contacts = request.Contacts;
        var removeAll = contacts.Any(c => c.IsWildcard);
        if (removeAll && (contacts.Count != 1 || request.Expires != 0))
        {
            return SipResponse.CreateFor(request, SipStatusCodes.BadRequest, "Wildcard Contact needs Expires: 0 and no other Contact", toTag);
        }

        var changes = new List<(string Contact, long Expires)>();
        foreach (var contact in contacts.Where(c => !c.IsWildcard))
        {
            var expires = ExpiresOf(contact, request.Expires);
            if (expires != 0 && expires < options.MinExpires)
            {
                var tooBrief = SipResponse.CreateFor(request, SipStatusCodes.IntervalTooBrief, toTag: toTag);
                tooBrief.Headers.Add(SipHeaderNames.MinExpires, options.MinExpires.ToString(CultureInfo.InvariantCulture));
                return tooBrief;
            }

            changes.Add((contact.Uri!.ToString(), Math.Min(expires, options.MaxExpires)));
        }

        var current = bindings.Current(addressOfRecord);
        var added = changes.Count(c => c.Expires > 0 && !current.Any(b => b.Contact == c.Contact));
        if (current.Count + added > options.MaxBindingsPerAddress)
        {
            return SipResponse.CreateFor(request, SipStatusCodes.Forbidden, "Too many registered contacts", toTag);
        }

        var result = bindings.Apply(addressOfRecord, removeAll, changes, request.CallId!, request.CSeq!.Sequence, flow);
        LogRegistered(logger, addressOfRecord, result.Count);
        return Ok(request, toTag, result);
    }

    private long ExpiresOf(SipNameAddress contact, long? headerExpires)
    {
        var parameter = contact.Parameters.Get("expires");
        if (parameter is not null && SipGrammar.TryParseDecimal(parameter, uint.MaxValue, out var seconds))
        {
            return Math.Min(seconds, uint.MaxValue);
        }

        // A malformed expires parameter is treated as absent (RFC 3261 §10.3 step 6 falls back to Expires or default).
        return headerExpires ?? options.DefaultExpires;
    }

    private SipResponse Ok(SipRequest request, string toTag, IReadOnlyList<SipBinding> current)
    {
        var response = SipResponse.CreateFor(request, SipStatusCodes.Ok, toTag: toTag);
        var now = time.GetUtcNow();
        foreach (var binding in current)
        {
            var remaining = Math.Max(0, (long)Math.Ceiling((binding.Expires - now).TotalSeconds));
            response.Headers.Add(SipHeaderNames.Contact, $"<{binding.Contact}>;expires={remaining.ToString(CultureInfo.InvariantCulture)}");
        }

        return response;
    }

    [LoggerMessage(7010, LogLevel.Warning, "SIP authentication failed for user {Username} from {Source}; source banned: {Banned}")]
    private static partial void LogAuthFailed(ILogger logger, string username, string source, bool banned);

    [LoggerMessage(7011, LogLevel.Information, "SIP registration of {AddressOfRecord}: {Bindings} binding(s)")]
    private static partial void LogRegistered(ILogger logger, string addressOfRecord, int bindings);
}
