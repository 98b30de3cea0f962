using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Host.Tests.Support;

namespace ContactCenter.Host.Tests.Api.Presence;

[Collection(SharedHostCollection.Name)]
public sealed class PresenceEndpointsTests(SharedHostFixture fixture)
{
    [Fact]
    public async Task Get_KnownAgent_ReturnsPresence()
    {
        using var client = fixture.Host.CreateAdminClient();

        var presence = await client.GetFromJsonAsync<JsonElement>("/api/v1/agents/a1/presence");

        Assert.Equal("available", presence.GetProperty("statusId").GetString());
        Assert.Equal("Idle", presence.GetProperty("subState").GetString());
    }

    [Fact]
    public async Task Put_KnownStatus_ReturnsNewPresence()
    {
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.PutAsJsonAsync("/api/v1/agents/a1/presence", new { statusId = "break", reasonCode = "coffee" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var presence = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("break", presence.GetProperty("statusId").GetString());
        Assert.Equal("coffee", presence.GetProperty("reasonCode").GetString());
    }

    [Fact]
    public async Task Put_UnknownStatus_Answers400()
    {
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.PutAsJsonAsync("/api/v1/agents/a1/presence", new { statusId = "nap" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "request.invalid");
    }

    [Fact]
    public async Task Get_UnknownAgent_Answers404()
    {
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.GetAsync("/api/v1/agents/zz/presence");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "agent.not-found");
    }
}
