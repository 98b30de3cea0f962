namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>Header fields in wire order. Names are compared case-insensitively after compact-form expansion.</summary>
internal sealed class SipHeaderCollection : IEnumerable<SipHeader>
{
    private readonly List<SipHeader> _headers = [];

    public int Count => _headers.Count;

    public void Add(string name, string value) => _headers.Add(new SipHeader(SipHeaderNames.Normalize(name), value));

    /// <summary>Adds the header before every other one (a proxy or UAC pushing a Via).</summary>
    public void Prepend(string name, string value) =>
        _headers.Insert(0, new SipHeader(SipHeaderNames.Normalize(name), value));

    public string? Get(string name)
    {
        name = SipHeaderNames.Normalize(name);
        foreach (var header in _headers)
        {
            if (string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value;
            }
        }

        return null;
    }

    public IEnumerable<string> GetAll(string name)
    {
        name = SipHeaderNames.Normalize(name);
        foreach (var header in _headers)
        {
            if (string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                yield return header.Value;
            }
        }
    }

    public int CountOf(string name) => GetAll(name).Count();

    public bool Contains(string name) => Get(name) is not null;

    /// <summary>Replaces every occurrence with one value, kept at the first occurrence's position.</summary>
    public void Set(string name, string value)
    {
        name = SipHeaderNames.Normalize(name);
        var index = _headers.FindIndex(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase));
        Remove(name);
        if (index < 0 || index > _headers.Count)
        {
            _headers.Add(new SipHeader(name, value));
        }
        else
        {
            _headers.Insert(index, new SipHeader(name, value));
        }
    }

    /// <summary>Replaces the value of the first occurrence in place; returns false when there is none.</summary>
    public bool ReplaceFirst(string name, string value)
    {
        name = SipHeaderNames.Normalize(name);
        var index = _headers.FindIndex(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            return false;
        }

        _headers[index] = new SipHeader(name, value);
        return true;
    }

    public int Remove(string name)
    {
        name = SipHeaderNames.Normalize(name);
        return _headers.RemoveAll(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    public IEnumerator<SipHeader> GetEnumerator() => _headers.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
