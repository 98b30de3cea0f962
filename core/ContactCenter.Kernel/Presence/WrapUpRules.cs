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
}
