using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Phones;

/// <summary>What <see cref="VoicePhoneAgents.CheckAsync"/> found out about an id.</summary>
internal enum VoiceAgentCheck
{
    /// <summary>An agent of the directory.</summary>
    Agent,

    /// <summary>No agent of the directory has this id.</summary>
    Unknown,

    /// <summary>The question could not be asked (presence.read not approved, no presence service in this host).</summary>
    Unchecked,
}

/// <summary>
/// Whether an id names an agent of the directory. The SDK has no directory read for plugins; its presence service is
/// the one call that answers it: <see cref="IPresenceService.GetAsync"/> gives the presence of every agent of the
/// directory (an agent who never chose a status is Offline) and throws <see cref="EntityNotFoundException"/> for any
/// other id, including a user who signs in but is not an agent (a supervisor, an administrator). It needs the
/// plugin's <c>presence.read</c> permission.
/// </summary>
internal sealed class VoicePhoneAgents(IPresenceService presence)
{
    public async Task<VoiceAgentCheck> CheckAsync(string agentId, CancellationToken cancellationToken)
    {
        try
        {
            await presence.GetAsync(agentId, cancellationToken).ConfigureAwait(false);
            return VoiceAgentCheck.Agent;
        }
        catch (EntityNotFoundException)
        {
            return VoiceAgentCheck.Unknown;
        }
        catch (Exception ex) when (ex is PermissionDeniedException or InvalidOperationException or TimeoutException)
        {
            return VoiceAgentCheck.Unchecked;
        }
    }
}
