using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Identity.AccessReview;

/// <summary>Validation and scope rules of campaigns: bad input lists every problem (400), scope violations are 403.</summary>
internal static class AccessReviewRules
{
    public const int MaxNameLength = 200;
    public const int MaxReasonLength = 500;

    public static async Task<(string Name, string[] Teams, DateTimeOffset DueAt)> ValidateAsync(
        NewAccessReviewCampaign request, AccessReviewer reviewer, IDirectory directory, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength)
        {
            problems["name"] = [$"A name of 1 to {MaxNameLength} characters is required."];
        }

        var teams = (request.TeamIds ?? []).Select(t => t?.Trim() ?? "").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var unknown = new List<string>();
        foreach (var team in teams)
        {
            if (team.Length == 0 || await directory.Teams.GetAsync(team, cancellationToken).ConfigureAwait(false) is null)
            {
                unknown.Add($"Unknown team '{team}'.");
            }
        }

        if (unknown.Count > 0)
        {
            problems["teamIds"] = [.. unknown];
        }

        if (request.DueAt is not { } due || due <= now)
        {
            problems["dueAt"] = ["A due date in the future is required."];
        }

        if (problems.Count > 0)
        {
            throw new InvalidRequestException(problems);
        }

        if (reviewer.Teams is { } own && (teams.Length == 0 || teams.Any(t => !own.Contains(t))))
        {
            throw Forbidden("A supervisor opens campaigns only for teams they supervise; name them in teamIds.");
        }

        return (name, teams, request.DueAt!.Value);
    }

    public static (AccessReviewOutcome Outcome, string? Reason) ValidateDecision(AccessReviewDecisionRequest request)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
        if (request.Outcome is null)
        {
            problems["outcome"] = ["Required: confirmed or revoked."];
        }
        else if (request.Outcome == AccessReviewOutcome.Revoked)
        {
            if (reason is null)
            {
                problems["reason"] = ["A reason is required to revoke access."];
            }

            if (request.RemoveRoles is { Count: 0 } && !request.Disable)
            {
                problems["removeRoles"] = ["A revocation removes roles or disables the account (or both)."];
            }
        }
        else if (request.RemoveRoles is { Count: > 0 } || request.Disable)
        {
            problems["outcome"] = ["removeRoles and disable go with a revocation only."];
        }

        if (reason is { Length: > MaxReasonLength })
        {
            problems["reason"] = [$"At most {MaxReasonLength} characters."];
        }

        return problems.Count > 0 ? throw new InvalidRequestException(problems) : (request.Outcome!.Value, reason);
    }

    /// <summary>The roles a revocation removes: those asked (each must be under review), or every role under review.</summary>
    public static string[] RolesToRemove(AccessReviewDecisionRequest request, UserAccessEntry access)
    {
        if (request.RemoveRoles is null)
        {
            return request.Disable ? [] : [.. access.Roles];
        }

        var outside = request.RemoveRoles.Where(r => !access.Roles.Contains(r, StringComparer.Ordinal)).ToArray();
        return outside.Length > 0
            ? throw new InvalidRequestException("removeRoles", $"Not under review in this campaign: {string.Join(", ", outside)}.")
            : [.. request.RemoveRoles.Distinct(StringComparer.Ordinal)];
    }

    public static void EnsureMayDecide(AccessReviewer reviewer, UserAccessEntry access)
    {
        if (!reviewer.CanSee(access.TeamIds))
        {
            throw Forbidden("This account is outside the teams you supervise.");
        }

        if (reviewer.UserId is not null && string.Equals(reviewer.UserId, access.UserId, StringComparison.Ordinal))
        {
            throw new PermissionDeniedException("access-review.self", Permissions.AccessReview, "A reviewer cannot decide their own access; another reviewer must.");
        }

        if (reviewer.Teams is not null && access.Roles.Contains(Roles.Administrator, StringComparer.Ordinal))
        {
            throw Forbidden("A supervisor cannot decide an administrator's access.");
        }
    }

    public static PermissionDeniedException Forbidden(string message) => new("scope.forbidden", Permissions.AccessReview, message);
}
