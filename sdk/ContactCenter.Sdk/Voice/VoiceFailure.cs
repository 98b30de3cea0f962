namespace ContactCenter.Sdk.Voice;

/// <summary>Why a voice request was refused.</summary>
public enum VoiceFailure
{
    /// <summary>Nothing: the request succeeded.</summary>
    None,

    /// <summary>No live call has this interaction id.</summary>
    UnknownCall,

    /// <summary>The call is not in a state that allows the request (e.g. playing to a call bridged to an agent).</summary>
    WrongState,

    /// <summary>No voice plugin is active (disabled, uninstalled, faulted or being swapped).</summary>
    VoiceUnavailable,

    /// <summary>The request itself is invalid (empty id, bad prompt, bad destination, bad limits).</summary>
    InvalidRequest,

    /// <summary>The phone or party to call cannot be reached (no registered phone, unroutable address).</summary>
    Unreachable,

    /// <summary>The voice plugin does not offer this verb (yet).</summary>
    NotSupported,

    /// <summary>The calling plugin lacks the approved permission the request needs (interactions.read, interactions.write, monitoring.intervene).</summary>
    Forbidden,

    /// <summary>The voice plugin failed or overran its time budget while handling the request.</summary>
    Failed,
}
