using ContactCenter.Host.Demo;
using ContactCenter.Host.Tests.EndToEnd;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Sdk.Domain;
using ContactCenter.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Host.Tests.Demo;

/// <summary>Demo mode on the real host and LiteDB: what it seeds, that it seeds once, and that it respects an administrator's changes.</summary>
public sealed class DemoModeTests : IDisposable
{
    private const int Entries = 34; // 2 service lines, 4 skills, 2 queues, 2 teams, 4 agents, 7 demo users, 13 disposition codes
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("cc-demo-");

    public void Dispose() => _data.Delete(recursive: true);

    [Fact]
    public async Task Start_Demo_SeedsTheDirectoryMarkedAsDemo()
    {
        using var output = new StringWriter();
        await using var host = await EndToEndHost.StartAsync(_data.FullName, output);
        var directory = host.App.Services.GetRequiredService<IDirectory>();

        Assert.Equal(["autos", "salud"], (await directory.ServiceLines.ListAsync()).Select(l => l.Id).Order());
        var autos = (await directory.ServiceLines.GetAsync("autos"))!;
        Assert.All(new[] { autos.Name.En, autos.Name.Es }, n => Assert.EndsWith("(demo)", n, StringComparison.Ordinal));
        Assert.Equal(["autos", "lang-en", "lang-es", "salud"], (await directory.Skills.ListAsync()).Select(s => s.Id).Order());
        var queue = (await directory.Queues.GetAsync("autos-general"))!;
        Assert.Equal("autos", queue.ServiceLineId);
        Assert.Contains(queue.RequiredSkills, r => r.SkillId == "autos");
        Assert.Equal("salud", (await directory.Queues.GetAsync("salud-general"))!.ServiceLineId);
        Assert.All(await directory.Teams.ListAsync(), t => Assert.Contains("supervisor1", t.SupervisorIds));
        Assert.Equal(2, (await directory.Teams.ListAsync()).Count);

        var agents = (await directory.Agents.ListAsync()).ToDictionary(a => a.Id);
        Assert.Equal(["agent1", "agent2", "agent3", "agent4"], agents.Keys.Order());
        Assert.Equal(8, Level(agents["agent1"], "autos"));
        Assert.Equal((5, 3), (Level(agents["agent2"], "autos"), Level(agents["agent2"], "salud")));
        Assert.Equal(9, Level(agents["agent3"], "salud"));
        Assert.Equal((6, 6), (Level(agents["agent4"], "autos"), Level(agents["agent4"], "salud")));
        Assert.All(agents.Values, a => Assert.EndsWith("(demo)", a.DisplayName, StringComparison.Ordinal));

        var report = Report(host);
        Assert.Equal((Entries, 0), (report.Count(DemoSeedOutcome.Created), report.Count(DemoSeedOutcome.Found)));
    }

    [Fact]
    public async Task Start_Demo_PrintsWhatItCreatedAndHowToUseItWithoutTheToken()
    {
        using var output = new StringWriter();
        await using var host = await EndToEndHost.StartAsync(_data.FullName, output);

        var guide = output.ToString();
        Assert.Contains($"{Entries} created", guide, StringComparison.Ordinal);
        Assert.Contains("agent1", guide, StringComparison.Ordinal);
        Assert.Contains("supervisor1", guide, StringComparison.Ordinal);
        Assert.Contains(host.BaseAddress.GetLeftPart(UriPartial.Authority), guide, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(host.DataDirectory, "secrets", "admin.token"), guide, StringComparison.Ordinal);
        Assert.Contains("/api/v1/interactions/$ID/accept", guide, StringComparison.Ordinal);
        Assert.Contains(host.BaseAddress.GetLeftPart(UriPartial.Authority) + "/demo (autos, salud", guide, StringComparison.Ordinal);
        Assert.Contains("-X POST \"$CC/demo/whatsapp/messages\"", guide, StringComparison.Ordinal);
        Assert.DoesNotContain(host.AdminToken, guide, StringComparison.Ordinal);
        Assert.Equal(guide, await File.ReadAllTextAsync(Path.Combine(host.DataDirectory, DemoGuide.FileName)));
    }

    [Fact]
    public async Task Start_DemoTwice_SecondStartCreatesNothingAndKeepsAdministratorChanges()
    {
        await using (var first = await EndToEndHost.StartAsync(_data.FullName))
        {
            var directory = first.App.Services.GetRequiredService<IDirectory>();
            var agent1 = (await directory.Agents.GetAsync("agent1"))!;
            await directory.Agents.SaveAsync(agent1 with { DisplayName = "Ana renamed by an admin", Skills = [new AgentSkill("autos", 2)] });
            Assert.True(await directory.Agents.DeleteAsync("agent4"));
        }

        using var output = new StringWriter();
        await using var second = await EndToEndHost.StartAsync(_data.FullName, output);
        var again = second.App.Services.GetRequiredService<IDirectory>();

        var report = Report(second);
        Assert.Equal((0, Entries - 1, 1), (report.Count(DemoSeedOutcome.Created), report.Count(DemoSeedOutcome.Found), report.Count(DemoSeedOutcome.Deleted)));
        var kept = (await again.Agents.GetAsync("agent1"))!;
        Assert.Equal("Ana renamed by an admin", kept.DisplayName);
        Assert.Equal(2, Level(kept, "autos"));
        Assert.Null(await again.Agents.GetAsync("agent4"));
        Assert.Equal(["agent1", "agent2", "agent3"], (await again.Agents.ListAsync()).Select(a => a.Id).Order());
        Assert.Equal(2, (await again.Queues.ListAsync()).Count);
        Assert.Contains("0 created", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DemoOnNonLoopbackUrl_RefusedWithExitCode2AndSeedsNothing()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            RunningHost.StartAsync(_data.FullName, null, "--CC:Storage:Provider=LiteDb", "--demo", "--urls", "https://0.0.0.0:0"));

        var failure = StartupFailure.Describe(error);
        Assert.NotNull(failure);
        Assert.Equal(2, failure.ExitCode);
        Assert.Contains("'https://0.0.0.0:0'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("--demo-force", failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_data.FullName, DemoGuide.FileName)));

        // Nothing was seeded: a later loopback start creates every entry.
        await using var host = await EndToEndHost.StartAsync(_data.FullName);
        Assert.Equal(Entries, Report(host).Count(DemoSeedOutcome.Created));
    }

    [Fact]
    public async Task Start_WithoutDemo_SeedsNothing()
    {
        await using var host = await RunningHost.StartAsync(_data.FullName, null, "--CC:Storage:Provider=LiteDb");

        Assert.Null(host.App.Services.GetRequiredService<DemoSeedService>().Report);
        Assert.Empty(await host.App.Services.GetRequiredService<IDirectory>().Agents.ListAsync());
    }

    private static DemoSeedReport Report(RunningHost host) => host.App.Services.GetRequiredService<DemoSeedService>().Report!;

    private static int Level(Agent agent, string skill) => agent.Skills.Single(s => s.SkillId == skill).Level;
}
