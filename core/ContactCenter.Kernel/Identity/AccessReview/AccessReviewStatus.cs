namespace ContactCenter.Kernel.Identity.AccessReview;

/// <summary>Whether a campaign still takes decisions.</summary>
public enum AccessReviewStatus
{
    /// <summary>Takes decisions.</summary>
    Open,

    /// <summary>Every item decided, or closed explicitly; takes no more decisions.</summary>
    Closed,
}
