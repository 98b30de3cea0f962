using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Host.Tests.Support;

namespace ContactCenter.Host.Tests.EndToEnd;

/// <summary>An interaction's whole life over the HTTP API and the hubs, on the real kernel, routing and LiteDB.</summary>
public sealed class LifecycleEndToEndTests(DemoHostFixture fixture) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task Lifecycle_DemoAutosChat_OfferedToTheSkilledAgentAndClosed()
    {
        using var client = fixture.Host.CreateAdminClient();

        // agent3 is Available too but has no autos skill: routing must choose agent1.
        await Api.SetPresenceAsync(client, "agent3", "available");
        var available = await Api.SetPresenceAsync(client, "agent1", "available");
        Assert.Equal("Idle", available.GetProperty("subState").GetString());
        try
        {
            var id = await Api.CreateAndEnqueueAsync(client, "autos", "autos-general");

            var offered = await Api.WaitForStateAsync(client, id, "Offered");
            Assert.Equal("agent1", offered.GetProperty("agentId").GetString());
            await AssertSubStateAsync(client, "agent1", "Reserved");
            await AssertSubStateAsync(client, "agent3", "Idle");

            using (var wrongAgent = await client.PostAsJsonAsync($"/api/v1/interactions/{id}/accept", new { agentId = "agent3" }))
            {
                await ProblemAssert.IsProblemAsync(wrongAgent, HttpStatusCode.Conflict, "interaction.invalid-transition");
            }

            var stillOffered = await Api.GetAsync(client, $"/api/v1/interactions/{id}");
            Assert.Equal(("Offered", "agent1"), (State(stillOffered), stillOffered.GetProperty("agentId").GetString()));

            Assert.Equal("Connected", State(await Api.PostAsync(client, $"/api/v1/interactions/{id}/accept", new { agentId = "agent1" })));
            await AssertSubStateAsync(client, "agent1", "OnContact");
            Assert.Equal("Held", State(await Api.PostAsync(client, $"/api/v1/interactions/{id}/hold")));
            Assert.Equal("Connected", State(await Api.PostAsync(client, $"/api/v1/interactions/{id}/resume")));
            Assert.Equal("WrapUp", State(await Api.PostAsync(client, $"/api/v1/interactions/{id}/end")));
            await AssertSubStateAsync(client, "agent1", "WrapUp");

            var closed = await Api.PostAsync(client, $"/api/v1/interactions/{id}/close", new { disposition = new { code = "consulta/cobertura", notes = "E2E" } });
            Assert.Equal("Closed", State(closed));
            Assert.Equal("consulta/cobertura", closed.GetProperty("disposition").GetProperty("code").GetString());
            await AssertSubStateAsync(client, "agent1", "Idle");
        }
        finally
        {
            await Api.SetPresenceAsync(client, "agent1", "offline");
            await Api.SetPresenceAsync(client, "agent3", "offline");
        }
    }

    [Theory]
    [InlineData("hold", null)]
    [InlineData("resume", null)]
    [InlineData("accept", "agent2")]
    public async Task Transition_IllegalForAQueuedInteraction_Answers409AndChangesNothing(string verb, string? agentId)
    {
        using var client = fixture.Host.CreateAdminClient();

        // No Salud agent is Available in this class's host, so the interaction stays Queued.
        var id = await Api.CreateAndEnqueueAsync(client, "salud", "salud-general");
        var before = await Api.GetAsync(client, $"/api/v1/interactions/{id}");

        using var response = await client.PostAsJsonAsync($"/api/v1/interactions/{id}/{verb}", agentId is null ? null : new { agentId });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "interaction.invalid-transition");
        Assert.Contains("Queued", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var after = await Api.GetAsync(client, $"/api/v1/interactions/{id}");
        Assert.Equal("Queued", State(after));
        Assert.Equal(before.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64());
        await Api.PostAsync(client, $"/api/v1/interactions/{id}/abandon", new { reason = "test over" });
    }

    [Fact]
    public async Task Close_WithoutDispositionAfterWrapUp_Answers400AndStaysInWrapUp()
    {
        using var client = fixture.Host.CreateAdminClient();
        await Api.SetPresenceAsync(client, "agent4", "available");
        try
        {
            var id = await Api.CreateAndEnqueueAsync(client, "salud", "salud-general");
            await Api.WaitForStateAsync(client, id, "Offered");
            await Api.PostAsync(client, $"/api/v1/interactions/{id}/accept", new { agentId = "agent4" });
            await Api.PostAsync(client, $"/api/v1/interactions/{id}/end");

            using var response = await client.PostAsJsonAsync($"/api/v1/interactions/{id}/close", new { });

            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict, $"Got {(int)response.StatusCode}.");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("WrapUp", State(await Api.GetAsync(client, $"/api/v1/interactions/{id}")));
            await AssertSubStateAsync(client, "agent4", "WrapUp");
            await Api.PostAsync(client, $"/api/v1/interactions/{id}/close", new { disposition = new { code = "consulta/cobertura" } });
        }
        finally
        {
            await Api.SetPresenceAsync(client, "agent4", "offline");
        }
    }

    [Fact]
    public async Task Hubs_SaludChat_AgentHubGetsOfferAndPresence_SupervisorHubGetsTransitions()
    {
        using var client = fixture.Host.CreateAdminClient();
        await using var agent = await HubClient.ConnectAsync(fixture.Host, "/hubs/agent", AgentTokens.For("agent4"), "Offer", "PresenceChanged");
        await using var supervisor = await HubClient.ConnectAsync(fixture.Host, "/hubs/supervisor", fixture.Host.AdminToken, "InteractionTransitioned");
        await Api.SetPresenceAsync(client, "agent4", "available");
        try
        {
            await agent.WaitForAsync("PresenceChanged", p => Is(p, "statusId", "available") && Is(p, "subState", "Idle"), "agent4 Available");
            var id = await Api.CreateAndEnqueueAsync(client, "salud", "salud-general");

            var offer = await agent.WaitForAsync("Offer", i => Is(i, "id", id), $"the offer of {id}");
            Assert.Equal("agent4", offer.GetProperty("agentId").GetString());
            await agent.WaitForAsync("PresenceChanged", p => Is(p, "subState", "Reserved"), "agent4 Reserved");
            await Api.PostAsync(client, $"/api/v1/interactions/{id}/accept", new { agentId = "agent4" });
            await agent.WaitForAsync("PresenceChanged", p => Is(p, "subState", "OnContact"), "agent4 OnContact");
            await Api.PostAsync(client, $"/api/v1/interactions/{id}/end");
            await agent.WaitForAsync("PresenceChanged", p => Is(p, "subState", "WrapUp"), "agent4 WrapUp");
            await Api.PostAsync(client, $"/api/v1/interactions/{id}/close", new { disposition = new { code = "consulta/cobertura" } });
            await agent.WaitForAsync("PresenceChanged", p => Is(p, "subState", "Idle"), "agent4 Idle again");

            foreach (var state in new[] { "Queued", "Offered", "Connected", "WrapUp", "Closed" })
            {
                var transition = await supervisor.WaitForAsync("InteractionTransitioned", t => Is(t, "interactionId", id) && Is(t, "to", state), $"{id} to {state}");
                Assert.Equal(state, transition.GetProperty("interaction").GetProperty("state").GetString());
            }
        }
        finally
        {
            await Api.SetPresenceAsync(client, "agent4", "offline");
        }
    }

    private static bool Is(JsonElement element, string property, string value) =>
        element.TryGetProperty(property, out var found) && found.ValueKind == JsonValueKind.String && found.GetString() == value;

    private static string? State(JsonElement interaction) => interaction.GetProperty("state").GetString();

    private static async Task AssertSubStateAsync(HttpClient client, string agentId, string subState) =>
        Assert.Equal(subState, (await Api.GetAsync(client, $"/api/v1/agents/{agentId}/presence")).GetProperty("subState").GetString());
}
