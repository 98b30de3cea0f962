using System.Diagnostics;
using System.Globalization;
using ContactCenter.Benchmarks.Realtime;
using HdrHistogram;

namespace ContactCenter.Benchmarks.Messaging;

/// <summary>
/// Inbound messaging through the real path: a signed WhatsApp webhook over HTTPS → the plugin (signature, parsing) →
/// the kernel's conversation (idempotent ingestion, contact, message stored) → <c>ConversationMessage</c> on
/// <c>/hubs/agent</c> at the connected agent. Then the fan-out of one message to many agent hub sockets.
/// </summary>
internal static class MessagingBenchmark
{
    public static async Task<int> RunAsync(MessagingOptions options)
    {
        var output = Console.Out;
        output.WriteLine($"messaging benchmark: store={options.Store} customers={options.Customers} agents={options.Agents} senders={options.Senders} "
            + $"messages={options.Messages} sockets={options.Sockets} rounds={options.Rounds} cores={Environment.ProcessorCount} load average {CpuMeter.LoadAverage()}");
        await using var host = await MessagingHost.StartAsync(options);
        using var admin = host.CreateAdminClient();
        using var client = host.CreateClient();
        var webhook = new WhatsAppWebhook(client, MessagingHost.AppSecret);
        await using var desk = await MessagingDesk.ConnectAsync(host, options.Agents);
        var table = new LatencyTable();

        var established = Stopwatch.GetTimestamp();
        var toOffer = table.Row("first message: webhook POST → Offer on /hubs/agent");
        var customers = new List<Customer>();
        for (var i = 0; i < options.Customers; i++)
        {
            // Costa Rican mobile numbers (+506 88xx xxxx): valid E.164, so each becomes a contact matched by phone.
            customers.Add(await desk.EstablishAsync(webhook, admin, $"50688{i:D6}", table, toOffer));
        }

        output.WriteLine($"  {options.Customers} conversations opened, routed and taken in {Stopwatch.GetElapsedTime(established).TotalSeconds:F1} s (one at a time)");

        var sequence = 0;
        await SendAsync(desk, webhook, customers, options.Senders, options.Warmup, () => Interlocked.Increment(ref sequence), null);
        var accepted = table.Row("webhook POST → 200 (message stored)");
        var delivered = table.Row("webhook POST → ConversationMessage on /hubs/agent");
        var cpu = CpuMeter.Start();
        var elapsed = await SendAsync(desk, webhook, customers, options.Senders, options.Messages, () => Interlocked.Increment(ref sequence), (table, accepted, delivered));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  inbound: {options.Messages} messages in {elapsed.TotalSeconds:F1} s = {options.Messages / elapsed.TotalSeconds:F0} messages/s with {options.Senders} senders; {cpu.Describe()}"));

        if (options.Sockets > 0)
        {
            await MessagingFanOut.RunAsync(host, webhook, customers[0], options, table, output);
        }

        table.Print(output);
        return 0;
    }

    /// <summary>Each sender owns every n-th customer and keeps one message in flight, waiting for the hub event before the next.</summary>
    private static async Task<TimeSpan> SendAsync(MessagingDesk desk, WhatsAppWebhook webhook, List<Customer> customers, int senders, int count,
        Func<int> nextId, (LatencyTable Table, LongHistogram Accepted, LongHistogram Delivered)? record)
    {
        var next = -1;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, senders).Select(s => Task.Run(async () =>
        {
            var mine = customers.Where((_, i) => i % senders == s).ToArray();
            for (var k = 0; Interlocked.Increment(ref next) < count; k++)
            {
                var customer = mine[k % mine.Length];
                var received = desk.ExpectIncoming(customer.ConversationId);
                var t0 = Stopwatch.GetTimestamp();
                await webhook.PostTextAsync(customer.WaId, $"wamid.bench.{nextId()}", "¿Cuánto cuesta la póliza?", TimeProvider.System.GetUtcNow());
                var t1 = Stopwatch.GetTimestamp();
                var t2 = await received;
                if (record is var (table, accepted, delivered))
                {
                    table.Record(accepted, t0, t1);
                    table.Record(delivered, t0, t2);
                }
            }
        })));
        return Stopwatch.GetElapsedTime(started);
    }
}
