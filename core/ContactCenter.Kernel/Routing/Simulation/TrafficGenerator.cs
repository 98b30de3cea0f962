using System.Globalization;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Routing.Simulation;

/// <summary>
/// Draws a synthetic day: four queues (billing, tech support, sales, Spanish-language support) with their own skills
/// and handle times, a two-peak intraday arrival curve (mid-morning and mid-afternoon, non-homogeneous Poisson by
/// thinning), voice and chat, lognormal handle times, exponential patience, and agents whose skill levels only partly
/// predict how well (resolution probability) and how fast they serve each queue. Pure: the same options give the same file.
/// </summary>
public static partial class TrafficGenerator
{
    private static readonly (string Id, string Name, SkillRequirement[] Skills, double Share, double HandleSeconds)[] Catalog =
    [
        ("billing", "Billing", [new("billing")], 0.35, 240),
        ("tech", "Tech support", [new("tech", 3)], 0.30, 420),
        ("sales", "Sales", [new("sales")], 0.20, 300),
        ("soporte", "Soporte", [new("tech"), new("spanish", 5)], 0.15, 360),
    ];

    /// <summary>Draws a traffic file.</summary>
    /// <param name="options">What to draw.</param>
    /// <returns>The file.</returns>
    /// <exception cref="ArgumentException">The options are invalid (every problem listed).</exception>
    public static TrafficFile Generate(TrafficOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Validate() is { Count: > 0 } errors)
        {
            throw new ArgumentException(string.Join("; ", errors), nameof(options));
        }

        var start = options.Day.AddHours(9);
        var queues = Catalog.Select(q => new Queue
        {
            Id = q.Id, Name = new(q.Name, q.Name), ServiceLineId = "simulation", RequiredSkills = q.Skills, PriorityAgeingPerMinute = 1,
            ServiceLevel = new ServiceLevelTarget(80, TimeSpan.FromSeconds(20)),
        }).ToList();
        return new TrafficFile
        {
            Seed = options.Seed, PopulationSeed = options.PopulationSeed, Start = start, Queues = queues,
            Agents = Population(options), Arrivals = Arrivals(options),
        };
    }

    private static List<Arrival> Arrivals(TrafficOptions options)
    {
#pragma warning disable CA5394 // Seeded simulation draws, not security.
        var random = new Random(options.Seed);
        var meanHandle = Catalog.Sum(q => q.Share * q.HandleSeconds);
        var meanRate = options.Load * options.Agents / meanHandle;
        var peak = Enumerable.Range(0, 101).Max(i => Shape(options.Hours * i / 100.0)) * 1.05;
        var mean = Enumerable.Range(0, 1000).Average(i => Shape(options.Hours * i / 1000.0));
        var arrivals = new List<Arrival>();
        var t = 0.0;
        var end = options.Hours * 3600;
        while (true)
        {
            t += Exponential(random, 1 / (meanRate * peak / mean));
            if (t >= end)
            {
                return arrivals;
            }

            if (random.NextDouble() * peak > Shape(t / 3600))
            {
                continue;
            }

            var queue = Pick(random);
            var chat = random.NextDouble() < 0.3;
            arrivals.Add(new Arrival
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"s{options.Seed}-{arrivals.Count}"), AtSeconds = Math.Round(t, 3), QueueId = queue.Id,
                Channel = chat ? ChannelKind.Chat : ChannelKind.Voice, ContactId = string.Create(CultureInfo.InvariantCulture, $"c{options.Seed}-{arrivals.Count}"),
                HandleSeconds = Math.Round(queue.HandleSeconds * Math.Exp((0.45 * Normal(random)) - (0.45 * 0.45 / 2)), 1),
                PatienceSeconds = Math.Round(Exponential(random, chat ? 600 : 180), 1),
                Draws = [random.NextDouble(), random.NextDouble(), random.NextDouble()],
            });
        }
#pragma warning restore CA5394
    }

    /// <summary>The intraday curve, hours after opening (09:00): a base plus a mid-morning and a mid-afternoon peak.</summary>
    private static double Shape(double hours)
    {
        var clock = 9 + hours;
        return 0.6 + (0.5 * Math.Exp(-Math.Pow((clock - 10.5) / 1.2, 2))) + (0.45 * Math.Exp(-Math.Pow((clock - 14.5) / 1.3, 2)));
    }

    private static (string Id, string Name, SkillRequirement[] Skills, double Share, double HandleSeconds) Pick(Random random)
    {
#pragma warning disable CA5394 // Seeded simulation draws, not security.
        var draw = random.NextDouble();
#pragma warning restore CA5394
        foreach (var queue in Catalog)
        {
            draw -= queue.Share;
            if (draw < 0)
            {
                return queue;
            }
        }

        return Catalog[^1];
    }

#pragma warning disable CA5394 // Seeded simulation draws, not security.
    private static double Exponential(Random random, double mean) => -mean * Math.Log(1 - random.NextDouble());

    private static double Normal(Random random) => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
#pragma warning restore CA5394
}
