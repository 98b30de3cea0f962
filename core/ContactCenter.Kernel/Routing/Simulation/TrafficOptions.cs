namespace ContactCenter.Kernel.Routing.Simulation;

/// <summary>What <see cref="TrafficGenerator"/> draws.</summary>
public sealed record TrafficOptions
{
    /// <summary>Seed of the arrivals.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Seed of the agent population (the same population is trained on and evaluated with different arrival seeds).</summary>
    public int PopulationSeed { get; init; } = 1;

    /// <summary>Agents staffed.</summary>
    public int Agents { get; init; } = 40;

    /// <summary>Length of the day in hours (it opens at 09:00).</summary>
    public double Hours { get; init; } = 8;

    /// <summary>Offered load as a share of the agents' capacity over the day (peaks go above it).</summary>
    public double Load { get; init; } = 0.9;

    /// <summary>The control: every agent has the same skills, quality and speed.</summary>
    public bool IdenticalAgents { get; init; }

    /// <summary>The simulated day.</summary>
    public DateTimeOffset Day { get; init; } = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Checks the options; every problem is listed.</summary>
    /// <returns>The problems (empty when valid).</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Agents is < 1 or > 5000)
        {
            errors.Add("agents must be between 1 and 5000");
        }

        if (Hours is <= 0 or > 24)
        {
            errors.Add("hours must be more than 0 and at most 24");
        }

        if (Load is <= 0 or > 3)
        {
            errors.Add("load must be more than 0 and at most 3");
        }

        return errors;
    }
}
