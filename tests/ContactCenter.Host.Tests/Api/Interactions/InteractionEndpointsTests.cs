using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Host.Tests.Support;

namespace ContactCenter.Host.Tests.Api.Interactions;

[Collection(SharedHostCollection.Name)]
public sealed class InteractionEndpointsTests(SharedHostFixture fixture) : IDisposable
{
    public void Dispose() => fixture.Reset();

    [Fact]
    public async Task Create_ValidBody_Answers201WithTheInteraction()
    {
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.PostAsJsonAsync("/api/v1/interactions", new { channel = "Email", subject = "Póliza" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/v1/interactions/i-1", response.Headers.Location?.OriginalString);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Email", body.GetProperty("channel").GetString());
        Assert.Equal("Created", body.GetProperty("state").GetString());
        Assert.Equal(["create:api:Email"], fixture.Interactions.Calls);
    }

    [Fact]
    public async Task Create_MissingChannel_Answers400AndCreatesNothing()
    {
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.PostAsJsonAsync("/api/v1/interactions", new { subject = "x" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Empty(fixture.Interactions.Calls);
    }

    [Fact]
    public async Task Create_BodyOverTheJsonLimit_Answers413AndCreatesNothing()
    {
        using var client = fixture.Host.CreateAdminClient();
        var subject = new string('x', SharedHostFixture.MaxJsonBytes + 1);

        using var response = await client.PostAsJsonAsync("/api/v1/interactions", new { channel = "Email", subject });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Empty(fixture.Interactions.Calls);
    }

    [Fact]
    public async Task Get_Unknown_Answers404()
    {
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.GetAsync("/api/v1/interactions/missing");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "interaction.not-found");
    }

    [Theory]
    [InlineData("enqueue", """{"queueId":"q-auto"}""", "enqueue:q-auto@i-9", "Queued")]
    [InlineData("accept", """{"agentId":"a1"}""", "accept:a1@i-9", "Connected")]
    [InlineData("reject", """{"agentId":"a1"}""", "reject:a1@i-9", "Queued")]
    [InlineData("hold", null, "hold@i-9", "Held")]
    [InlineData("resume", null, "resume@i-9", "Connected")]
    [InlineData("transfer", """{"queueId":"q-salud"}""", "transfer:q-salud@i-9", "Transferred")]
    [InlineData("end", null, "end@i-9", "WrapUp")]
    [InlineData("close", """{"disposition":{"code":"resolved"}}""", "close:resolved@i-9", "Closed")]
    [InlineData("abandon", """{"reason":"hang-up"}""", "abandon:hang-up@i-9", "Abandoned")]
    [InlineData("fail", """{"reason":"trunk down"}""", "fail:trunk down@i-9", "Failed")]
    public async Task Transition_Verb_CallsTheKernelService(string verb, string? json, string call, string state)
    {
        using var client = fixture.Host.CreateAdminClient();
        using var content = json is null ? null : new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync($"/api/v1/interactions/i-9/{verb}", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(state, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        Assert.Equal([call], fixture.Interactions.Calls);
    }

    [Theory]
    [InlineData("accept", "{}", "agentId")]
    [InlineData("fail", "{}", "reason")]
    [InlineData("enqueue", "null", "body")]
    public async Task Transition_MissingField_Answers400NamingIt(string verb, string json, string field)
    {
        using var client = fixture.Host.CreateAdminClient();
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync($"/api/v1/interactions/i-9/{verb}", content);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "request.invalid");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Empty(fixture.Interactions.Calls);
    }
}
