using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Host.Tests.Support;
using ContactCenter.Kernel.Plugins;

namespace ContactCenter.Host.Tests.Api.Plugins;

[Collection(SharedHostCollection.Name)]
public sealed class PluginEndpointsTests(SharedHostFixture fixture) : IDisposable
{
    public void Dispose() => fixture.Reset();

    [Fact]
    public async Task List_TwoPlugins_ReturnsBothWithStates()
    {
        fixture.Plugins.Add("acme.b");
        fixture.Plugins.Add("acme.a", enabled: false, state: Sdk.Plugins.PluginState.Disabled);
        using var client = fixture.Host.CreateAdminClient();

        var plugins = await client.GetFromJsonAsync<JsonElement>("/api/v1/plugins");

        Assert.Equal(["acme.a", "acme.b"], plugins.EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.Equal("Disabled", plugins[0].GetProperty("state").GetString());
    }

    [Fact]
    public async Task Get_Unknown_Answers404Problem()
    {
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.GetAsync("/api/v1/plugins/nope");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "plugin.not-found");
    }

    [Fact]
    public async Task Install_ZipBody_PassesBytesAndAnswers201WithLocation()
    {
        var package = TestPackages.Zip("installed.plugin");
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.PostAsync("/api/v1/plugins", TestPackages.Content(package));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/v1/plugins/installed.plugin", response.Headers.Location?.OriginalString);
        Assert.Equal(package, fixture.Plugins.LastPackage);
    }

    [Fact]
    public async Task Install_OctetStream_IsAccepted()
    {
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.PostAsync("/api/v1/plugins", TestPackages.Content(TestPackages.Zip("x"), "application/octet-stream"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Install_JsonBody_Answers415AndInstallsNothing()
    {
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.PostAsJsonAsync("/api/v1/plugins", new { id = "x" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Empty(fixture.Plugins.Calls);
    }

    [Fact]
    public async Task Install_OverTheSizeLimit_Answers413AndInstallsNothing()
    {
        var package = TestPackages.Zip("big", paddingBytes: SharedHostFixture.MaxPackageBytes + 1);
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.PostAsync("/api/v1/plugins", TestPackages.Content(package));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "request.too-large");
        Assert.Empty(fixture.Plugins.Calls);
    }

    [Fact]
    public async Task Install_EmptyBody_Answers400()
    {
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.PostAsync("/api/v1/plugins", TestPackages.Content([]));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "request.invalid");
        Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _));
    }

    [Fact]
    public async Task EnableAndDisable_KnownPlugin_CallTheManager()
    {
        fixture.Plugins.Add("acme.chat", enabled: false, state: Sdk.Plugins.PluginState.Disabled);
        using var client = fixture.Host.CreateAdminClient();

        using var enabled = await client.PostAsync("/api/v1/plugins/acme.chat/enable", null);
        var afterEnable = await enabled.Content.ReadFromJsonAsync<JsonElement>();
        using var disabled = await client.PostAsync("/api/v1/plugins/acme.chat/disable", null);

        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal("Active", afterEnable.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Equal(["enable:acme.chat", "disable:acme.chat"], fixture.Plugins.Calls);
    }

    [Fact]
    public async Task Upgrade_PackageOfThatPlugin_Answers200WithNewVersion()
    {
        fixture.Plugins.Add("acme.chat");
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.PostAsync("/api/v1/plugins/acme.chat/upgrade", TestPackages.Content(TestPackages.Zip("acme.chat", "2.0.0")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2.0.0", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetString());
    }

    [Fact]
    public async Task Upgrade_PackageOfAnotherPlugin_Answers400AndChangesNothing()
    {
        fixture.Plugins.Add("acme.chat");
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.PostAsync("/api/v1/plugins/acme.chat/upgrade", TestPackages.Content(TestPackages.Zip("acme.other")));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "request.invalid");
        Assert.Contains("acme.other", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(fixture.Plugins.Calls);
    }

    [Fact]
    public async Task Uninstall_KnownPlugin_Answers204()
    {
        fixture.Plugins.Add("acme.chat");
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.DeleteAsync("/api/v1/plugins/acme.chat");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Null(fixture.Plugins.Get("acme.chat"));
    }

    [Theory]
    [InlineData("plugin.manifest-invalid", HttpStatusCode.UnprocessableEntity)]
    [InlineData("plugin.sdk-unsupported", HttpStatusCode.UnprocessableEntity)]
    [InlineData("plugin.package-corrupt", HttpStatusCode.UnprocessableEntity)]
    [InlineData("plugin.already-installed", HttpStatusCode.Conflict)]
    [InlineData("plugin.invalid-argument", HttpStatusCode.BadRequest)]
    public async Task Operation_RefusedByThePluginHost_AnswersProblemByCode(string code, HttpStatusCode status)
    {
        fixture.Plugins.Add("acme.chat");
        fixture.Plugins.OperationError = new PluginOperationException(code, "Refused: fix the manifest.");
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.PostAsync("/api/v1/plugins/acme.chat/enable", null);

        var problem = await ProblemAssert.IsProblemAsync(response, status, code);
        Assert.Equal("Refused: fix the manifest.", problem.GetProperty("detail").GetString());
    }
}
