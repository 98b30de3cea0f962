using System.Text.RegularExpressions;
using ContactCenter.Cli.Tests.Support;

namespace ContactCenter.Cli.Tests.Commands;

/// <summary><c>cc keys oauth</c> offline on a real embedded store: rotation makes new current keys and keeps the retired ones listed.</summary>
public sealed partial class KeysOAuthCommandTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("cc-oauth-keys-");

    private string DataDirectory => Path.Combine(_work.FullName, "data");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task Rotate_Offline_NewCurrentKeysAndRetiredOnesListed()
    {
        var first = await Cc("keys", "oauth", "rotate");
        var signing = await Cc("keys", "oauth", "rotate", "--use", "signing");
        var status = await Cc("keys", "oauth", "status");

        Assert.Equal([0, 0, 0], new[] { first.ExitCode, signing.ExitCode, status.ExitCode });
        Assert.Matches("Rotated the OAuth keys: signing ok-[0-9a-f]{16}, encryption ok-[0-9a-f]{16}", first.Output);
        var newSigning = NewKey().Match(signing.Output).Groups[1].Value;
        var lines = status.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith(newSigning, StringComparison.Ordinal) && l.EndsWith("current", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("signing", StringComparison.Ordinal) && l.Contains("retired", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("encryption", StringComparison.Ordinal) && l.EndsWith("current", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rotate_UnknownUse_RefusedAndNothingCreated()
    {
        var refused = await Cc("keys", "oauth", "rotate", "--use", "sealing");
        var status = await Cc("keys", "oauth", "status");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("sealing", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, status.ExitCode);
        Assert.Empty(status.Output.Trim());
    }

    private Task<CliRun> Cc(params string[] args) => CliRun.RunAsync(["--data-dir", DataDirectory, .. args]);

    [GeneratedRegex("signing (ok-[0-9a-f]{16})")]
    private static partial Regex NewKey();
}
