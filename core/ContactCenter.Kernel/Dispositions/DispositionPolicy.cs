namespace ContactCenter.Kernel.Dispositions;

/// <summary>
/// Whether closing after wrap-up needs a disposition, for one queue or one service line. A queue's policy wins over its
/// service line's; with neither, a disposition is required.
/// </summary>
public sealed record DispositionPolicy
{
    /// <summary>What the policy is for: <c>queue</c> or <c>service-line</c>.</summary>
    public required string TargetKind { get; init; }

    /// <summary>The queue or service line id.</summary>
    public required string TargetId { get; init; }

    /// <summary>Whether a disposition is required when closing after wrap-up.</summary>
    public bool Required { get; init; } = true;

    /// <summary>The document id of a policy.</summary>
    /// <param name="targetKind">The target kind.</param>
    /// <param name="targetId">The target id.</param>
    /// <returns>The id.</returns>
    public static string IdOf(string targetKind, string targetId) => $"{targetKind}.{targetId}";
}
