using ContactCenter.Host.Tests.Support;

namespace ContactCenter.Host.Tests.Security.Headers;

[Collection(SharedHostCollection.Name)]
public sealed class SecurityHeadersTests(SharedHostFixture fixture)
{
    [Fact]
    public async Task ApiResponse_CarriesStrictHeaders()
    {
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.GetAsync("/api/v1/sla");

        Assert.Equal("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'", Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.StartsWith("max-age=", Header(response, "Strict-Transport-Security"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task ErrorResponse_CarriesStrictHeaders()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync("/api/v1/sla");

        Assert.Contains("default-src 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.StartsWith("max-age=", Header(response, "Strict-Transport-Security"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReferencePage_AllowsOnlyItsOwnOrigin()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync("/scalar/v1");

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csp, StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content)
        : throw new Xunit.Sdk.XunitException($"Missing header {name}");
}
