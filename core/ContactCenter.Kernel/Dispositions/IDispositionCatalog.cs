using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Dispositions;

/// <summary>
/// The disposition catalogue: hierarchical codes with bilingual labels and scopes, the built-in wrap-up timeout code,
/// per-queue and per-service-line policies, and the validation every close path runs before anything changes.
/// </summary>
public interface IDispositionCatalog
{
    /// <summary>Every code, retired ones included, ordered by code.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The codes.</returns>
    ValueTask<IReadOnlyList<DispositionCode>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads one code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The code, or <see langword="null"/>.</returns>
    ValueTask<DispositionCode?> GetAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces a code after validating it (every problem listed; nothing saved on any).</summary>
    /// <param name="code">The code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The code as saved.</returns>
    ValueTask<DispositionCode> SaveAsync(DispositionCode code, CancellationToken cancellationToken = default);

    /// <summary>Deletes a code that is not built in and has no children; retire it instead to keep it for history.</summary>
    /// <param name="code">The code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether a code was deleted.</returns>
    ValueTask<bool> DeleteAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>Every policy, ordered by id.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The policies.</returns>
    ValueTask<IReadOnlyList<DispositionPolicy>> ListPoliciesAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces the policy of a queue or service line (which must exist).</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The policy as saved.</returns>
    ValueTask<DispositionPolicy> SavePolicyAsync(DispositionPolicy policy, CancellationToken cancellationToken = default);

    /// <summary>Deletes the policy of a queue or service line (the default, required, applies again).</summary>
    /// <param name="targetKind"><c>queue</c> or <c>service-line</c>.</param>
    /// <param name="targetId">The target id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether a policy was deleted.</returns>
    ValueTask<bool> DeletePolicyAsync(string targetKind, string targetId, CancellationToken cancellationToken = default);

    /// <summary>What an agent may pick for <paramref name="interaction"/>: active, in-scope leaves, and whether one is required.</summary>
    /// <param name="interaction">The interaction.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The choices.</returns>
    ValueTask<DispositionChoices> ListForAsync(Interaction interaction, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks the disposition an agent or integration closes <paramref name="interaction"/> with: known, active, in scope,
    /// a leaf, not a system code, notes when the code needs them, and present when the policy requires one and
    /// <paramref name="afterWrapUp"/>.
    /// </summary>
    /// <param name="interaction">The interaction being closed.</param>
    /// <param name="disposition">The disposition, if any.</param>
    /// <param name="afterWrapUp">Whether the interaction is in wrap-up (a disposition may be required only then).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the disposition is acceptable.</returns>
    /// <exception cref="Sdk.Errors.InvalidRequestException">The disposition is refused; every problem is listed.</exception>
    ValueTask ValidateAsync(Interaction interaction, DispositionRef? disposition, bool afterWrapUp, CancellationToken cancellationToken = default);
}
