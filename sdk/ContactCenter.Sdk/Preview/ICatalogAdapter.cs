using System.Diagnostics.CodeAnalysis;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Sdk.Preview;

/// <summary>Preview: a source of the insurer's catalogues (products, policy types, branches). May change until the catalogue issue lands.</summary>
[Experimental(SdkInfo.PreviewDiagnosticId)]
public interface ICatalogAdapter
{
    /// <summary>The adapter's name.</summary>
    string Name { get; }

    /// <summary>The entries of one catalogue.</summary>
    /// <param name="catalog">The catalogue name.</param>
    /// <param name="cancellationToken">Cancelled when the call overruns its time budget.</param>
    /// <returns>The entries.</returns>
    ValueTask<IReadOnlyList<CatalogEntry>> GetEntriesAsync(string catalog, CancellationToken cancellationToken);
}

/// <summary>Preview: one catalogue entry.</summary>
/// <param name="Code">The entry code.</param>
/// <param name="Name">The entry name in English and Spanish.</param>
[Experimental(SdkInfo.PreviewDiagnosticId)]
public sealed record CatalogEntry(string Code, LocalizedText Name);
