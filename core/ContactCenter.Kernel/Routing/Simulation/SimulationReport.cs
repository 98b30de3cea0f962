namespace ContactCenter.Kernel.Routing.Simulation;

/// <summary>What one run of a traffic file against one strategy gave.</summary>
public sealed record SimulationReport
{
    /// <summary>The strategy.</summary>
    public required string Strategy { get; init; }

    /// <summary>Contacts that arrived.</summary>
    public int Arrivals { get; init; }

    /// <summary>Contacts offered to an agent.</summary>
    public int Answered { get; init; }

    /// <summary>Contacts that abandoned while waiting.</summary>
    public int Abandoned { get; init; }

    /// <summary>Share of contacts answered within their queue's service-level threshold, of those answered or abandoned.</summary>
    public double ServiceLevel { get; init; }

    /// <summary>Average speed of answer in seconds.</summary>
    public double AverageSpeedOfAnswer { get; init; }

    /// <summary>Abandoned ÷ arrivals.</summary>
    public double AbandonRate { get; init; }

    /// <summary>Share of the day each agent held work.</summary>
    public IReadOnlyDictionary<string, double> Occupancy { get; init; } = new Dictionary<string, double>();

    /// <summary>Mean outcome of answered contacts, by the scorer the run was given.</summary>
    public double MeanOutcome { get; init; }

    /// <summary>Mean absolute error of the engine's estimated wait against the actual wait, in seconds.</summary>
    public double EwtMeanAbsoluteError { get; init; }

    /// <summary>Mean absolute error of the naive estimate (position × AHT ÷ agents staffed), in seconds.</summary>
    public double NaiveMeanAbsoluteError { get; init; }

    /// <summary>How many announced estimates were compared (contacts that waited and were then answered).</summary>
    public int EwtSamples { get; init; }

    /// <summary>Every answered contact's outcome.</summary>
    public IReadOnlyList<SimulatedOutcome> Outcomes { get; init; } = [];
}
