namespace ContactCenter.Kernel.Identity.AccessReview;

/// <summary>What a reviewer decided about an account's access.</summary>
public enum AccessReviewOutcome
{
    /// <summary>The access stays as it is.</summary>
    Confirmed,

    /// <summary>Roles under review removed and/or the account disabled.</summary>
    Revoked,
}
