using ContactCenter.Kernel.Contacts;
using ContactCenter.Kernel.Conversations;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Tests.Conversations;

/// <summary>A private corner of a shared silo: an inbox of a fake plugin bound to a queue one agent serves.</summary>
internal sealed class ConversationWorld
{
    public const string PluginId = "cc.test.chat";

    private ConversationWorld(TestSilo silo, Inbox inbox, Queue queue, string agent)
    {
        Silo = silo;
        Inbox = inbox;
        Queue = queue;
        Agent = agent;
    }

    public TestSilo Silo { get; }

    public Inbox Inbox { get; }

    public Queue Queue { get; }

    public string Agent { get; }

    public IKernelConversationService Conversations => Silo.Services.GetRequiredService<IKernelConversationService>();

    public IContactDirectory Contacts => Silo.Services.GetRequiredService<IContactDirectory>();

    public static async Task<ConversationWorld> CreateAsync(TestSilo silo, bool served = true)
    {
        var skill = Scenario.Unique("chat");
        var queue = await silo.QueueAsync(skill);
        var agent = served ? await silo.AgentAsync(skill) : "nobody";
        var service = silo.Services.GetRequiredService<IKernelConversationService>();
        var inbox = await service.OpenInboxAsync(PluginId, new InboxRequest { ChannelName = Scenario.Unique("web"), ServiceLineId = queue.ServiceLineId, QueueId = queue.Id });
        return new ConversationWorld(silo, inbox, queue, agent);
    }

    public InboundMessage Message(string thread, string id, string text = "Hola, necesito ayuda") =>
        new() { InboxId = Inbox.Id, SourceConversationId = thread, SourceMessageId = id, Text = text };

    public ValueTask<IngestResult> IngestAsync(string thread, string id, string text = "Hola, necesito ayuda") =>
        Conversations.IngestAsync(PluginId, Message(thread, id, text));
}
