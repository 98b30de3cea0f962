using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Search;
using MailKit.Security;
using MimeKit;

namespace ContactCenter.Plugins.Channels.Email.Tests.Support;

/// <summary>The far side of the test servers: a customer sending through Postfix, mail put straight into a mailbox, mailboxes read back over IMAP.</summary>
internal sealed class MailClient(MailServers servers)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Sends through the private Postfix, which delivers to Dovecot over LMTP.</summary>
    public async Task SendAsync(MimeMessage message)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", servers.SmtpPort, SecureSocketOptions.None);
        await client.SendAsync(message);
        await client.DisconnectAsync(true);
    }

    /// <summary>Puts raw mail straight into a mailbox's INBOX (how a server redelivers, or how a malformed mail arrives untouched).</summary>
    public async Task AppendAsync(string user, byte[] raw)
    {
        using var client = await OpenAsync(user);
        using var stream = new MemoryStream(raw);
        var message = await MimeMessage.LoadAsync(stream);
        await client.Inbox.AppendAsync(new AppendRequest(message));
        await client.DisconnectAsync(true);
    }

    /// <summary>Reads a folder until a message satisfies the condition.</summary>
    public async Task<MimeMessage> WaitForAsync(string user, string folder, Func<MimeMessage, bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var found = (await ReadAllAsync(user, folder)).FirstOrDefault(condition);
            if (found is not null)
            {
                return found;
            }

            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"No such message in {user}'s {folder} within {Patience.TotalSeconds} s.\n{servers.Logs()}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>Searches a folder by Message-ID until the message is there (without downloading it: it may be large).</summary>
    public async Task WaitForIdAsync(string user, string folder, string messageId)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            using (var client = await OpenAsync(user))
            {
                var found = false;
                try
                {
                    var mailbox = await client.GetFolderAsync(folder);
                    await mailbox.OpenAsync(FolderAccess.ReadOnly);
                    found = (await mailbox.SearchAsync(SearchQuery.HeaderContains("Message-ID", messageId))).Count > 0;
                }
                catch (FolderNotFoundException)
                {
                    // Not created yet: the plugin creates it on connecting.
                }

                await client.DisconnectAsync(true);
                if (found)
                {
                    return;
                }
            }

            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"Message {messageId} did not reach {user}'s {folder} within {Patience.TotalSeconds} s.\n{servers.Logs()}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>How many messages a folder holds now (without reading them: the plugin may be moving them meanwhile).</summary>
    public async Task<int> CountAsync(string user, string folder)
    {
        using var client = await OpenAsync(user);
        var mailbox = folder == "INBOX" ? client.Inbox : await client.GetFolderAsync(folder);
        await mailbox.OpenAsync(FolderAccess.ReadOnly);
        var count = mailbox.Count;
        await client.DisconnectAsync(true);
        return count;
    }

    public async Task<IReadOnlyList<MimeMessage>> ReadAllAsync(string user, string folder)
    {
        using var client = await OpenAsync(user);
        IMailFolder mailbox;
        try
        {
            mailbox = folder == "INBOX" ? client.Inbox : await client.GetFolderAsync(folder);
        }
        catch (FolderNotFoundException)
        {
            return [];
        }

        await mailbox.OpenAsync(FolderAccess.ReadOnly);
        var messages = new List<MimeMessage>();
        foreach (var uid in await mailbox.SearchAsync(SearchQuery.All))
        {
            messages.Add(await mailbox.GetMessageAsync(uid));
        }

        await client.DisconnectAsync(true);
        return messages;
    }

    private async Task<ImapClient> OpenAsync(string user)
    {
        var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", servers.ImapPort, SecureSocketOptions.None);
        await client.AuthenticateAsync(user, MailServers.Password);
        return client;
    }
}
