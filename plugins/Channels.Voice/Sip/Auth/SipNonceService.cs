using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Auth;

/// <summary>
/// Stateless nonces: base64url(issued-ticks "." random ":" HMAC(key, issued-ticks "." random)), so any nonce we did not issue is rejected
/// and an old one is recognised as stale (RFC 7616 §3.3). The last nonce-count seen per nonce is remembered until
/// the nonce expires, so a replayed or decreasing nc is refused.
/// </summary>
internal sealed class SipNonceService(TimeProvider time, TimeSpan lifetime)
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<string, (long Count, DateTimeOffset Expires)> _counts = new();
    private long _nextSweepTicks;

    public string Issue()
    {
        // Issued time plus randomness, so two challenges in the same tick still get distinct nonces.
        var stamp = time.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture) + "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var mac = Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(stamp)));
        return Convert.ToBase64String(Encoding.ASCII.GetBytes($"{stamp}:{mac}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public SipNonceState Check(string nonce)
    {
        string text;
        try
        {
            var padded = nonce.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - (padded.Length % 4)) % 4);
            text = Encoding.ASCII.GetString(Convert.FromBase64String(padded));
        }
        catch (FormatException)
        {
            return SipNonceState.Invalid;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (colon <= 0 || dot <= 0 || dot > colon || !long.TryParse(text.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
        {
            return SipNonceState.Invalid;
        }

        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(text[..colon])));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(text[(colon + 1)..])))
        {
            return SipNonceState.Invalid;
        }

        var issued = new DateTimeOffset(ticks, TimeSpan.Zero);
        return time.GetUtcNow() - issued > lifetime ? SipNonceState.Stale : SipNonceState.Valid;
    }

    /// <summary>Accepts a nonce-count only if it is higher than every earlier one for this nonce.</summary>
    public bool AcceptCount(string nonce, string nc)
    {
        if (nc.Length != 8 || !long.TryParse(nc, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var count) || count == 0)
        {
            return false;
        }

        var now = time.GetUtcNow();
        SweepExpired(now);

        var accepted = false;
        _counts.AddOrUpdate(
            nonce,
            _ => { accepted = true; return (count, now + lifetime); },
            (_, entry) =>
            {
                accepted = count > entry.Count;
                return accepted ? (count, entry.Expires) : entry;
            });
        return accepted;
    }

    /// <summary>The number of nonces whose counts are remembered (expired ones linger until the next sweep).</summary>
    public int RememberedCount => _counts.Count;

    // Forgetting expired counts walks every entry, so it runs once per lifetime rather than on every REGISTER (a
    // registration storm would otherwise pay O(registered phones) per request); an entry outlives its nonce by at
    // most one lifetime, and a stale nonce is refused by Check before its count is ever consulted.
    private void SweepExpired(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweepTicks, now.UtcTicks + lifetime.Ticks, due) != due)
        {
            return;
        }

        foreach (var (key, entry) in _counts)
        {
            if (entry.Expires < now)
            {
                _counts.TryRemove(key, out _);
            }
        }
    }
}
