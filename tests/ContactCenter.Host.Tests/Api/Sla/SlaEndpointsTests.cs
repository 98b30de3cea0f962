using System.Net;
using System.Text.Json;
using ContactCenter.Host.Tests.Support;

namespace ContactCenter.Host.Tests.Api.Sla;

[Collection(SharedHostCollection.Name)]
public sealed class SlaEndpointsTests(SharedHostFixture fixture)
{
    [Fact]
    public async Task GetSla_WithAdminToken_ReturnsTheServiceReport()
    {
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.GetAsync("/api/v1/sla");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(0.9997, body.GetProperty("target").GetDouble());
        var window = Assert.Single(body.GetProperty("windows").EnumerateArray());
        Assert.Equal("1h", window.GetProperty("name").GetString());
        Assert.Equal(1, window.GetProperty("minutesUnavailable").GetInt64());
        Assert.Equal("store", body.GetProperty("components")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task GetSla_WithoutToken_Answers401()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync("/api/v1/sla");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }
}
