using System.Collections.Concurrent;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Kernel.Tests.Routing;

/// <summary>
/// Agents change status, accept, reject and finish work concurrently while work arrives and some customers hang up:
/// every interaction must end handled, none lost, and no interaction or agent ever has two pending offers.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int AgentCount = 12;
    private const int InteractionCount = 120;

    [Fact]
    public async Task Dispatch_AgentsChangingStateWhileWorkArrives_HandlesEveryInteractionWithoutDoubleOffers()
    {
        await using var silo = await TestSilo.StartAsync();
        var queue = await silo.QueueAsync("claims");
        var agents = new List<string>();
        for (var n = 0; n < AgentCount; n++)
        {
            agents.Add(await silo.AgentAsync("claims", capacity: ChannelCapacity.Default));
        }

        var created = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var arrivals = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            for (var n = worker; n < InteractionCount; n += 4)
            {
                var channel = n % 3 == 0 ? ChannelKind.Voice : ChannelKind.Chat;
                created.Add((await silo.QueuedAsync(queue, channel)).Id);
            }
        }));
        var workers = agents.Select((agent, n) => Task.Run(() => AgentLoopAsync(silo, agent, new Random(n), created, stop))).ToList();
        var customers = Task.Run(() => HangUpSomeAsync(silo, created, stop));
        await Task.WhenAll(arrivals);

        await TestSilo.Eventually(async () => (await Task.WhenAll(created.Select(id => silo.Interactions.GetAsync(id).AsTask())))
            .All(i => i!.State.IsTerminal()), "every interaction to be closed or abandoned");
        await stop.CancelAsync();
        await Task.WhenAll(workers.Append(customers));

        Assert.Equal(InteractionCount, created.Distinct().Count());
        foreach (var id in created)
        {
            var log = await silo.LogAsync(id);
            Assert.All(log.Zip(log.Skip(1)), pair => Assert.Equal(pair.First.To, pair.Second.From));
            Assert.All(log, e => Assert.True(InteractionStateMachine.IsAllowed(e.From, e.To)));
            Assert.Equal(Enumerable.Range(2, log.Count).Select(v => (long)v), log.Select(e => e.Version));
        }

        var presences = silo.Published.Where(e => e.Type == EventTypes.PresenceChanged)
            .Select(e => e.GetData<PresenceChanged>(KernelJson.Options)!.Current).ToList();
        Assert.All(presences, p => Assert.True(p.Work.Count(w => w.Phase == AgentWorkPhase.Offered) <= 1, $"agent {p.AgentId} had two pending offers"));
        Assert.All(presences, p => Assert.True(p.Work.Select(w => w.InteractionId).Distinct().Count() == p.Work.Count));
        foreach (var agent in agents)
        {
            Assert.Empty((await silo.Presence.GetAsync(agent)).Work);
        }
    }

    private static async Task AgentLoopAsync(TestSilo silo, string agent, Random random, ConcurrentBag<string> created, CancellationTokenSource stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var presence = await silo.Presence.GetAsync(agent);
                if (random.Next(20) == 0)
                {
                    await silo.Presence.SetStatusAsync(agent, random.Next(2) == 0 ? "break" : "available", null);
                }
                else if (!presence.IsRoutable || presence.SubState == RoutingSubState.NotResponding)
                {
                    await silo.Presence.SetStatusAsync(agent, "available");
                }

                foreach (var work in presence.Work)
                {
                    await (work.Phase switch
                    {
                        AgentWorkPhase.Offered when random.Next(4) == 0 => silo.Interactions.RejectOfferAsync(work.InteractionId, agent).AsTask(),
                        AgentWorkPhase.Offered => silo.Interactions.AcceptOfferAsync(work.InteractionId, agent).AsTask(),
                        AgentWorkPhase.Connected => silo.Interactions.EndContactAsync(work.InteractionId).AsTask(),
                        _ => silo.Interactions.CloseAsync(work.InteractionId, new DispositionRef("test/done")).AsTask(),
                    });
                }
            }
            catch (InvalidTransitionException)
            {
                // The customer hung up between reading presence and acting on it: that is the race under test.
            }

            await Task.Delay(random.Next(1, 10), CancellationToken.None);
        }
    }

    private static async Task HangUpSomeAsync(TestSilo silo, ConcurrentBag<string> created, CancellationTokenSource stop)
    {
        var random = new Random(99);
        while (!stop.IsCancellationRequested)
        {
            var candidates = created.ToArray();
            if (candidates.Length > 0 && random.Next(5) == 0)
            {
                try
                {
                    await silo.Interactions.AbandonAsync(candidates[random.Next(candidates.Length)], "hang-up");
                }
                catch (InvalidTransitionException)
                {
                    // Already connected or finished: customers cannot abandon those.
                }
            }

            await Task.Delay(15, CancellationToken.None);
        }
    }
}
