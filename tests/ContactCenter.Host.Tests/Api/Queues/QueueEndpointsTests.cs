using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Host.Tests.Support;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Sdk.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Host.Tests.Api.Queues;

[Collection(SharedHostCollection.Name)]
public sealed class QueueEndpointsTests(SharedHostFixture fixture)
{
    [Fact]
    public async Task Put_QueueWithManyProblems_Answers400ListingEveryFieldAndSavesNothing()
    {
        using var client = fixture.Host.CreateAdminClient();
        var body = new
        {
            id = "broken", name = new { en = "Broken", es = "Rota" }, serviceLineId = "nowhere", requiredSkills = new[] { new { skillId = "ghost", minLevel = 3 } },
            priority = 150, priorityAgeingPerMinute = -1,
            overflow = new[] { new { after = "00:00:30", addQueueIds = new[] { "broken" } }, new { after = "00:00:10", addQueueIds = Array.Empty<string>() } },
        };

        using var response = await client.PutAsJsonAsync("/api/v1/queues/broken", body);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "request.invalid");
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["overflow[0]", "overflow[1]", "priority", "priorityAgeingPerMinute", "requiredSkills", "serviceLineId"], fields);
        using var get = await client.GetAsync("/api/v1/queues/broken");
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task Put_ValidQueue_IsSavedAndItsSnapshotIsEmpty()
    {
        var directory = fixture.Host.App.Services.GetRequiredService<IDirectory>();
        await directory.ServiceLines.SaveAsync(new ServiceLine { Id = "autos", Name = new("Auto", "Autos") });
        using var client = fixture.Host.CreateAdminClient();
        using (var skill = await client.PutAsJsonAsync("/api/v1/skills/claims", new { id = "claims", name = new { en = "Claims", es = "Reclamos" } }))
        {
            Assert.Equal(HttpStatusCode.OK, skill.StatusCode);
        }

        var body = new { id = "claims-q", name = new { en = "Claims", es = "Reclamos" }, serviceLineId = "autos", requiredSkills = new[] { new { skillId = "claims", minLevel = 3 } } };
        using var response = await client.PutAsJsonAsync("/api/v1/queues/claims-q", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var snapshot = await client.GetFromJsonAsync<JsonElement>("/api/v1/queues/claims-q/snapshot");

        Assert.Equal(("claims-q", 0), (snapshot.GetProperty("queueId").GetString(), snapshot.GetProperty("waiting").GetInt32()));
        Assert.Equal(0, snapshot.GetProperty("positions").GetArrayLength());
    }

    [Fact]
    public async Task GetSnapshot_UnknownQueue_Answers404()
    {
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.GetAsync("/api/v1/queues/no-such-queue/snapshot");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "queue.not-found");
    }

    [Fact]
    public async Task PutAgentSkills_LevelOutOfRange_Answers400()
    {
        var directory = fixture.Host.App.Services.GetRequiredService<IDirectory>();
        await directory.Skills.SaveAsync(new Skill { Id = "sales", Name = new("Sales", "Ventas") });
        await directory.Agents.SaveAsync(new Agent { Id = "skilled", DisplayName = "Skilled" });
        using var client = fixture.Host.CreateAdminClient();

        using var bad = await client.PutAsJsonAsync("/api/v1/agents/skilled/skills", new[] { new { skillId = "sales", level = 11 } });
        using var good = await client.PutAsJsonAsync("/api/v1/agents/skilled/skills", new[] { new { skillId = "sales", level = 7 } });

        await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(7, (await directory.Agents.GetAsync("skilled"))!.Skills.Single().Level);
    }
}
