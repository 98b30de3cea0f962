using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Kernel.Interactions;

/// <summary>Validates the arguments of lifecycle verbs, listing every problem, before anything changes.</summary>
internal static class InteractionRequests
{
    public const int MaxReasonLength = 500;
    public const int MaxDispositionCodeLength = 200;
    public const int MaxNotesLength = 4000;

    /// <summary>The queue, priority and merged skill requirements of an enqueue request.</summary>
    public sealed record EnqueueRouting(Queue Queue, int Priority, IReadOnlyList<SkillRequirement> Skills);

    public static async Task<EnqueueRouting> ResolveEnqueueAsync(DirectoryRepositories directory, EnqueueRequest? request)
    {
        if (request is null)
        {
            throw new InvalidRequestException("request", "The enqueue request is missing.");
        }

        var errors = new ValidationErrors();
        var queue = DirectoryIds.IsValid(request.QueueId) ? (await directory.Queues.GetAsync(request.QueueId).ConfigureAwait(false))?.Value : null;
        errors.Require(queue is not null, "queueId", $"Unknown queue '{request.QueueId}'.");
        if (request.Priority is { } priority)
        {
            QueueRules.CheckPriority(errors, "priority", priority);
        }

        await QueueRules.CheckSkillsAsync(directory, request.AdditionalSkills ?? [], "additionalSkills", errors, CancellationToken.None).ConfigureAwait(false);
        if (request.PreferredAgentId is { } preferred)
        {
            await DirectoryRepositories.CheckExistAsync(directory.Agents, [preferred], "agent", "preferredAgentId", errors, CancellationToken.None)
                .ConfigureAwait(false);
        }

        errors.ThrowIfAny();
        var skills = queue!.RequiredSkills.Concat(request.AdditionalSkills ?? [])
            .GroupBy(s => s.SkillId, StringComparer.Ordinal)
            .Select(g => new SkillRequirement(g.Key, g.Max(s => s.MinLevel)))
            .ToList();
        return new EnqueueRouting(queue, request.Priority ?? queue.Priority, skills);
    }

    /// <summary>Checks an agent id's form; whether the agent exists is the agent grain's call.</summary>
    public static string AgentId(string? agentId) =>
        DirectoryIds.IsValid(agentId) ? agentId! : throw new InvalidRequestException("agentId", $"'{agentId}' is not a valid agent id ({DirectoryIds.Rule}).");

    public static void CheckDisposition(DispositionRef? disposition, bool required)
    {
        var errors = new ValidationErrors();
        if (disposition is null)
        {
            errors.Require(!required, "disposition", "A disposition is required to close an interaction after wrap-up.");
        }
        else
        {
            errors.Require(!string.IsNullOrWhiteSpace(disposition.Code) && disposition.Code.Length <= MaxDispositionCodeLength, "disposition.code",
                $"The disposition code must be 1 to {MaxDispositionCodeLength} characters.");
            errors.Require((disposition.Notes?.Length ?? 0) <= MaxNotesLength, "disposition.notes", $"Notes are limited to {MaxNotesLength} characters.");
        }

        errors.ThrowIfAny();
    }

    public static string? CheckReason(string? reason, bool required)
    {
        var errors = new ValidationErrors();
        errors.Require(!required || !string.IsNullOrWhiteSpace(reason), "reason", "A reason is required.");
        errors.Require((reason?.Length ?? 0) <= MaxReasonLength, "reason", $"The reason is limited to {MaxReasonLength} characters.");
        errors.ThrowIfAny();
        return reason;
    }
}
