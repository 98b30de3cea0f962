using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Sdk.Testing.Doubles;

/// <summary>
/// Agents' presence for the plugin under test. Statuses are the kernel's built-in catalog (Available, Offline, Break
/// with reason codes, Lunch, Training), checked by the kernel's own catalog; unknown agents are
/// <see cref="Errors.EntityNotFoundException"/>. The test adds agents with <see cref="SetStatusAsync"/> (which creates an
/// agent it does not know yet; the plugin cannot). Every change is published as <c>cc.presence.changed</c>.
/// </summary>
public sealed class TestPresenceService : IPresenceService
{
    private readonly PresenceBoard _board;
    private readonly bool _fromPlugin;

    internal TestPresenceService(PresenceBoard board, bool fromPlugin)
    {
        _board = board;
        _fromPlugin = fromPlugin;
    }

    /// <summary>Every call so far (the operation, the agent id, whether the plugin made it, whether it succeeded).</summary>
    public IReadOnlyList<KernelCall> Calls => _board.Calls;

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<PresenceStatusDefinition>> GetStatusesAsync(CancellationToken cancellationToken = default) =>
        _board.StatusesAsync(_fromPlugin, cancellationToken);

    /// <inheritdoc />
    public ValueTask<AgentPresence> GetAsync(string agentId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_board.Get(agentId, _fromPlugin));

    /// <inheritdoc />
    public ValueTask<AgentPresence> SetStatusAsync(string agentId, string statusId, string? reasonCode = null, CancellationToken cancellationToken = default) =>
        _board.SetAsync(agentId, statusId, reasonCode, _fromPlugin, cancellationToken);
}
