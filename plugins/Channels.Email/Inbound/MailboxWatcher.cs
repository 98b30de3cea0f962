using ContactCenter.Plugins.Channels.Email.Accounts;
using ContactCenter.Plugins.Channels.Email.Plugin;
using ContactCenter.Sdk.Plugins;
using MailKit;
using MailKit.Net.Imap;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Email.Inbound;

/// <summary>
/// Watches every configured mailbox over IMAP, one loop each: connect, drain the inbox folder, then wait with IDLE when
/// the server offers it (ended early by new mail, at most <see cref="EmailOptions.IdleFor"/>) or poll every
/// <see cref="EmailOptions.PollInterval"/>; on any failure reconnect with a growing pause (1 s to 1 min). A mailbox
/// without an account waits until one is set.
/// </summary>
internal sealed partial class MailboxWatcher(EmailOptions options, AccountStore accounts, MailboxDrain drain, WakeSignal wake, ILogger<MailboxWatcher> logger)
    : IPluginBackgroundService, IDisposable
{
    private static readonly TimeSpan MaxPause = TimeSpan.FromMinutes(1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _loops = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var mailbox in options.Mailboxes)
        {
            _loops.Add(Task.Run(() => WatchAsync(mailbox, _stopping.Token), CancellationToken.None));
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_loops).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Draining overran its budget: the loops end on their own with the cancelled token.
        }

    }

    public void Dispose()
    {
        _stopping.Dispose();
        wake.Dispose();
    }

    private async Task WatchAsync(MailboxBinding mailbox, CancellationToken stopping)
    {
        try
        {
            await WatchUntilStoppedAsync(mailbox, stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The plugin is stopping.
        }
    }

    private async Task WatchUntilStoppedAsync(MailboxBinding mailbox, CancellationToken stopping)
    {
        var pause = TimeSpan.FromSeconds(1);
        while (!stopping.IsCancellationRequested)
        {
            var changed = wake.TokenFor(mailbox.Channel);
            try
            {
                if (await accounts.GetAsync(mailbox.Channel, stopping).ConfigureAwait(false) is not { } account)
                {
                    await PauseAsync(options.PollInterval, changed, stopping).ConfigureAwait(false);
                    continue;
                }

                await RunSessionAsync(mailbox, account.Imap, () => pause = TimeSpan.FromSeconds(1), changed, stopping).ConfigureAwait(false);
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested)
            {
                // The plugin's boundary with a remote server: whatever failed (network, server, kernel), the mail stays in
                // the inbox and the loop reconnects; nothing is acknowledged that was not stored.
                LogSessionFailed(logger, mailbox.Channel, ex.GetType().Name, ex.Message, pause.TotalSeconds);
                await PauseAsync(pause, changed, stopping).ConfigureAwait(false);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, MaxPause.Ticks));
            }
        }
    }

    private async Task RunSessionAsync(MailboxBinding mailbox, ServerEndpoint server, Action connected, CancellationToken changed, CancellationToken stopping)
    {
        using var client = new ImapClient();
        await MailConnection.OpenAsync(client, server, stopping).ConfigureAwait(false);
        var inbox = string.Equals(options.InboxFolder, "INBOX", StringComparison.OrdinalIgnoreCase)
            ? client.Inbox
            : await client.GetFolderAsync(options.InboxFolder, stopping).ConfigureAwait(false);
        await inbox.OpenAsync(FolderAccess.ReadWrite, stopping).ConfigureAwait(false);
        var processed = options.MoveProcessed ? await EnsureFolderAsync(client, options.ProcessedFolder, stopping).ConfigureAwait(false) : null;
        var quarantine = await EnsureFolderAsync(client, options.QuarantineFolder, stopping).ConfigureAwait(false);
        connected();
        var idle = client.Capabilities.HasFlag(ImapCapabilities.Idle);
        LogConnected(logger, mailbox.Channel, server.Host, server.Port, idle);
        var latch = new NewMailLatch();
        inbox.CountChanged += latch.OnCountChanged;
        while (!stopping.IsCancellationRequested && !changed.IsCancellationRequested)
        {
            latch.Reset();
            await drain.DrainAsync(mailbox, inbox, processed, quarantine, stopping).ConfigureAwait(false);
            if (idle)
            {
                await IdleAsync(client, latch, changed, stopping).ConfigureAwait(false);
            }
            else
            {
                await PauseAsync(options.PollInterval, changed, stopping).ConfigureAwait(false);
                await client.NoOpAsync(stopping).ConfigureAwait(false);
            }
        }

        if (client.IsConnected)
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task IdleAsync(ImapClient client, NewMailLatch latch, CancellationToken changed, CancellationToken stopping)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(changed);
        done.CancelAfter(options.IdleFor);
        if (!latch.Arm(done))
        {
            return;
        }

        try
        {
            await client.IdleAsync(done.Token, stopping).ConfigureAwait(false);
        }
        finally
        {
            latch.Disarm();
        }
    }

    private static async Task<IMailFolder> EnsureFolderAsync(ImapClient client, string name, CancellationToken cancellationToken)
    {
        var root = client.GetFolder(client.PersonalNamespaces[0]);
        try
        {
            return await root.GetSubfolderAsync(name, cancellationToken).ConfigureAwait(false)
                ?? throw new FolderNotFoundException(name);
        }
        catch (FolderNotFoundException)
        {
            return await root.CreateAsync(name, isMessageFolder: true, cancellationToken).ConfigureAwait(false)
                ?? throw new FolderNotFoundException(name);
        }
    }

    private static async Task PauseAsync(TimeSpan delay, CancellationToken changed, CancellationToken stopping)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(changed, stopping);
        try
        {
            await Task.Delay(delay, either.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            // The account changed: go on at once.
        }
    }

    [LoggerMessage(EventId = 8903, Level = LogLevel.Information, Message = "Mailbox {Channel}: connected to IMAP {Host}:{Port} (IDLE: {Idle})")]
    private static partial void LogConnected(ILogger logger, string channel, string host, int port, bool idle);

    [LoggerMessage(EventId = 8904, Level = LogLevel.Warning, Message = "Mailbox {Channel}: IMAP session failed ({Error}: {Message}); reconnecting in {Seconds} s")]
    private static partial void LogSessionFailed(ILogger logger, string channel, string error, string message, double seconds);
}
