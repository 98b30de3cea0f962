namespace ContactCenter.Sdk.Security;

/// <summary>A data key encrypted by a master key.</summary>
/// <param name="MasterKeyId">The id of the master key that wrapped it.</param>
/// <param name="Ciphertext">The wrapped key, in the provider's own format.</param>
public sealed record WrappedDataKey(string MasterKeyId, ReadOnlyMemory<byte> Ciphertext);
