using System.Text.Json;
using ContactCenter.Cli.Tests.Support;
using ContactCenter.Testing.Plugins;

namespace ContactCenter.Cli.Tests.Commands;

/// <summary><c>cc plugins permissions|approve|revoke</c> offline on the real kernel and embedded store.</summary>
public sealed class PluginPermissionsCommandTests : IDisposable
{
    private const string PluginId = "cc.test.perm";
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("cc-perm-");

    private string DataDirectory => Path.Combine(_work.FullName, "data");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task ApproveThenRevoke_Offline_ShowsEachStateAndKeepsIt()
    {
        Assert.Equal(0, (await Cc("plugins", "install", Package())).ExitCode);

        var before = await Cc("plugins", "permissions", PluginId);
        var approve = await Cc("plugins", "approve", PluginId, "interactions.write");
        var shown = await Cc("plugins", "permissions", PluginId, "--json");
        var revoke = await Cc("plugins", "revoke", PluginId, "interactions.write");

        Assert.Equal([0, 0, 0, 0], new[] { before.ExitCode, approve.ExitCode, shown.ExitCode, revoke.ExitCode });
        Assert.Contains("pending:   interactions.write", before.Output, StringComparison.Ordinal);
        Assert.Contains("approved:  interactions.write (last change by cli:", approve.Output, StringComparison.Ordinal);
        var json = JsonDocument.Parse(shown.Output).RootElement;
        Assert.Equal("interactions.write", json.GetProperty("approved")[0].GetString());
        Assert.Contains("revoked:   interactions.write", revoke.Output, StringComparison.Ordinal);
        Assert.Contains("approved:  (none)", revoke.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_UnknownPermission_RefusedAndNothingApproved()
    {
        Assert.Equal(0, (await Cc("plugins", "install", Package())).ExitCode);

        var approve = await Cc("plugins", "approve", PluginId, "interactions.write", "root.everything");
        var shown = await Cc("plugins", "permissions", PluginId);

        Assert.Equal(ExitCodes.Refused, approve.ExitCode);
        Assert.Contains("'root.everything' is not a known permission", approve.Error, StringComparison.Ordinal);
        Assert.Contains("approved:  (none)", shown.Output, StringComparison.Ordinal);
    }

    private string Package() =>
        TestPlugin.Create(PluginId, "1.0.0").WithKinds("extension").WithSource(TestPluginSources.HttpReply("perm")).WithPermissions("interactions.write")
            .PackZip(Path.Combine(_work.FullName, "perm.zip"));

    private Task<CliRun> Cc(params string[] args) => CliRun.RunAsync([.. args, "--data-dir", DataDirectory]);
}
