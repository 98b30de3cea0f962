namespace ContactCenter.Sdk.Voice;

/// <summary>A third party to add to a call: a SIP URI or an agent's registered phone.</summary>
public sealed record ConferenceParty
{
    private ConferenceParty()
    {
    }

    /// <summary>The SIP URI to call (<c>sip:user@host[:port]</c>), when calling an address.</summary>
    public string? SipUri { get; private init; }

    /// <summary>The agent whose registered phone is called, when calling an agent.</summary>
    public string? AgentId { get; private init; }

    /// <summary>A party at a SIP URI.</summary>
    /// <param name="uri">The SIP URI.</param>
    /// <returns>The party.</returns>
    public static ConferenceParty AtSipUri(string uri)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uri);
        return new() { SipUri = uri };
    }

    /// <summary>An agent's registered phone.</summary>
    /// <param name="agentId">The agent.</param>
    /// <returns>The party.</returns>
    public static ConferenceParty Agent(string agentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentId);
        return new() { AgentId = agentId };
    }
}
