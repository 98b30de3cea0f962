using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Routing.Engine;

/// <summary>A queue's configuration compiled for matching, and its waiting work per channel in service order.</summary>
internal sealed class EngineQueue
{
    public EngineQueue(Queue config)
    {
        Config = config;
    }

    public Queue Config
    {
        get;
        set
        {
            field = value;
            StepRequirements = [.. AllSteps()];
        }
    }

    /// <summary>The queue's own requirement relaxed by each step (index 0: no step).</summary>
    public SkillRequirement[][] StepRequirements { get; private set; } = [];

    public string Id => Config.Id;

    /// <summary>Made up for work in a queue the configuration did not name (yet): the caller should load the configuration.</summary>
    public bool Placeholder { get; set; }

    public Dictionary<ChannelKind, SortedSet<EngineItem>> Lanes { get; } = [];

    public WaitEstimator Estimator { get; } = new();

    /// <summary>Interactions of this queue offered to an agent and awaiting the answer.</summary>
    public HashSet<string> OfferedIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the waiting work changed since the last published snapshot.</summary>
    public bool Changed { get; set; } = true;

    public int Waiting => Lanes.Values.Sum(l => l.Count);

    public SortedSet<EngineItem> Lane(ChannelKind channel)
    {
        if (!Lanes.TryGetValue(channel, out var lane))
        {
            lane = new SortedSet<EngineItem>(ItemOrder.Instance);
            Lanes[channel] = lane;
        }

        return lane;
    }

    /// <summary>The overflow step in force after <paramref name="waited"/> (0 before the first step).</summary>
    public int StepAt(TimeSpan waited)
    {
        var step = 0;
        for (var i = 0; i < Config.Overflow.Count; i++)
        {
            if (waited >= Config.Overflow[i].After)
            {
                step = i + 1;
            }
        }

        return step;
    }

    /// <summary>When the step after <paramref name="step"/> starts, measured from the queue time, if there is one.</summary>
    public TimeSpan? NextStepAfter(int step) =>
        Config.Overflow.Skip(step).Select(s => (TimeSpan?)s.After).Where(a => a > (step == 0 ? TimeSpan.Zero : Config.Overflow[step - 1].After)).Min();

    /// <summary><paramref name="required"/> relaxed by step <paramref name="step"/>: skills dropped, levels lowered (never below 1).</summary>
    public SkillRequirement[] Relax(IReadOnlyList<SkillRequirement> required, int step)
    {
        if (step == 0)
        {
            return [.. required];
        }

        var rule = Config.Overflow[step - 1];
        return required.Where(r => !rule.DropSkills.Contains(r.SkillId, StringComparer.Ordinal))
            .Select(r => rule.LowerMinLevelBy == 0 ? r : r with { MinLevel = Math.Max(AgentSkill.MinLevel, r.MinLevel - rule.LowerMinLevelBy) })
            .ToArray();
    }

    /// <summary>The requirement of every step, the queue's own first: an agent meeting any of them may serve the queue some time.</summary>
    public IEnumerable<SkillRequirement[]> AllSteps()
    {
        for (var step = 0; step <= Config.Overflow.Count; step++)
        {
            yield return Relax(Config.RequiredSkills, step);
        }
    }
}
