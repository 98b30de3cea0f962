using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Presence;

/// <summary>When a queue's after-contact-work mode ends a wrap-up, pure so that it can be tested without a silo.</summary>
internal static class WrapUpRules
{
    /// <summary>
    /// The end of a wrap-up that began at <paramref name="since"/>: at once for <see cref="AfterContactWorkMode.None"/>,
    /// after the queue's wrap-up time for <see cref="AfterContactWorkMode.Timed"/>, and <see langword="null"/> (when the
    /// agent closes it) for <see cref="AfterContactWorkMode.Manual"/>, a timed queue with no wrap-up time, or work with
    /// no queue (direct work an agent started).
    /// </summary>
    public static DateTimeOffset? EndsAt(Queue? queue, DateTimeOffset since) => queue switch
    {
        { AfterContactWork: AfterContactWorkMode.None } => since,
        { AfterContactWork: AfterContactWorkMode.Timed, WrapUpTime: { } time } => since + time,
        _ => null,
    };

    /// <summary>How many extensions a wrap-up of this queue allows: the queue's limit when it is timed, else none.</summary>
    public static int ExtensionsAllowed(Queue? queue) =>
        queue is { AfterContactWork: AfterContactWorkMode.Timed, WrapUpTime: not null } ? Math.Max(0, queue.MaxWrapUpExtensions) : 0;

    /// <summary>
    /// The work after one extension at <paramref name="now"/>, or why not: it must be in a timed wrap-up whose end has not
    /// come (the timer owns it from then), of a queue that still allows extending, with extensions left.
    /// </summary>
    public static (AgentWorkEntry? Next, WrapUpExtendRefusal Refusal) Extend(Queue? queue, AgentWorkEntry work, DateTimeOffset now)
    {
        if (work.Phase != AgentWorkPhase.WrapUp)
        {
            return (null, WrapUpExtendRefusal.NotInWrapUp);
        }

        if (work.WrapUpEndsAt is not { } endsAt)
        {
            return (null, WrapUpExtendRefusal.NoTimeLimit);
        }

        if (now >= endsAt)
        {
            return (null, WrapUpExtendRefusal.TimeIsUp);
        }

        if (ExtensionsAllowed(queue) == 0)
        {
            return (null, WrapUpExtendRefusal.Fixed);
        }

        return work.WrapUpExtensionsLeft <= 0
            ? (null, WrapUpExtendRefusal.LimitReached)
            : (work with { WrapUpEndsAt = endsAt + queue!.WrapUpExtension, WrapUpExtensionsLeft = work.WrapUpExtensionsLeft - 1 }, WrapUpExtendRefusal.None);
    }
}
