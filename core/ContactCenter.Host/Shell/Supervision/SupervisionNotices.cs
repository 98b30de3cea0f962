using ContactCenter.Kernel;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Host.Shell.Supervision;

/// <summary>
/// Tells an agent, through the event bus (their shell and <c>/hubs/agent</c>), that a supervisor started or stopped
/// supervising one of their contacts (<see cref="SupervisionChanged"/>).
/// </summary>
internal sealed class SupervisionNotices(IEventBus bus, IKernelInteractionService interactions, KernelTime time)
{
    public static SupervisionKind KindOf(ParticipationMode mode) => mode switch
    {
        ParticipationMode.Whisper => SupervisionKind.Coaching,
        ParticipationMode.Barge => SupervisionKind.InTheCall,
        _ => SupervisionKind.Listening,
    };

    /// <summary>Publishes the change to the interaction's agent; nothing when no agent holds it.</summary>
    public async Task TellAsync(string interactionId, string supervisorId, string supervisorName, SupervisionKind? kind, CancellationToken cancellationToken)
    {
        if (await interactions.GetAsync(interactionId, cancellationToken).ConfigureAwait(false) is not { AgentId: { } agentId })
        {
            return;
        }

        var now = time.GetUtcNow();
        var change = new SupervisionChanged(agentId, interactionId, supervisorId, supervisorName, kind, now);
        await bus.PublishAsync(CloudEvent.Create(SupervisionChanged.EventType, "/host/supervision", agentId, now, change, KernelJson.Options), cancellationToken)
            .ConfigureAwait(false);
    }
}
