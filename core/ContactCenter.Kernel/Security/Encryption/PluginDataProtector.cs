using ContactCenter.Sdk.Security;

namespace ContactCenter.Kernel.Security.Encryption;

/// <summary>
/// The <see cref="ISensitiveDataProtector"/> one plugin sees: every context and lookup purpose is prefixed with
/// <c>plugin/{pluginId}/</c>, a prefix no kernel context uses, so a plugin cannot decrypt or match another plugin's or the
/// kernel's values, even given their ciphertexts. Kernel errors are translated to the SDK's.
/// </summary>
internal sealed class PluginDataProtector(string pluginId, Lazy<IDataProtector?> protector) : ISensitiveDataProtector
{
    private IDataProtector Inner => protector.Value
        ?? throw new InvalidOperationException("Encryption at rest is not available in this host.");

    public byte[] Protect(ReadOnlySpan<byte> plaintext, string context) => Inner.Protect(plaintext, Scoped(context));

    public async ValueTask<byte[]> UnprotectAsync(ReadOnlyMemory<byte> ciphertext, string context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await Inner.UnprotectAsync(ciphertext, Scoped(context), cancellationToken).ConfigureAwait(false);
        }
        catch (DataTamperedException ex)
        {
            throw new SensitiveDataTamperedException(context, Reason(ex), ex);
        }
    }

    public string ProtectString(string plaintext, string context) => Inner.ProtectString(plaintext, Scoped(context));

    public async ValueTask<string> UnprotectStringAsync(string ciphertext, string context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await Inner.UnprotectStringAsync(ciphertext, Scoped(context), cancellationToken).ConfigureAwait(false);
        }
        catch (DataTamperedException ex)
        {
            throw new SensitiveDataTamperedException(context, Reason(ex), ex);
        }
    }

    public string LookupHash(string normalizedValue, string purpose) => Inner.LookupHash(normalizedValue, Scoped(purpose));

    private string Scoped(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        return $"plugin/{pluginId}/{value}";
    }

    // The kernel's message names the scoped context; the plugin is told about its own.
    private static string Reason(DataTamperedException ex) => ex.Message[(ex.Message.IndexOf(": ", StringComparison.Ordinal) + 2)..].TrimEnd('.');
}
