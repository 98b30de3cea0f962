using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Dispositions;

/// <summary>What an agent may pick, and the check every close path runs before anything changes.</summary>
internal sealed partial class DispositionCatalog
{
    public async ValueTask<DispositionChoices> ListForAsync(Interaction interaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var codes = (await ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.Code, StringComparer.Ordinal);
        var required = await IsRequiredAsync(interaction, cancellationToken).ConfigureAwait(false);
        var options = Pickable(codes, interaction)
            .Select(c => new DispositionOption(c.Code, [.. DispositionPaths.Lineage(c.Code).Select(l => codes[l].Label)], c.NotesRequired))
            .ToList();
        return new DispositionChoices(interaction.Id, required, IsEnforced(codes.Values), options);
    }

    public async ValueTask ValidateAsync(Interaction interaction, DispositionRef? disposition, bool afterWrapUp, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var errors = new ValidationErrors();
        if (disposition is null)
        {
            errors.Require(!afterWrapUp || !await IsRequiredAsync(interaction, cancellationToken).ConfigureAwait(false), "disposition",
                "A disposition is required to close this interaction after wrap-up.");
            errors.ThrowIfAny();
            return;
        }

        InteractionRequests.CheckDisposition(disposition, required: false);
        var codes = (await ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.Code, StringComparer.Ordinal);
        if (!IsEnforced(codes.Values))
        {
            // An open catalogue (no codes defined yet) keeps the behaviour from before the catalogue: any well-formed code.
            return;
        }

        var code = disposition.Code;
        if (!codes.TryGetValue(code, out var entry))
        {
            errors.Add("disposition.code", $"Unknown disposition code '{code}'.");
        }
        else if (entry.BuiltIn || BuiltInDispositions.IsSystem(code))
        {
            errors.Add("disposition.code", $"'{code}' is a system code; agents cannot pick it.");
        }
        else if (DispositionPaths.Lineage(code).Any(c => codes.TryGetValue(c, out var e) && e.Retired))
        {
            errors.Add("disposition.code", $"The disposition code '{code}' is retired.");
        }
        else if (!DispositionPaths.Lineage(code).All(c => codes[c].Scope.Admits(interaction)))
        {
            errors.Add("disposition.code", $"The disposition code '{code}' does not apply to this interaction's service line, queue or channel.");
        }
        else if (!Pickable(codes, interaction).Contains(entry))
        {
            errors.Add("disposition.code", $"'{code}' has more specific codes; pick one of them.");
        }
        else
        {
            errors.Require(!entry.NotesRequired || !string.IsNullOrWhiteSpace(disposition.Notes), "disposition.notes",
                $"Notes are required with the disposition code '{code}'.");
        }

        errors.ThrowIfAny();
    }

    /// <summary>Enforced once anything beyond the built-in codes exists.</summary>
    private static bool IsEnforced(IEnumerable<DispositionCode> codes) => codes.Any(c => !c.BuiltIn);

    /// <summary>Active, in-scope, non-system codes with no active in-scope child: the leaves an agent picks.</summary>
    private static IEnumerable<DispositionCode> Pickable(IReadOnlyDictionary<string, DispositionCode> codes, Interaction interaction)
    {
        var usable = codes.Values
            .Where(c => !c.BuiltIn && !BuiltInDispositions.IsSystem(c.Code))
            .Where(c => DispositionPaths.Lineage(c.Code).All(l => codes.TryGetValue(l, out var e) && !e.Retired && e.Scope.Admits(interaction)))
            .ToList();
        var parents = usable.Select(c => DispositionPaths.Parent(c.Code)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return usable.Where(c => !parents.Contains(c.Code)).OrderBy(c => c.Code, StringComparer.Ordinal);
    }

    private async ValueTask<bool> IsRequiredAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        foreach (var (kind, id) in new[] { (QueueTarget, interaction.QueueId), (ServiceLineTarget, interaction.ServiceLineId) })
        {
            if (DirectoryIds.IsValid(id) && await _policies.GetAsync(DispositionPolicy.IdOf(kind, id!), cancellationToken).ConfigureAwait(false) is { } policy)
            {
                return policy.Value.Required;
            }
        }

        return true;
    }
}
