using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Host.Tests.Support;
using ContactCenter.Testing.Hosting;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Sdk.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Host.Tests.Api.Dispositions;

/// <summary>
/// <c>/api/v1/dispositions</c> on a private host (defining codes enforces the catalogue, which the shared host's other
/// tests must not see): CRUD with every problem listed, audit, the built-in code, and an interaction's choices.
/// </summary>
public sealed class DispositionEndpointsTests
{
    [Fact]
    public async Task PutGetDelete_Catalogue_SavedListedAuditedAndBadInputChangesNothing()
    {
        await using var host = await RunningHost.StartAsync();
        await host.App.Services.GetRequiredService<IDirectory>().ServiceLines.SaveAsync(new ServiceLine { Id = "autos", Name = new("Car", "Autos") });
        using var client = host.CreateAdminClient();

        using var reason = await client.PutAsJsonAsync("/api/v1/dispositions/codes/poliza", new { code = "poliza", label = new { en = "Policy", es = "Póliza" } });
        using var leaf = await client.PutAsJsonAsync("/api/v1/dispositions/codes/poliza/cambio-datos",
            new { code = "poliza/cambio-datos", label = new { en = "Change of details", es = "Cambio de datos" }, notesRequired = true, scope = new { serviceLineIds = new[] { "autos" } } });
        using var orphan = await client.PutAsJsonAsync("/api/v1/dispositions/codes/x/y", new { code = "x/y", label = new { en = "", es = "Y" } });
        using var mismatch = await client.PutAsJsonAsync("/api/v1/dispositions/codes/poliza/other", new { code = "poliza/else", label = new { en = "A", es = "A" } });
        using var deleteBuiltIn = await client.DeleteAsync("/api/v1/dispositions/codes/" + DispositionRef.TimeoutCode);
        using var one = await client.GetAsync("/api/v1/dispositions/codes/poliza/cambio-datos");
        var all = await client.GetFromJsonAsync<JsonElement>("/api/v1/dispositions");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (reason.StatusCode, leaf.StatusCode));
        var problem = await ProblemAssert.IsProblemAsync(orphan, HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal(["code", "label.en"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        await ProblemAssert.IsProblemAsync(mismatch, HttpStatusCode.BadRequest, "request.invalid");
        await ProblemAssert.IsProblemAsync(deleteBuiltIn, HttpStatusCode.BadRequest, "request.invalid");
        Assert.True((await one.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("notesRequired").GetBoolean());
        Assert.Equal(["poliza", "poliza/cambio-datos", "system", DispositionRef.TimeoutCode],
            all.EnumerateArray().Select(c => c.GetProperty("code").GetString()));

        var audit = host.App.Services.GetRequiredService<IAuditLog>();
        var actions = new List<string>();
        await foreach (var entry in audit.ReadAsync(new AuditQuery { Target = "disposition-code/" }))
        {
            actions.Add($"{entry.Action} {entry.Target}");
        }

        Assert.Equal(["disposition.code.created disposition-code/poliza", "disposition.code.created disposition-code/poliza/cambio-datos"], actions);
    }

    [Fact]
    public async Task GetChoices_Interaction_ListsInScopeLeavesAndPolicy()
    {
        await using var host = await RunningHost.StartAsync();
        await host.App.Services.GetRequiredService<IDirectory>().ServiceLines.SaveAsync(new ServiceLine { Id = "autos", Name = new("Car", "Autos") });
        using var client = host.CreateAdminClient();
        await client.PutAsJsonAsync("/api/v1/dispositions/codes/consulta", new { code = "consulta", label = new { en = "Enquiry", es = "Consulta" } });
        await client.PutAsJsonAsync("/api/v1/dispositions/codes/consulta/cobertura", new { code = "consulta/cobertura", label = new { en = "Coverage", es = "Cobertura" } });
        using var policy = await client.PutAsJsonAsync("/api/v1/dispositions/policies/service-line/autos", new { required = false });
        using var badPolicy = await client.PutAsJsonAsync("/api/v1/dispositions/policies/service-line/ghost", new { required = false });
        using var created = await client.PostAsJsonAsync("/api/v1/interactions", new { channel = "Chat", direction = "Inbound", serviceLineId = "autos" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var choices = await client.GetFromJsonAsync<JsonElement>($"/api/v1/interactions/{id}/dispositions");
        using var unknown = await client.GetAsync("/api/v1/interactions/no-such/dispositions");

        Assert.Equal(HttpStatusCode.OK, policy.StatusCode);
        await ProblemAssert.IsProblemAsync(badPolicy, HttpStatusCode.BadRequest, "request.invalid");
        Assert.False(choices.GetProperty("required").GetBoolean());
        Assert.True(choices.GetProperty("enforced").GetBoolean());
        var option = Assert.Single(choices.GetProperty("options").EnumerateArray());
        Assert.Equal("consulta/cobertura", option.GetProperty("code").GetString());
        Assert.Equal(["Consulta", "Cobertura"], option.GetProperty("path").EnumerateArray().Select(p => p.GetProperty("es").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
