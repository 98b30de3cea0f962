using System.CommandLine;
using System.Globalization;
using ContactCenter.Cli.Connection;
using ContactCenter.Cli.Keys;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Identity.OAuth.Keys;
using ContactCenter.Kernel.Security.Encryption;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Cli.Commands;

/// <summary>
/// <c>cc keys oauth status|rotate [--use signing|encryption]</c>: the OAuth server's signing and encryption keys, offline on
/// the data directory while the host is stopped (the host loads them when it starts). A rotation makes a new key current;
/// the retired one keeps validating the tokens it issued for the longest token lifetime. Audited as <c>cli:{user}</c>.
/// </summary>
internal static class KeysOAuthCommand
{
    public static Command Create(GlobalOptions options)
    {
        var oauth = new Command("oauth", "Show and rotate the OAuth signing and encryption keys (offline: stop the host first).");
        var status = new Command("status", "List the OAuth keys: id (the JWT kid), use, created, retired.");
        status.SetAction((result, ct) => RunAsync(result, options, null, ct));
        var rotate = new Command("rotate", "Make new OAuth keys current (both uses unless --use is given); retired keys validate until their tokens expire.");
        var use = new Option<string?>("--use") { Description = "Only this key: signing or encryption." };
        rotate.Options.Add(use);
        rotate.SetAction((result, ct) => RunAsync(result, options, result.GetValue(use) ?? "", ct));
        oauth.Subcommands.Add(status);
        oauth.Subcommands.Add(rotate);
        return oauth;
    }

    private static async Task<int> RunAsync(ParseResult result, GlobalOptions options, string? rotateUse, CancellationToken cancellationToken)
    {
        var settings = options.Read(result);
        if (HostLocator.Locate(settings, result.InvocationConfiguration.Error) is not null)
        {
            throw new CliException("cc keys works on the data directory while the host is stopped: stop the host, run the command, start the host.", ExitCodes.Refused);
        }

        AuditActor.Set("cli:" + Environment.UserName, null);
        var offline = await OfflineKeys.OpenAsync(settings.DataDirectory, cancellationToken).ConfigureAwait(false);
        await using (offline.ConfigureAwait(false))
        {
            // Loads the encryption key ring: the OAuth private keys are stored encrypted with it.
            await offline.Manager.GetStatusAsync(cancellationToken).ConfigureAwait(false);
            var services = offline.Services;
            var ring = new OAuthKeyRing(services.GetRequiredService<IDocumentStore>(), services.GetRequiredService<IDataProtector>(), services.GetRequiredService<KernelTime>());
            var output = result.InvocationConfiguration.Output;
            if (rotateUse is not null)
            {
                try
                {
                    var rotated = await new OAuthKeyRotation(ring, services.GetRequiredService<IAuditLog>())
                        .RotateAsync(rotateUse.Length == 0 ? null : rotateUse, "cli:" + Environment.UserName, null, cancellationToken).ConfigureAwait(false);
                    await output.WriteLineAsync("Rotated the OAuth keys: " + string.Join(", ", rotated.Select(r => $"{r.Key} {r.Value}"))).ConfigureAwait(false);
                }
                catch (ContactCenterException ex)
                {
                    throw new CliException(ex.Message, ExitCodes.Usage, ex);
                }
            }

            foreach (var key in await ring.ListAsync(cancellationToken).ConfigureAwait(false))
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{key.Id}  {key.Use,-10}  created {key.CreatedAt:u}  {(key.RetiredAt is { } retired ? $"retired {retired:u}" : "current")}")).ConfigureAwait(false);
            }
        }

        return ExitCodes.Success;
    }
}
