using ContactCenter.Plugins.Channels.Voice.Sip.Transport;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Registrar;

/// <summary>Bindings per address-of-record in memory; expired bindings vanish on the next read (injected time).</summary>
internal sealed class SipBindingStore(TimeProvider time)
{
    private readonly Dictionary<string, List<SipBinding>> _bindings = new(StringComparer.Ordinal);

    public IReadOnlyList<SipBinding> Current(string addressOfRecord)
    {
        lock (_bindings)
        {
            return [.. Live(addressOfRecord)];
        }
    }

    /// <summary>Live bindings of every address-of-record whose user part is <paramref name="user"/> (any domain).</summary>
    public IReadOnlyList<SipBinding> ForUser(string user)
    {
        var prefix = $"sip:{user}@";
        lock (_bindings)
        {
            return [.. _bindings.Keys.Where(aor => aor.StartsWith(prefix, StringComparison.Ordinal)).ToList().SelectMany(Live)];
        }
    }

    /// <summary>
    /// Drops every binding of every address-of-record whose user part is <paramref name="user"/> (its credentials were
    /// rotated, re-assigned or removed): its phones must register again. Returns how many live bindings went.
    /// </summary>
    public int RemoveUser(string user)
    {
        var prefix = $"sip:{user}@";
        lock (_bindings)
        {
            var removed = 0;
            foreach (var aor in _bindings.Keys.Where(aor => aor.StartsWith(prefix, StringComparison.Ordinal)).ToList())
            {
                removed += Live(aor).Count;
                _bindings.Remove(aor);
            }

            return removed;
        }
    }

    /// <summary>The connection a live binding of <paramref name="contact"/> was registered over, if a stream one.</summary>
    public SipSource? FlowOf(string contact)
    {
        lock (_bindings)
        {
            return _bindings.Keys.ToList().SelectMany(Live).LastOrDefault(b => string.Equals(b.Contact, contact, StringComparison.Ordinal))?.Flow;
        }
    }

    /// <summary>Whether a live binding's contact host, or the connection it registered over, is <paramref name="address"/>.</summary>
    public bool HasSource(System.Net.IPAddress address)
    {
        lock (_bindings)
        {
            return _bindings.Keys.ToList().SelectMany(Live).Any(b =>
                b.Flow?.Remote.Address.Equals(address) == true
                || (HostOf(b.Contact) is { } host && host.Equals(address)));
        }
    }

    private static System.Net.IPAddress? HostOf(string contact)
    {
        try
        {
            return System.Net.IPAddress.TryParse(Messages.SipUri.Parse(contact).Host.Trim('[', ']'), out var host) ? host : null;
        }
        catch (Messages.SipParseException)
        {
            return null;
        }
    }

    /// <summary>Applies one REGISTER's changes atomically: removals (expires 0) and refreshes/additions (over <paramref name="flow"/>).</summary>
    public IReadOnlyList<SipBinding> Apply(string addressOfRecord, bool removeAll, IEnumerable<(string Contact, long Expires)> changes, string callId, long cseq, SipSource? flow = null)
    {
        lock (_bindings)
        {
            var list = Live(addressOfRecord);
            if (removeAll)
            {
                list.Clear();
            }

            var now = time.GetUtcNow();
            foreach (var (contact, expires) in changes)
            {
                list.RemoveAll(b => string.Equals(b.Contact, contact, StringComparison.Ordinal));
                if (expires > 0)
                {
                    list.Add(new SipBinding(contact, now.AddSeconds(expires), callId, cseq, flow));
                }
            }

            if (list.Count == 0)
            {
                _bindings.Remove(addressOfRecord);
            }

            return [.. list];
        }
    }

    private List<SipBinding> Live(string addressOfRecord)
    {
        if (!_bindings.TryGetValue(addressOfRecord, out var list))
        {
            list = [];
            _bindings[addressOfRecord] = list;
        }

        var now = time.GetUtcNow();
        list.RemoveAll(b => b.Expires <= now);
        return list;
    }
}
