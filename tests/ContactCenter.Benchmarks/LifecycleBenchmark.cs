using System.Collections.Concurrent;
using System.Diagnostics;
using ContactCenter.Kernel;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ContactCenter.Benchmarks;

/// <summary>
/// Interaction lifecycle throughput through the kernel: create → queue → offer (by routing) → connect → wrap-up →
/// close, with <see cref="LifecycleOptions.Concurrency"/> interactions in flight and enough agents that none waits long
/// for one. Prints interactions per second and p50/p99 per step.
/// </summary>
internal static class LifecycleBenchmark
{
    public static async Task<int> RunAsync(LifecycleOptions options)
    {
        var dataDirectory = options.DataDirectory ?? Path.Combine(Path.GetTempPath(), "cc-bench-" + Guid.NewGuid().ToString("N"));
        IHost host;
        try
        {
            host = BenchmarkHost.Build(options, dataDirectory);
        }
        catch (NotSupportedException error)
        {
            await Console.Error.WriteLineAsync($"The {options.Store} store is not available in this build: {error.Message}");
            return 2;
        }

        try
        {
            await host.StartAsync();
            var run = new LifecycleRun(host.Services, options);
            await run.SeedAsync();
            await run.RunAsync(options.Warmup, new TransitionTimings());
            var timings = new TransitionTimings();
            var started = Stopwatch.GetTimestamp();
            await run.RunAsync(options.Count, timings);
            var elapsed = Stopwatch.GetElapsedTime(started);

            Console.WriteLine($"lifecycle benchmark: store={options.Store} interactions={options.Count} agents={options.Agents} concurrency={options.Concurrency} cores={Environment.ProcessorCount}");
            Console.WriteLine(FormattableString.Invariant($"elapsed {elapsed.TotalSeconds:F2} s, {options.Count / elapsed.TotalSeconds:F0} interactions/s ({options.Count * 5 / elapsed.TotalSeconds:F0} transitions/s)"));
            timings.Print(Console.Out);
            return 0;
        }
        finally
        {
            await host.StopAsync();
            host.Dispose();
            if (options.DataDirectory is null && Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }

    /// <summary>One benchmark world: the directory seeded, and offers awaited through the event bus.</summary>
    private sealed class LifecycleRun(IServiceProvider services, LifecycleOptions options)
    {
        private readonly ConcurrentDictionary<string, TaskCompletionSource<string>> _offers = new();
        private readonly IKernelInteractionService _interactions = services.GetRequiredService<IKernelInteractionService>();
        private IDisposable? _subscription;

        public async Task SeedAsync()
        {
            var directory = services.GetRequiredService<IDirectory>();
            var presence = services.GetRequiredService<IPresenceService>();
            await directory.ServiceLines.SaveAsync(new ServiceLine { Id = "autos", Name = new("Auto", "Autos") });
            await directory.Skills.SaveAsync(new Skill { Id = "claims", Name = new("Claims", "Reclamos") });
            await directory.Queues.SaveAsync(new Queue
            {
                Id = "bench", Name = new("Benchmark", "Prueba"), ServiceLineId = "autos", RequiredSkills = [new SkillRequirement("claims")],
                OfferTimeout = TimeSpan.FromMinutes(5),
            });
            for (var n = 0; n < options.Agents; n++)
            {
                var id = $"agent{n:D4}";
                await directory.Agents.SaveAsync(new Agent { Id = id, DisplayName = id, Skills = [new AgentSkill("claims", 5)] });
                await presence.SetStatusAsync(id, PresenceStatusDefinition.AvailableId);
            }

            _subscription = services.GetRequiredService<IEventBus>().Subscribe(EventTypes.InteractionTransitioned, (e, _) =>
            {
                var data = e.GetData<InteractionTransitioned>(KernelJson.Options)!;
                if (data.To == InteractionState.Offered && _offers.TryGetValue(data.InteractionId, out var waiter))
                {
                    waiter.TrySetResult(data.AgentId!);
                }

                return ValueTask.CompletedTask;
            });
        }

        public async Task RunAsync(int count, TransitionTimings timings)
        {
            var next = -1;
            var workers = Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(async () =>
            {
                while (Interlocked.Increment(ref next) < count)
                {
                    await OneAsync(timings);
                }
            }));
            await Task.WhenAll(workers);
        }

        private async Task OneAsync(TransitionTimings timings)
        {
            var t0 = Stopwatch.GetTimestamp();
            var created = await _interactions.CreateAsync("bench", new NewInteraction { Channel = ChannelKind.Voice, ChannelName = "trunk", ExternalId = options.ExternalIds ? Guid.NewGuid().ToString("N") : null });
            var t1 = Stopwatch.GetTimestamp();
            var offered = _offers.GetOrAdd(created.Id, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
            await _interactions.EnqueueAsync(created.Id, new EnqueueRequest { QueueId = "bench" });
            var t2 = Stopwatch.GetTimestamp();
            var agent = await offered.Task.WaitAsync(TimeSpan.FromMinutes(1));
            _offers.TryRemove(created.Id, out _);
            var t3 = Stopwatch.GetTimestamp();
            await _interactions.AcceptOfferAsync(created.Id, agent);
            var t4 = Stopwatch.GetTimestamp();
            await _interactions.EndContactAsync(created.Id);
            var t5 = Stopwatch.GetTimestamp();
            await _interactions.CloseAsync(created.Id, new DispositionRef("bench/done"));
            var t6 = Stopwatch.GetTimestamp();
            long[] marks = [t0, t1, t2, t3, t4, t5, t6];
            for (var step = 0; step < 6; step++)
            {
                timings.Record(step, marks[step], marks[step + 1]);
            }

            timings.Record(6, t0, t6);
        }
    }
}
