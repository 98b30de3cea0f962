using ContactCenter.Kernel.CenterDirectory;

namespace ContactCenter.Kernel.Dispositions;

/// <summary>Validates a code before it is saved, listing every problem: form, labels, parent, scope references, built-in codes.</summary>
internal static class DispositionCodeRules
{
    public static async ValueTask ValidateAsync(DispositionCode code, IReadOnlyDictionary<string, DispositionCode> existing,
        DirectoryRepositories directory, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (!DispositionPaths.IsValid(code.Code))
        {
            errors.Add("code", $"'{code.Code}' is not a valid disposition code ({DispositionPaths.Rule}).");
            return;
        }

        errors.Require(!string.IsNullOrWhiteSpace(code.Label?.En), "label.en", "The English label is required.");
        errors.Require(!string.IsNullOrWhiteSpace(code.Label?.Es), "label.es", "The Spanish label is required.");
        errors.Require((code.Label?.En?.Length ?? 0) <= 200 && (code.Label?.Es?.Length ?? 0) <= 200, "label", "Labels are limited to 200 characters.");
        errors.Require(!BuiltInDispositions.IsSystem(code.Code), "code", $"Codes under '{BuiltInDispositions.SystemReason}/' are reserved for the system.");
        errors.Require(!code.BuiltIn, "builtIn", "Only the system defines built-in codes.");
        if (DispositionPaths.Parent(code.Code) is { } parent)
        {
            errors.Require(existing.ContainsKey(parent), "code", $"The parent code '{parent}' does not exist; create it first.");
        }

        var scope = code.Scope ?? new DispositionScope();
        await DirectoryRepositories.CheckExistAsync(directory.ServiceLines, scope.ServiceLineIds ?? [], "service line", "scope.serviceLineIds", errors, cancellationToken)
            .ConfigureAwait(false);
        await DirectoryRepositories.CheckExistAsync(directory.Queues, scope.QueueIds ?? [], "queue", "scope.queueIds", errors, cancellationToken)
            .ConfigureAwait(false);
        errors.Require((scope.Channels ?? []).All(Enum.IsDefined), "scope.channels", "Unknown channel kind.");
    }

    public static void CheckPolicy(DispositionPolicy policy, ValidationErrors errors)
    {
        errors.Require(policy.TargetKind is DispositionCatalog.QueueTarget or DispositionCatalog.ServiceLineTarget, "targetKind",
            $"The target kind must be '{DispositionCatalog.QueueTarget}' or '{DispositionCatalog.ServiceLineTarget}'.");
        DirectoryIds.Check(errors, "targetId", policy.TargetId);
    }
}
