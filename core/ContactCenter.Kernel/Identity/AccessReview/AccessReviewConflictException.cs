using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Identity.AccessReview;

/// <summary>A campaign cannot take the request in its current state (closed, or the item already decided). Nothing changed; the host answers 409.</summary>
public sealed class AccessReviewConflictException : ContactCenterException
{
    /// <summary>Creates the error.</summary>
    /// <param name="errorCode"><c>access-review.closed</c> or <c>access-review.already-decided</c>.</param>
    /// <param name="message">What was refused.</param>
    public AccessReviewConflictException(string errorCode, string message)
        : base(errorCode, message)
    {
    }
}
