namespace ContactCenter.Sdk.Security;

/// <summary>
/// A master key provider that can create a new master key version itself (the built-in <c>File</c> provider; a KMS that
/// creates key versions). Providers whose keys an operator supplies (<c>Environment</c>) do not implement it: the operator
/// adds the new key and makes it current, then the platform re-wraps its data keys.
/// </summary>
public interface IMasterKeyGenerator
{
    /// <summary>Creates a new master key version and makes it current; older versions stay available for unwrapping.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The id of the new master key.</returns>
    ValueTask<string> CreateKeyAsync(CancellationToken cancellationToken);
}
