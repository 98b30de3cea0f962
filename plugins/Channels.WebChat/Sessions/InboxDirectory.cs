using System.Collections.Concurrent;
using ContactCenter.Plugins.Channels.WebChat.Plugin;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Plugins;

namespace ContactCenter.Plugins.Channels.WebChat.Sessions;

/// <summary>
/// Opens each configured inbox with the kernel on first use (idempotent there), so a host whose service lines do not
/// exist yet still starts the plugin; the widget of such an inbox is told the chat is unavailable.
/// </summary>
internal sealed class InboxDirectory(WebChatOptions options, IConversationService conversations, PluginStartupContext plugin)
{
    private readonly ConcurrentDictionary<string, Inbox> _opened = new(StringComparer.Ordinal);

    public bool IsConfigured(string channel) => options.FindInbox(channel) is not null;

    public async ValueTask<Inbox> OpenAsync(string channel, CancellationToken cancellationToken)
    {
        if (_opened.TryGetValue(channel, out var inbox))
        {
            return inbox;
        }

        var binding = options.FindInbox(channel) ?? throw new InvalidOperationException($"Inbox '{channel}' is not configured.");
        inbox = await conversations.OpenInboxAsync(
            new InboxRequest { ChannelName = binding.Channel, ServiceLineId = binding.ServiceLineId, QueueId = binding.QueueId },
            cancellationToken).ConfigureAwait(false);
        _opened[channel] = inbox;
        return inbox;
    }

    public string InboxId(string channel) => $"{plugin.PluginId}.{channel}";
}
