using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Kernel.Dispositions;

/// <summary>
/// The catalogue over <see cref="KernelCollections.Dispositions"/> and <see cref="KernelCollections.DispositionPolicies"/>.
/// Every stored change is told to the <see cref="IDispositionChangeObserver"/>s (audit) before the caller is answered.
/// </summary>
internal sealed partial class DispositionCatalog(IDocumentStore store, DirectoryRepositories directory, IEnumerable<IDispositionChangeObserver> observers)
    : IDispositionCatalog
{
    public const string QueueTarget = "queue";
    public const string ServiceLineTarget = "service-line";

    private readonly KernelRepository<DispositionCode> _codes = new(store, KernelCollections.Dispositions);
    private readonly KernelRepository<DispositionPolicy> _policies = new(store, KernelCollections.DispositionPolicies);
    private readonly IReadOnlyList<IDispositionChangeObserver> _observers = [.. observers];

    /// <summary>Inserts each built-in code that is missing, and puts back one an edit of the store changed.</summary>
    public async ValueTask SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var code in BuiltInDispositions.All)
        {
            var stored = await _codes.GetAsync(code.Code, cancellationToken).ConfigureAwait(false);
            if (stored?.Value != code)
            {
                await _codes.UpsertAsync(code.Code, code, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async ValueTask<IReadOnlyList<DispositionCode>> ListAsync(CancellationToken cancellationToken = default) =>
        [.. (await _codes.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Select(v => v.Value).OrderBy(c => c.Code, StringComparer.Ordinal)];

    public async ValueTask<DispositionCode?> GetAsync(string code, CancellationToken cancellationToken = default) =>
        DispositionPaths.IsValid(code) ? (await _codes.GetAsync(code, cancellationToken).ConfigureAwait(false))?.Value : null;

    public async ValueTask<DispositionCode> SaveAsync(DispositionCode code, CancellationToken cancellationToken = default)
    {
        if (code is null)
        {
            throw new InvalidRequestException("code", "The disposition code is missing.");
        }

        var existing = (await ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.Code, StringComparer.Ordinal);
        var errors = new ValidationErrors();
        await DispositionCodeRules.ValidateAsync(code, existing, directory, errors, cancellationToken).ConfigureAwait(false);
        errors.ThrowIfAny();
        var normalized = code with { Scope = Normalize(code.Scope) };
        existing.TryGetValue(code.Code, out var before);
        var saved = (await _codes.UpsertAsync(code.Code, normalized, cancellationToken).ConfigureAwait(false)).Value;
        await TellAsync(new DirectoryChange("code", code.Code, before is null ? DataChange.Created : DataChange.Updated, before, saved)).ConfigureAwait(false);
        return saved;
    }

    public async ValueTask<bool> DeleteAsync(string code, CancellationToken cancellationToken = default)
    {
        var all = await ListAsync(cancellationToken).ConfigureAwait(false);
        if (all.FirstOrDefault(c => c.Code == code) is not { } before)
        {
            return false;
        }

        var errors = new ValidationErrors();
        errors.Require(!before.BuiltIn, "code", $"'{code}' is built into the kernel and cannot be deleted.");
        var children = all.Where(c => DispositionPaths.Parent(c.Code) == code).Select(c => c.Code).ToList();
        errors.Require(children.Count == 0, "code", $"'{code}' still has child codes: {string.Join(", ", children)}.");
        errors.ThrowIfAny();
        if (!await _codes.DeleteAsync(code, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await TellAsync(new DirectoryChange("code", code, DataChange.Deleted, before, null)).ConfigureAwait(false);
        return true;
    }

    public async ValueTask<IReadOnlyList<DispositionPolicy>> ListPoliciesAsync(CancellationToken cancellationToken = default) =>
        [.. (await _policies.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).OrderBy(v => v.Id, StringComparer.Ordinal).Select(v => v.Value)];

    public async ValueTask<DispositionPolicy> SavePolicyAsync(DispositionPolicy policy, CancellationToken cancellationToken = default)
    {
        if (policy is null)
        {
            throw new InvalidRequestException("policy", "The disposition policy is missing.");
        }

        var errors = new ValidationErrors();
        DispositionCodeRules.CheckPolicy(policy, errors);
        errors.ThrowIfAny();
        var target = policy.TargetKind == QueueTarget ? "queue" : "service line";
        var exists = policy.TargetKind == QueueTarget
            ? await directory.Queues.GetAsync(policy.TargetId, cancellationToken).ConfigureAwait(false) is not null
            : await directory.ServiceLines.GetAsync(policy.TargetId, cancellationToken).ConfigureAwait(false) is not null;
        errors.Require(exists, "targetId", $"Unknown {target} '{policy.TargetId}'.");
        errors.ThrowIfAny();
        var id = DispositionPolicy.IdOf(policy.TargetKind, policy.TargetId);
        var before = await _policies.GetAsync(id, cancellationToken).ConfigureAwait(false);
        var saved = (await _policies.UpsertAsync(id, policy, cancellationToken).ConfigureAwait(false)).Value;
        await TellAsync(new DirectoryChange("policy", id, before is null ? DataChange.Created : DataChange.Updated, before?.Value, saved)).ConfigureAwait(false);
        return saved;
    }

    public async ValueTask<bool> DeletePolicyAsync(string targetKind, string targetId, CancellationToken cancellationToken = default)
    {
        var id = DispositionPolicy.IdOf(targetKind, targetId);
        if (!DirectoryIds.IsValid(targetId) || await _policies.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } before)
        {
            return false;
        }

        if (!await _policies.DeleteAsync(id, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await TellAsync(new DirectoryChange("policy", id, DataChange.Deleted, before.Value, null)).ConfigureAwait(false);
        return true;
    }

    private static DispositionScope Normalize(DispositionScope? scope) => new()
    {
        ServiceLineIds = [.. (scope?.ServiceLineIds ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        QueueIds = [.. (scope?.QueueIds ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        Channels = [.. (scope?.Channels ?? []).Distinct().Order()],
    };

    private async Task TellAsync(DirectoryChange change)
    {
        // Stored already: the observers are not cancelled half-way by a caller that went away.
        foreach (var observer in _observers)
        {
            await observer.ChangedAsync(change, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
