using ContactCenter.Host.Configuration;
using ContactCenter.Host.Demo;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Tests.Demo;

public sealed class DemoAddressValidatorTests
{
    [Fact]
    public void Validate_DemoOnWildcardUrl_FailsNamingTheUrlAndTheForceSwitch()
    {
        var result = Validate(new DemoOptions { Enabled = true }, ["https://127.0.0.1:8443", "https://0.0.0.0:8443"]);

        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures!);
        Assert.Contains("'https://0.0.0.0:8443'", failure, StringComparison.Ordinal);
        Assert.Contains("--demo-force", failure, StringComparison.Ordinal);
        Assert.Contains("CC__Demo__AllowRemote=true", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DemoOnRemoteKestrelEndpoint_FailsNamingTheKey()
    {
        var result = Validate(new DemoOptions { Enabled = true }, [], new Dictionary<string, string> { ["Kestrel:Endpoints:Web:Url"] = "https://10.0.0.5:443" });

        Assert.Contains("Kestrel:Endpoints:Web:Url", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DemoForcedOnWildcardUrl_Succeeds() =>
        Assert.True(Validate(new DemoOptions { Enabled = true, AllowRemote = true }, ["https://0.0.0.0:8443"]).Succeeded);

    [Fact]
    public void Validate_DemoOffOnWildcardUrl_Succeeds() =>
        Assert.True(Validate(new DemoOptions(), ["https://0.0.0.0:8443"]).Succeeded);

    [Fact]
    public void Validate_DemoOnLoopback_Succeeds() =>
        Assert.True(Validate(new DemoOptions { Enabled = true }, ["https://127.0.0.1:8443", "https://[::1]:8443", "https://localhost:9443"]).Succeeded);

    private static ValidateOptionsResult Validate(DemoOptions demo, string[] urls, Dictionary<string, string>? endpoints = null) =>
        new DemoAddressValidator(Options.Create(new UrlOptions { Urls = urls, KestrelEndpoints = endpoints ?? [] })).Validate(null, demo);
}
