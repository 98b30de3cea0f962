using System.Net;
using ContactCenter.Host.Tests.Support;

namespace ContactCenter.Host.Tests.EndToEnd;

/// <summary>The read-only directory endpoints over the demo directory (source: <c>Api/Directory</c>).</summary>
public sealed class DirectoryEndToEndTests(DemoHostFixture fixture) : IClassFixture<DemoHostFixture>
{
    [Theory]
    [InlineData("agents", "agent1,agent2,agent3,agent4")]
    [InlineData("teams", "team-autos,team-salud")]
    [InlineData("skills", "autos,lang-en,lang-es,salud")]
    [InlineData("queues", "autos-general,salud-general")]
    [InlineData("service-lines", "autos,salud")]
    public async Task List_DemoDirectory_AnswersEveryEntry(string path, string ids)
    {
        using var client = fixture.Host.CreateAdminClient();

        var list = await Api.GetAsync(client, $"/api/v1/{path}");

        Assert.Equal(ids.Split(','), list.EnumerateArray().Select(e => e.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Get_Queue_AnswersItsRequiredSkills()
    {
        using var client = fixture.Host.CreateAdminClient();

        var queue = await Api.GetAsync(client, "/api/v1/queues/salud-general");

        Assert.Equal("salud", queue.GetProperty("serviceLineId").GetString());
        Assert.Contains(queue.GetProperty("requiredSkills").EnumerateArray(), r => r.GetProperty("skillId").GetString() == "salud" && r.GetProperty("minLevel").GetInt32() == 4);
        Assert.EndsWith("(demo)", queue.GetProperty("name").GetProperty("es").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownAgent_Answers404Problem()
    {
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.GetAsync("/api/v1/agents/nobody");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "agent.not-found");
    }

    [Fact]
    public async Task Get_AgentHubToken_Answers403WithoutDirectoryRead()
    {
        using var client = fixture.Host.CreateClient(AgentTokens.For("agent1"));

        using var response = await client.GetAsync("/api/v1/agents");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
