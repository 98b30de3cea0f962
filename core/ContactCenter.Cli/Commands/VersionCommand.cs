using System.CommandLine;
using System.Text.Json;
using ContactCenter.Cli.Connection;
using ContactCenter.Sdk;

namespace ContactCenter.Cli.Commands;

/// <summary><c>cc version</c>: the CLI's, the SDK's and, when it runs, the host's version.</summary>
internal static class VersionCommand
{
    public static Command Create(GlobalOptions options)
    {
        var command = new Command("version", "Show the versions of cc, the SDK and the running host.");
        command.SetAction(async (result, cancellationToken) =>
        {
            var settings = options.Read(result);
            var output = result.InvocationConfiguration.Output;
            var host = await DescribeHostAsync(settings, result.InvocationConfiguration.Error, cancellationToken).ConfigureAwait(false);
            if (settings.Json)
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new { cli = CliInfo.Version, sdk = SdkInfo.InformationalVersion, host }, CliJson.Options)).ConfigureAwait(false);
            }
            else
            {
                await output.WriteLineAsync($"cc    {CliInfo.Version}").ConfigureAwait(false);
                await output.WriteLineAsync($"sdk   {SdkInfo.InformationalVersion}").ConfigureAwait(false);
                await output.WriteLineAsync($"host  {host}").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<string> DescribeHostAsync(CliSettings settings, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            var target = HostLocator.Locate(settings, error);
            if (target is null)
            {
                return "not running";
            }

            using var api = new HostApiClient(target);
            await api.SendAsync(HttpMethod.Get, "/livez", cancellationToken).ConfigureAwait(false);
            return $"{target.Version ?? "unknown"} ({target.BaseAddress})";
        }
        catch (CliException ex)
        {
            return $"unreachable: {ex.Message}";
        }
    }
}
