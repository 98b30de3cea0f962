using System.CommandLine;
using ContactCenter.Cli.Connection;
using ContactCenter.Cli.Keys;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Security.Encryption.Keys;
using ContactCenter.Kernel.Security.Encryption.Rotation;
using ContactCenter.Sdk.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Cli.Commands;

/// <summary>
/// <c>cc keys status|rotate|rotate-data-key|rotate-master-key</c>: the encryption key ring, managed offline on the data directory
/// while the host is stopped. Every rotation is recorded as a <c>cc.security.key-ring-changed</c> event and in the audit log
/// (actor <c>cli:{user}</c>).
/// </summary>
internal static class KeysCommand
{
    public static Command Create(GlobalOptions options)
    {
        var keys = new Command("keys", "Show and rotate the encryption keys (offline: stop the host first).");
        keys.Subcommands.Add(Sub("status", "Show the key provider, master keys and data keys (ids only).", null, options, (k, _, ct) => k.Manager.GetStatusAsync(ct)));
        keys.Subcommands.Add(Sub("rotate", "Start a new data key and re-encrypt the stored data under it (resumable; same as POST /api/v1/keys/rotate).",
            "Rotated the data key and re-encrypted the stored data.", options, RotateAsync));
        keys.Subcommands.Add(Sub("rotate-data-key", "Start a new data key for new writes; old data stays readable with the old keys and is not rewritten.",
            "Rotated the data key.", options, (k, _, ct) => k.Manager.RotateDataKeyAsync(ct)));
        keys.Subcommands.Add(Sub("rotate-master-key",
            "Re-wrap every data key under the current master key (the File provider first creates a new one); no data is rewritten.",
            "Re-wrapped the data keys.", options, (k, _, ct) => k.Manager.RotateMasterKeyAsync(ct)));
        keys.Subcommands.Add(KeysOAuthCommand.Create(options));
        return keys;
    }

    private static Command Sub(string name, string description, string? done, GlobalOptions options, Func<OfflineKeys, TextWriter, CancellationToken, ValueTask<KeyRingStatus>> operation)
    {
        var command = new Command(name, description);
        command.SetAction(async (result, ct) =>
        {
            var settings = options.Read(result);
            if (HostLocator.Locate(settings, result.InvocationConfiguration.Error) is not null)
            {
                throw new CliException("cc keys works on the data directory while the host is stopped: stop the host, run the command, start the host.", ExitCodes.Refused);
            }

            // The audit log names who rotated: the operating-system account that ran cc.
            AuditActor.Set("cli:" + Environment.UserName, null);
            var offline = await OfflineKeys.OpenAsync(settings.DataDirectory, ct).ConfigureAwait(false);
            await using (offline.ConfigureAwait(false))
            {
                KeyRingStatus status;
                try
                {
                    status = await operation(offline, result.InvocationConfiguration.Error, ct).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is ContactCenterException or KeyRingUnavailableException or InvalidDataException or Microsoft.Extensions.Options.OptionsValidationException)
                {
                    throw new CliException(ex.Message, ExitCodes.Refused, ex);
                }

                await KeyStatusPrinter.PrintAsync(result.InvocationConfiguration.Output, done, status, settings.Json).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async ValueTask<KeyRingStatus> RotateAsync(OfflineKeys keys, TextWriter error, CancellationToken cancellationToken)
    {
        var rotation = keys.Services.GetRequiredService<IKeyRotation>();
        var done = await rotation.RunAsync(new RotationProgressWriter(error), cancellationToken).ConfigureAwait(false);
        await error.WriteLineAsync(FormattableString.Invariant(
            $"Rotation {done.RotationId}: data key {done.DataKeyId}, {done.Scanned:N0} documents visited, {done.ReEncrypted:N0} re-encrypted, {done.Failed:N0} refused.")).ConfigureAwait(false);
        if (done.Failed > 0)
        {
            throw new CliException($"{done.Failed} documents hold a value that does not authenticate (tampered); they were left as they were (see the log).", ExitCodes.Refused);
        }

        return await keys.Manager.GetStatusAsync(cancellationToken).ConfigureAwait(false);
    }
}
