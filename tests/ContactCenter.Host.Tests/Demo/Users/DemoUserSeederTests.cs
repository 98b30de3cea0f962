using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ContactCenter.Host.Demo;
using ContactCenter.Host.Tests.Identity.Pages;
using ContactCenter.Kernel.Identity.Bootstrap;
using ContactCenter.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactCenter.Host.Tests.Demo.Users;

/// <summary>Demo sign-ins on the real host: the configured or generated password, and MFA not forced on loopback.</summary>
public sealed partial class DemoUserSeederTests : IDisposable
{
    private const string DemoPassword = "Demo-Password-2026";
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("cc-demo-users-");

    public void Dispose() => _data.Delete(recursive: true);

    [Fact]
    public async Task Start_DemoWithPassword_SupervisorAndAdminSignInOnLoopbackWithoutBeingForcedIntoMfa()
    {
        await using var host = await StartAsync(TextWriter.Null, $"--CC:Demo:Password={DemoPassword}");

        foreach (var (user, call) in new[] { ("supervisor1", "/api/v1/users"), ("admin", "/api/v1/plugins"), ("auditor", "/api/v1/audit/verify") })
        {
            using var browser = new PageBrowser(host);
            await browser.GetAsync("/identity/sign-in");
            await browser.SignInAsync(user, DemoPassword);
            Assert.Equal((user, "/identity/account"), (user, browser.Path));
            Assert.Equal((user, HttpStatusCode.OK), (user, (await browser.Client.GetAsync(call)).StatusCode));
        }

        using var agent = host.CreateClient();
        using var signedIn = await agent.PostAsJsonAsync("/api/v1/identity/sign-in", new { userName = "agent3", password = DemoPassword });
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/api/v1/agents/agent3/presence")).StatusCode);
        // The demo admin is the administrator: no one-time password was generated.
        Assert.False(File.Exists(Path.Combine(host.DataDirectory, BootstrapCredentials.RelativePath)));
    }

    [Fact]
    public async Task Start_DemoWithoutPassword_PrintsAGeneratedPasswordOnceThatSignsIn()
    {
        using var output = new StringWriter();
        await using (var host = await StartAsync(output))
        {
            var password = GeneratedPassword().Match(output.ToString()).Groups[1].Value;
            Assert.NotEmpty(password);
            using var client = host.CreateClient();
            using var signedIn = await client.PostAsJsonAsync("/api/v1/identity/sign-in", new { userName = "agent1", password });
            Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        }

        using var again = new StringWriter();
        await using (await StartAsync(again))
        {
            Assert.DoesNotMatch(GeneratedPassword(), again.ToString());
        }
    }

    private Task<RunningHost> StartAsync(TextWriter output, params string[] extra) =>
        RunningHost.StartAsync(_data.FullName,
            builder => builder.Services.Replace(ServiceDescriptor.Singleton(new DemoOutput(output))),
            ["--CC:Storage:Provider=LiteDb", "--demo", .. extra]);

    [GeneratedRegex("generated password (\\S+) ")]
    private static partial Regex GeneratedPassword();
}
