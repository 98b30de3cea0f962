using System.Diagnostics.CodeAnalysis;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Sdk.Preview;

/// <summary>Preview: a connection to the insurer's CRM. May change until the CRM issue lands.</summary>
[Experimental(SdkInfo.PreviewDiagnosticId)]
public interface ICrmConnector
{
    /// <summary>The connector's name.</summary>
    string Name { get; }

    /// <summary>Finds the CRM record of a customer by one of their identities.</summary>
    /// <param name="identity">A phone, email or other identity.</param>
    /// <param name="cancellationToken">Cancelled when the call overruns its time budget.</param>
    /// <returns>The CRM's view of the customer as fields to show, or <see langword="null"/> if not found.</returns>
    ValueTask<IReadOnlyDictionary<string, string>?> LookupAsync(ChannelIdentity identity, CancellationToken cancellationToken);

    /// <summary>Pushes a closed interaction to the CRM.</summary>
    /// <param name="interaction">The interaction, closed with its disposition.</param>
    /// <param name="cancellationToken">Cancelled when the call overruns its time budget.</param>
    /// <returns>A task that completes once the CRM accepted it.</returns>
    ValueTask PushInteractionAsync(Interaction interaction, CancellationToken cancellationToken);
}
