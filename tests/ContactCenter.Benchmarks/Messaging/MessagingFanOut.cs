using System.Diagnostics;
using System.Text.Json;
using ContactCenter.Benchmarks.Realtime;
using ContactCenter.Testing.Hosting;
using Microsoft.AspNetCore.SignalR.Client;

namespace ContactCenter.Benchmarks.Messaging;

/// <summary>
/// Fan-out: many <c>/hubs/agent</c> sockets bound to the agent who took one conversation (as many tabs and devices),
/// so each customer message is one group send to all of them. Per round: one signed webhook, then the time until each
/// socket has the <c>ConversationMessage</c>, from the POST and from the webhook's 200.
/// </summary>
internal sealed class MessagingFanOut
{
    private readonly long[] _stamps;
    private readonly Customer _target;
    private TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _received;

    private MessagingFanOut(int sockets, Customer target)
    {
        _stamps = new long[sockets];
        _target = target;
    }

    public static async Task RunAsync(RunningHost host, WhatsAppWebhook webhook, Customer target, MessagingOptions options, LatencyTable table, TextWriter output)
    {
        var fan = new MessagingFanOut(options.Sockets, target);
        var started = Stopwatch.GetTimestamp();
        var connections = await HubClients.ConnectManyAsync(host, "/hubs/agent", options.Sockets, 16, _ => BenchTokens.Agent(target.AgentId),
            (i, c) => c.On<JsonElement>("ConversationMessage", m => fan.OnMessage(i, m)));
        output.WriteLine($"  {options.Sockets} agent hub sockets connected in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s (WebSockets over TLS, 16 at a time)");
        try
        {
            var fromPost = table.Row($"fan-out to {options.Sockets} sockets: each socket, from POST");
            var fromAccepted = table.Row($"fan-out to {options.Sockets} sockets: each socket, from 200");
            var last = table.Row($"fan-out to {options.Sockets} sockets: last socket, from POST");
            var cpu = CpuMeter.Start();
            for (var round = 0; round < options.Rounds; round++)
            {
                fan._received = 0;
                fan._all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                var t0 = Stopwatch.GetTimestamp();
                await webhook.PostTextAsync(target.WaId, $"wamid.bench.fan.{round}", $"Mensaje {round}", TimeProvider.System.GetUtcNow());
                var t1 = Stopwatch.GetTimestamp();
                await fan._all.Task.WaitAsync(TimeSpan.FromSeconds(60));
                foreach (var stamp in fan._stamps)
                {
                    table.Record(fromPost, t0, stamp);
                    table.RecordMicros(fromAccepted, stamp > t1 ? (long)Stopwatch.GetElapsedTime(t1, stamp).TotalMicroseconds : 1);
                }

                table.Record(last, t0, fan._stamps.Max());
                await Task.Delay(100);
            }

            output.WriteLine($"  fan-out rounds: {options.Rounds}; {cpu.Describe()}");
        }
        finally
        {
            await HubClients.DisposeAllAsync(connections);
        }
    }

    private void OnMessage(int socket, JsonElement added)
    {
        var at = Stopwatch.GetTimestamp();
        if (added.GetProperty("kind").GetString() == "Incoming" && added.GetProperty("conversationId").GetString() == _target.ConversationId)
        {
            _stamps[socket] = at;
            if (Interlocked.Increment(ref _received) == _stamps.Length)
            {
                _all.TrySetResult();
            }
        }
    }
}
