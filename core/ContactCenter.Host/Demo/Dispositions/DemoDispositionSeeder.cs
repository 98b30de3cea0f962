using ContactCenter.Kernel.Dispositions;

namespace ContactCenter.Host.Demo.Dispositions;

/// <summary>Seeds the demo disposition catalogue through <see cref="IDispositionCatalog"/>, after the directory it refers to.</summary>
internal sealed class DemoDispositionSeeder(IDispositionCatalog catalog) : IDemoSeeder
{
    public string Name => "dispositions";

    public int Order => 110;

    public async ValueTask SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var code in DemoDispositionData.Codes)
        {
            var scope = code.Scope.ServiceLineIds.Count == 0 ? "all lines" : string.Join(", ", code.Scope.ServiceLineIds);
            await context.EnsureAsync("disposition", code.Code, $"{code.Label.En} / {code.Label.Es} ({scope}{(code.NotesRequired ? "; notes required" : "")})",
                async ct => await catalog.GetAsync(code.Code, ct).ConfigureAwait(false) is not null,
                async ct => await catalog.SaveAsync(code, ct).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
        }

        context.AddNote("Dispositions: close after wrap-up with a leaf code, e.g. siniestro/parte-nuevo/autos or poliza/cambio-datos; "
            + "GET /api/v1/interactions/{id}/dispositions lists what fits an interaction.");
    }
}
