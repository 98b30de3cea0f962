using System.Net;
using ContactCenter.Host.Tests.Support;
using ContactCenter.Host.Tests.Support.Fakes;

namespace ContactCenter.Host.Tests.Errors;

[Collection(SharedHostCollection.Name)]
public sealed class ProblemResponsesTests(SharedHostFixture fixture)
{
    [Theory]
    [InlineData("missing", HttpStatusCode.NotFound, "interaction.not-found")]
    [InlineData("illegal", HttpStatusCode.Conflict, "interaction.invalid-transition")]
    [InlineData("stale", HttpStatusCode.Conflict, "storage.conflict")]
    [InlineData("huge", HttpStatusCode.RequestEntityTooLarge, "request.too-large")]
    public async Task Transition_SdkError_MapsToProblem(string id, HttpStatusCode status, string code)
    {
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.PostAsync($"/api/v1/interactions/{id}/hold", null);

        var problem = await ProblemAssert.IsProblemAsync(response, status, code);
        Assert.Equal("urn:contactcenter:problem:" + code, problem.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.Equal($"/api/v1/interactions/{id}/hold", problem.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task Transition_InvalidRequest_Answers400WithEveryError()
    {
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.PostAsync("/api/v1/interactions/bad/hold", null);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "request.invalid");
        var errors = problem.GetProperty("errors");
        Assert.Equal("Unknown queue.", errors.GetProperty("queueId")[0].GetString());
        Assert.Equal("Must be 1-99.", errors.GetProperty("priority")[0].GetString());
    }

    [Fact]
    public async Task Transition_UnexpectedError_Answers500WithoutDetailsButWithTraceId()
    {
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.PostAsync("/api/v1/interactions/crash/hold", null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.InternalServerError, "server.unexpected");
        Assert.DoesNotContain(FakeInteractionService.InternalDetail, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_MalformedJson_Answers400Problem()
    {
        using var client = fixture.Host.CreateAdminClient();
        using var content = new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/v1/interactions", content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Request_UnknownRoute_Answers404Problem()
    {
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.GetAsync("/no/such/thing");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "route.not-found");
    }

    [Fact]
    public async Task Request_WrongMethod_Answers405Problem()
    {
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.DeleteAsync("/api/v1/sla");

        Assert.True(response.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
