using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using ContactCenter.Benchmarks.Realtime;
using ContactCenter.Testing.Hosting;
using HdrHistogram;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Benchmarks.Messaging;

/// <summary>
/// The agents' side: one <c>/hubs/agent</c> connection per agent, the offers they receive, and a waiter per
/// conversation completed when the hub delivers that conversation's next incoming message.
/// </summary>
internal sealed class MessagingDesk : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly Channel<JsonElement> _offers = Channel.CreateUnbounded<JsonElement>();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _waiting = new(StringComparer.Ordinal);
    private List<HubConnection> _connections = [];

    public static async Task<MessagingDesk> ConnectAsync(RunningHost host, int agents)
    {
        var desk = new MessagingDesk();
        desk._connections = await HubClients.ConnectManyAsync(host, "/hubs/agent", agents, 8, i => BenchTokens.Agent(MessagingHost.AgentId(i)), (_, c) =>
        {
            c.On<JsonElement>("Offer", o => desk._offers.Writer.TryWrite(o));
            c.On<JsonElement>("ConversationMessage", desk.OnMessage);
        });
        return desk;
    }

    /// <summary>
    /// A customer's first message: it opens a conversation, which becomes an interaction routed to one of the agents;
    /// the agent hears the offer on the hub and takes the conversation through the API. Records first message → offer.
    /// </summary>
    public async Task<Customer> EstablishAsync(WhatsAppWebhook webhook, HttpClient admin, string waId, LatencyTable table, LongHistogram toOffer)
    {
        var notBefore = TimeProvider.System.GetUtcNow().AddSeconds(-1);
        var t0 = Stopwatch.GetTimestamp();
        await webhook.PostTextAsync(waId, $"wamid.bench.{waId}.first", "Hola, quiero cotizar un seguro", TimeProvider.System.GetUtcNow());
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            JsonElement offer;
            try
            {
                offer = await _offers.Reader.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                var latest = JsonDocument.Parse(await admin.GetStringAsync(new Uri("/api/v1/conversations?limit=1", UriKind.Relative))).RootElement[0];
                var interaction = await admin.GetStringAsync(new Uri($"/api/v1/interactions/{latest.GetProperty("interactionId").GetString()}", UriKind.Relative));
                var agent = await admin.GetStringAsync(new Uri($"/api/v1/agents/{MessagingHost.AgentId(0)}/presence", UriKind.Relative));
                throw new InvalidOperationException($"No offer reached the agents within {Patience.TotalSeconds:0} s of {waId}'s first message. Its interaction: {interaction}; {MessagingHost.AgentId(0)}: {agent}");
            }

            // Skip anything else the demo might have waiting: only a WhatsApp interaction created by this message counts.
            if ((offer.TryGetProperty("channelPluginId", out var plugin) ? plugin.GetString() : null) != "cc.channels.whatsapp" || offer.GetProperty("createdAt").GetDateTimeOffset() < notBefore)
            {
                continue;
            }

            table.Record(toOffer, t0, Stopwatch.GetTimestamp());
            var customer = new Customer(waId, offer.GetProperty("externalId").GetString()!, offer.GetProperty("agentId").GetString()!);
            using var take = await admin.PostAsJsonAsync(new Uri($"/api/v1/conversations/{customer.ConversationId}/take", UriKind.Relative), new { agentId = customer.AgentId });
            return take.IsSuccessStatusCode ? customer
                : throw new InvalidOperationException($"Taking {customer.ConversationId} failed: {(int)take.StatusCode} {await take.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>Completes with the timestamp at which the hub delivers the conversation's next incoming message.</summary>
    public Task<long> ExpectIncoming(string conversationId)
    {
        var waiter = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[conversationId] = waiter;
        return waiter.Task.WaitAsync(Patience);
    }

    public async ValueTask DisposeAsync() => await HubClients.DisposeAllAsync(_connections);

    private void OnMessage(JsonElement added)
    {
        var at = Stopwatch.GetTimestamp();
        if (added.GetProperty("kind").GetString() == "Incoming" && _waiting.TryRemove(added.GetProperty("conversationId").GetString()!, out var waiter))
        {
            waiter.TrySetResult(at);
        }
    }
}
