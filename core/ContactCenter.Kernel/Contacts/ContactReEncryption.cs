using System.Text.Json;
using ContactCenter.Kernel.Security.Encryption.Rotation;
using ContactCenter.Kernel.Storage;

namespace ContactCenter.Kernel.Contacts;

/// <summary>Re-encrypts a contact's name and identity values under the current data key (their keyed hashes do not change).</summary>
internal sealed class ContactReEncryption : IReEncryptionTarget
{
    public string Collection => KernelCollections.Contacts.Name;

    public async ValueTask<ReEncryption> ReEncryptAsync(RawDocument raw, SealedValues values, CancellationToken cancellationToken)
    {
        var contact = JsonSerializer.Deserialize<ContactDocument>(raw.Json, KernelJson.Options)
            ?? throw new InvalidDataException($"Contact document '{raw.Id}' is null.");
        if (values.IsCurrent(contact.Name) && contact.Identities.All(x => values.IsCurrent(x.Value)))
        {
            return ReEncryption.Current;
        }

        var identities = new List<StoredIdentity>(contact.Identities.Count);
        for (var i = 0; i < contact.Identities.Count; i++)
        {
            var value = await values.RefreshAsync(contact.Identities[i].Value, ContactDocument.IdentityContext(raw.Id, i), cancellationToken).ConfigureAwait(false);
            identities.Add(contact.Identities[i] with { Value = value });
        }

        var name = await values.RefreshAsync(contact.Name, ContactDocument.NameContext(raw.Id), cancellationToken).ConfigureAwait(false);
        return ReEncryption.Rewrite(JsonSerializer.Serialize(contact with { Name = name, Identities = identities }, KernelJson.Options));
    }
}
