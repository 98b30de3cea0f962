using System.Text.Json;
using ContactCenter.Kernel.Storage;

namespace ContactCenter.Kernel.Security.Encryption.Rotation;

/// <summary>
/// Re-encrypts documents that hold one sealed value: a value already under the current data key is left alone,
/// another is re-protected under the same context (so it stays bound to the same record and position) and the
/// document is written back with it.
/// </summary>
/// <typeparam name="TDocument">The stored document type.</typeparam>
internal abstract class SealedFieldReEncryption<TDocument>(CollectionDefinition collection) : IReEncryptionTarget
    where TDocument : class
{
    public string Collection => collection.Name;

    public async ValueTask<ReEncryption> ReEncryptAsync(RawDocument raw, SealedValues values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(values);
        var document = JsonSerializer.Deserialize<TDocument>(raw.Json, KernelJson.Options)
            ?? throw new InvalidDataException($"Document '{raw.Id}' in {Collection} is null.");
        var sealedValue = SealedValue(document);
        if (values.IsCurrent(sealedValue))
        {
            return ReEncryption.Current;
        }

        var resealed = await values.ReProtectAsync(sealedValue, Context(raw.Id, document), cancellationToken).ConfigureAwait(false);
        return ReEncryption.Rewrite(JsonSerializer.Serialize(WithSealedValue(document, resealed), KernelJson.Options));
    }

    /// <summary>The document's sealed value.</summary>
    protected abstract string SealedValue(TDocument document);

    /// <summary>The context the value was sealed with (the same one is used again).</summary>
    protected abstract string Context(string id, TDocument document);

    /// <summary>The document with its sealed value replaced.</summary>
    protected abstract TDocument WithSealedValue(TDocument document, string sealedValue);
}
