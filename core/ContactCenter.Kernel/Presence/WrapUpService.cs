using System.Globalization;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Cluster;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Presence;

/// <summary>Extends wrap-ups through the agent grain (the single writer of the agent's work) and audits each attempt.</summary>
internal sealed class WrapUpService(KernelGrains grains, IAuditLog audit) : IWrapUpService
{
    private const int MaxIdLength = 128;

    public async ValueTask<WrapUpExtendResult> ExtendAsync(string agentId, string interactionId, string actor, CancellationToken cancellationToken = default)
    {
        if (!DirectoryIds.IsValid(agentId))
        {
            throw new EntityNotFoundException("agent", agentId ?? string.Empty);
        }

        if (string.IsNullOrWhiteSpace(interactionId) || interactionId.Length > MaxIdLength)
        {
            throw new InvalidRequestException("interactionId", "A valid interaction id is required.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var result = await grains.Factory.GetGrain<IAgentGrain>(agentId).ExtendWrapUpAsync(interactionId).WaitAsync(cancellationToken).ConfigureAwait(false);
        var detail = result.Extended
            ? string.Create(CultureInfo.InvariantCulture, $"agent {agentId}; ends {result.EndsAt:O}; {result.ExtensionsLeft} left")
            : string.Create(CultureInfo.InvariantCulture, $"agent {agentId}; refused: {result.Refusal}");
        await audit.AppendAsync(new AuditEntry(actor, "wrap-up.extended", $"interaction/{interactionId}")
        {
            Outcome = result.Extended ? AuditOutcomes.Success : AuditOutcomes.Failure,
            Detail = detail,
            CorrelationId = AuditActor.CorrelationId,
        }, CancellationToken.None).ConfigureAwait(false);
        return result;
    }
}
