using System.Net;
using System.Text.Json;
using ContactCenter.Host.Tests.Support;

namespace ContactCenter.Host.Tests.OpenApi;

[Collection(SharedHostCollection.Name)]
public sealed class OpenApiTests(SharedHostFixture fixture)
{
    [Fact]
    public async Task Document_IsValidJsonListingTheApi()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths");
        string[] expected =
        [
            "/livez", "/healthz", "/readyz", "/api/v1/sla", "/api/v1/plugins", "/api/v1/plugins/{id}",
            "/api/v1/plugins/{id}/enable", "/api/v1/plugins/{id}/disable", "/api/v1/plugins/{id}/upgrade",
            "/api/v1/interactions", "/api/v1/interactions/{id}", "/api/v1/interactions/{id}/accept", "/api/v1/agents/{id}/presence",
        ];
        Assert.All(expected, path => Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing"));
        Assert.True(paths.GetProperty("/api/v1/plugins/{id}").TryGetProperty("delete", out _));
        var install = paths.GetProperty("/api/v1/plugins").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        Assert.Equal("binary", install.GetProperty("application/zip").GetProperty("schema").GetProperty("format").GetString());
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task ReferencePage_ServesItsScriptFromTheHost()
    {
        using var client = fixture.Host.CreateClient();

        var page = await client.GetStringAsync("/scalar/v1");
        using var script = await client.GetAsync("/scalar/scalar.js");

        Assert.Contains("scalar.js", page, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.jsdelivr", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000);
    }
}
