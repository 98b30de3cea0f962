using System.Reflection;

namespace ContactCenter.Sdk;

/// <summary>Facts about this SDK build.</summary>
public static class SdkInfo
{
    /// <summary>The diagnostic id of preview contracts: suppress it to use them, knowing they may change in a minor version.</summary>
    public const string PreviewDiagnosticId = "CCPREVIEW";

    /// <summary>The SDK's semantic version (major.minor.patch).</summary>
    public static Version Version { get; } = typeof(SdkInfo).Assembly.GetName().Version ?? new Version(0, 0, 0);

    /// <summary>The SDK's informational version (with pre-release and build metadata, when any).</summary>
    public static string InformationalVersion { get; } =
        typeof(SdkInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? Version.ToString(3);
}
