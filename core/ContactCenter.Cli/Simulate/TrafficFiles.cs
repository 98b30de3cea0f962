using System.Text.Json;
using ContactCenter.Kernel.Routing.Simulation;

namespace ContactCenter.Cli.Simulate;

/// <summary>Reading and writing traffic files, with errors that name the file and the problem.</summary>
internal static class TrafficFiles
{
    public static async Task WriteAsync(string path, TrafficFile traffic, CancellationToken cancellationToken)
    {
        var stream = File.Create(path);
        await using (stream.ConfigureAwait(false))
        {
            await JsonSerializer.SerializeAsync(stream, traffic, CliJson.Options, cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task<TrafficFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"Traffic file '{path}' does not exist (make one with: cc simulate generate --out {path}).", ExitCodes.Refused);
        }

        TrafficFile? traffic;
        try
        {
            var stream = File.OpenRead(path);
            await using (stream.ConfigureAwait(false))
            {
                traffic = await JsonSerializer.DeserializeAsync<TrafficFile>(stream, CliJson.Options, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (JsonException ex)
        {
            throw new CliException($"Traffic file '{path}' is not a valid traffic file: {ex.Message}", ExitCodes.Refused);
        }

        var problems = traffic is null ? ["the file is empty"] : Check(traffic);
        return problems.Count == 0 ? traffic! : throw new CliException($"Traffic file '{path}' is refused: {string.Join("; ", problems)}.", ExitCodes.Refused);
    }

    private static List<string> Check(TrafficFile traffic)
    {
        var problems = new List<string>();
        var queues = traffic.Queues.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        if (traffic.Agents.Count == 0)
        {
            problems.Add("it has no agents");
        }

        if (traffic.Arrivals.Where(a => !queues.Contains(a.QueueId)).Select(a => a.QueueId).Distinct().ToList() is { Count: > 0 } unknown)
        {
            problems.Add($"arrivals name unknown queues: {string.Join(", ", unknown)}");
        }

        if (traffic.Arrivals.Any(a => a.HandleSeconds <= 0 || a.PatienceSeconds < 0 || a.AtSeconds < 0 || a.Draws.Count < 3))
        {
            problems.Add("every arrival needs a time ≥ 0, a handle time > 0, a patience ≥ 0 and three draws");
        }

        if (traffic.Arrivals.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count() != traffic.Arrivals.Count)
        {
            problems.Add("arrival ids repeat");
        }

        return problems;
    }
}
