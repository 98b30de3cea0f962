namespace ContactCenter.Sdk.Domain;

/// <summary>Where work waits for an agent, with the rules routing applies to it.</summary>
public sealed record Queue
{
    /// <summary>Unique id, e.g. <c>autos-general</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Display name in English and Spanish.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>The service line the queue serves.</summary>
    public required string ServiceLineId { get; init; }

    /// <summary>Skills an agent needs to take work from the queue.</summary>
    public IReadOnlyList<SkillRequirement> RequiredSkills { get; init; } = [];

    /// <summary>Default priority of work entering the queue, from 1 to 99.</summary>
    public int Priority { get; init; } = 50;

    /// <summary>The service-level objective, e.g. 80% answered within 20 seconds.</summary>
    public ServiceLevelTarget ServiceLevel { get; init; } = ServiceLevelTarget.Default;

    /// <summary>How long an agent has to accept an offer before it returns to the queue.</summary>
    public TimeSpan OfferTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// The longest a customer may wait; past it the kernel moves the work to self-service (IVR, voicemail, a bot), the
    /// channel's last resort. <see langword="null"/> for no limit.
    /// </summary>
    public TimeSpan? MaxWait { get; init; }

    /// <summary>The routing strategy by name (e.g. <c>longest-idle</c>); <see langword="null"/> for the kernel default.</summary>
    public string? Strategy { get; init; }

    /// <summary>After-contact work allowed once the customer leaves; <see langword="null"/> for no limit.</summary>
    public TimeSpan? WrapUpTime { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How after-contact work ends: timed by <see cref="WrapUpTime"/> (default), by the agent, or not at all.</summary>
    public AfterContactWorkMode AfterContactWork { get; init; } = AfterContactWorkMode.Timed;

    /// <summary>
    /// How much time one "extend" adds to a timed wrap-up that is about to run out (WCAG 2.2.1, timing adjustable).
    /// Default 60 seconds; from 10 seconds to 10 minutes.
    /// </summary>
    public TimeSpan WrapUpExtension { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How many times an agent may extend one timed wrap-up, from 0 to 100. Default 10, the least WCAG 2.2.1 asks for.
    /// 0 makes the queue's wrap-up time fixed: the documented no-early-exit exception, where the timeout code closes the
    /// interaction when the time is up whatever the agent does.
    /// </summary>
    public int MaxWrapUpExtensions { get; init; } = 10;

    /// <summary>
    /// Priority points waiting work gains per minute, so that old work overtakes new work of a higher priority
    /// (0, the default, for none; at most 99). The effective priority is the priority plus this times the minutes waited.
    /// </summary>
    public double PriorityAgeingPerMinute { get; init; }

    /// <summary>Relaxations of the requirements over time, in increasing <see cref="OverflowStep.After"/> order.</summary>
    public IReadOnlyList<OverflowStep> Overflow { get; init; } = [];

    /// <summary>
    /// How long work with a preferred agent waits for that agent alone (while the agent is routable) before any
    /// qualified agent may take it. Default 30 seconds; zero offers it to anyone at once (the preferred agent still first).
    /// </summary>
    public TimeSpan PreferredAgentWait { get; init; } = TimeSpan.FromSeconds(30);
}
