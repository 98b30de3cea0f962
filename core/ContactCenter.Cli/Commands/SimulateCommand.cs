using System.CommandLine;
using System.Text.Json;
using ContactCenter.Cli.Simulate;
using ContactCenter.Kernel.Routing.Simulation;
using ContactCenter.Plugins.Routing.Predictive;

namespace ContactCenter.Cli.Commands;

/// <summary>
/// <c>cc simulate</c>: offline routing simulation on the kernel's routing engine and a simulated clock.
/// <c>generate</c> draws a synthetic traffic file, <c>routing</c> replays one against strategies side by side,
/// <c>evaluate</c> runs the predictive-vs-longest-idle evaluation over several seeds with an identical-agents control.
/// </summary>
internal static class SimulateCommand
{
    public static Command Create(GlobalOptions options) => new("simulate", "Offline routing simulation: synthetic traffic, strategies side by side, the predictive evaluation.")
    {
        Generate(), Routing(options), Evaluate(),
    };

    private static Command Generate()
    {
        var output = new Option<string>("--out") { Description = "Where to write the traffic file.", Required = true };
        var (seed, population, agents, hours, load, identical) = TrafficOptionsArguments();
        var command = new Command("generate", "Draw a synthetic day of traffic: intraday peaks, voice and chat, four queues, agents with heterogeneous skills and outcomes.")
        {
            output, seed, population, agents, hours, load, identical,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var traffic = TrafficGenerator.Generate(Read(result, seed, population, agents, hours, load, identical));
            var path = result.GetValue(output)!;
            await TrafficFiles.WriteAsync(path, traffic, cancellationToken).ConfigureAwait(false);
            await result.InvocationConfiguration.Output.WriteLineAsync($"Wrote {traffic.Arrivals.Count} arrivals, {traffic.Agents.Count} agents, {traffic.Queues.Count} queues to {path}.").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Routing(GlobalOptions options)
    {
        var traffic = new Option<string>("--traffic") { Description = "The traffic file to replay.", Required = true };
        var strategies = new Option<string[]>("--strategy") { Description = $"A strategy to run (repeat for a side-by-side table): {string.Join(", ", SimulationStrategies.Names)}.", Required = true, AllowMultipleArgumentsPerToken = false };
        var train = new Option<string?>("--train") { Description = "Traffic file the predictive strategy learns from (a day routed by longest idle); required for predictive." };
        var perAgent = new Option<bool>("--per-agent") { Description = "Also print each agent's occupancy." };
        var command = new Command("routing", "Replay a traffic file against one or more strategies and compare service level, ASA, abandon rate, occupancy, outcome and EWT accuracy.")
        {
            traffic, strategies, train, perAgent,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var names = result.GetValue(strategies)!;
            foreach (var name in names)
            {
                SimulationStrategies.Create(name, null);
            }

            var day = await TrafficFiles.ReadAsync(result.GetValue(traffic)!, cancellationToken).ConfigureAwait(false);
            OutcomeModel? model = null;
            if (names.Contains(PredictiveStrategy.StrategyName, StringComparer.Ordinal))
            {
                var trainPath = result.GetValue(train) ?? throw new CliException("The predictive strategy needs --train FILE: a day of traffic (another seed, same population) it learns from.");
                model = await SimulationStrategies.TrainAsync(await TrafficFiles.ReadAsync(trainPath, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            }

            var reports = new List<SimulationReport>();
            foreach (var name in names)
            {
                reports.Add(await RoutingSimulator.RunAsync(day, SimulationStrategies.Create(name, model), SimulationStrategies.Score, cancellationToken).ConfigureAwait(false));
            }

            if (options.Read(result).Json)
            {
                var summary = reports.Select(r => r with { Outcomes = [] });
                await result.InvocationConfiguration.Output.WriteLineAsync(JsonSerializer.Serialize(summary, CliJson.Options)).ConfigureAwait(false);
            }
            else
            {
                await SimulationTable.WriteAsync(result.InvocationConfiguration.Output, reports, result.GetValue(perAgent)).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Evaluate()
    {
        var seeds = new Option<int>("--seeds") { Description = "Evaluation seeds (at least 5 for the documented evaluation).", DefaultValueFactory = _ => 5 };
        var (_, _, agents, hours, load, _) = TrafficOptionsArguments();
        var command = new Command("evaluate", "Predictive vs longest idle: trained and evaluated on different seeds, with an identical-agents control. Exit code 5 when the predictive strategy shows no significant gain.")
        {
            seeds, agents, hours, load,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var count = result.GetValue(seeds);
            if (count is < 1 or > 100)
            {
                throw new CliException("--seeds must be between 1 and 100.");
            }

            var baseline = Valid(new TrafficOptions { Agents = result.GetValue(agents), Hours = result.GetValue(hours), Load = result.GetValue(load) });
            var gained = await Evaluation.RunAsync(result.InvocationConfiguration.Output, count, baseline, cancellationToken).ConfigureAwait(false);
            return gained ? ExitCodes.Success : ExitCodes.VerificationFailed;
        });
        return command;
    }

    private static (Option<int> Seed, Option<int> Population, Option<int> Agents, Option<double> Hours, Option<double> Load, Option<bool> Identical) TrafficOptionsArguments() =>
    (
        new("--seed") { Description = "Seed of the arrivals.", DefaultValueFactory = _ => 1 },
        new("--population-seed") { Description = "Seed of the agent population (train and evaluation days share it).", DefaultValueFactory = _ => 1 },
        new("--agents") { Description = "Agents staffed.", DefaultValueFactory = _ => 40 },
        new("--hours") { Description = "Length of the day (opens 09:00).", DefaultValueFactory = _ => 8.0 },
        new("--load") { Description = "Offered load as a share of capacity.", DefaultValueFactory = _ => 0.9 },
        new("--identical-agents") { Description = "The control: every agent alike." });

    private static TrafficOptions Read(ParseResult result, Option<int> seed, Option<int> population, Option<int> agents, Option<double> hours, Option<double> load, Option<bool> identical) =>
        Valid(new TrafficOptions
        {
            Seed = result.GetValue(seed), PopulationSeed = result.GetValue(population), Agents = result.GetValue(agents), Hours = result.GetValue(hours),
            Load = result.GetValue(load), IdenticalAgents = result.GetValue(identical),
        });

    private static TrafficOptions Valid(TrafficOptions options) =>
        options.Validate() is { Count: > 0 } problems ? throw new CliException("Refused: " + string.Join("; ", problems) + ".") : options;
}
