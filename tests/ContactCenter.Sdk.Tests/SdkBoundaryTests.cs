using System.Reflection;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Sdk.Tests;

public sealed class SdkBoundaryTests
{
    private static readonly Assembly Sdk = typeof(Interaction).Assembly;

    [Fact]
    public void Sdk_ReferencesOnlyTheFrameworkAndExtensionsAbstractions()
    {
        var allowed = new[] { "System.", "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.Configuration.Abstractions", "Microsoft.Extensions.Primitives" };

        var references = Sdk.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n != "System" && n != "netstandard");
        var offending = references.Where(name => !allowed.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal))).ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void Sdk_PublicTypesLiveInContactCenterSdkNamespaces()
    {
        var outside = Sdk.GetExportedTypes().Where(t => t.Namespace is null || !t.Namespace.StartsWith("ContactCenter.Sdk", StringComparison.Ordinal));

        Assert.Empty(outside);
    }

    [Fact]
    public void Sdk_PreviewContractsAreMarkedExperimental()
    {
        var preview = Sdk.GetExportedTypes().Where(t => t.Namespace == "ContactCenter.Sdk.Preview").ToList();

        Assert.NotEmpty(preview);
        Assert.All(preview, t => Assert.NotNull(t.GetCustomAttribute<System.Diagnostics.CodeAnalysis.ExperimentalAttribute>()));
    }

    [Fact]
    public void Sdk_VersionIsSemantic()
    {
        Assert.True(SdkInfo.Version.Major >= 1);
        Assert.Equal(SdkInfo.Version.ToString(3), SdkInfo.InformationalVersion.Split('+', '-')[0]);
    }
}
