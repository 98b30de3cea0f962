namespace ContactCenter.Kernel.Plugins.Manifest;

/// <summary>
/// The outcome of reading a <c>plugin.json</c>: every problem found (not just the first), and separately whether the
/// host's SDK satisfies the declared range (a well-formed manifest for another SDK is NotSupported, not invalid).
/// </summary>
/// <param name="Manifest">The manifest, when it has no errors (it may still need another SDK).</param>
/// <param name="Errors">Every problem, each naming its field.</param>
/// <param name="SdkMismatch">The human message when the host's SDK is outside the declared range.</param>
internal sealed record ManifestCheck(PluginManifest? Manifest, IReadOnlyList<string> Errors, string? SdkMismatch)
{
    public bool IsValid => Manifest is not null && Errors.Count == 0;

    public bool IsSupported => IsValid && SdkMismatch is null;

    /// <summary>Throws the refusal an install or upgrade reports, unless the manifest is valid and supported.</summary>
    /// <param name="source">What was checked, for the message (a package or folder name).</param>
    /// <returns>The manifest.</returns>
    public PluginManifest EnsureSupported(string source)
    {
        if (!IsValid)
        {
            throw new PluginOperationException(
                "plugin.manifest-invalid",
                $"The plugin manifest of {source} has {Errors.Count} problem(s): {string.Join(" ", Errors)}");
        }

        if (SdkMismatch is not null)
        {
            throw new PluginOperationException("plugin.sdk-unsupported", SdkMismatch);
        }

        return Manifest!;
    }
}
