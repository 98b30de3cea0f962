using ContactCenter.Host.Identity.Scoping;
using ContactCenter.Kernel.Identity.AccessReview;
using ContactCenter.Sdk;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Api.AccessReview;

/// <summary>
/// <c>GET /api/v1/access-review/report</c>: every account's roles, permissions, service lines, teams, last sign-in, MFA
/// status and idle flag (<see cref="AccessReport"/>). A supervisor scoped to teams sees only accounts in those teams.
/// </summary>
internal static class AccessReviewEndpoints
{
    public static IEndpointRouteBuilder MapAccessReviewEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/v1/access-review").WithTags("Access review")
            .MapGet("/report", ReportAsync).WithName("AccessReport")
            .WithSummary("Per account: roles, permissions, service lines, teams, last sign-in, MFA status, and whether it is idle.")
            .RequirePermission(Permissions.UsersRead);
        endpoints.MapAccessReviewCampaignEndpoints();
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<UserAccessEntry>>> ReportAsync(HttpContext context, [FromServices] AccessReport report, CancellationToken cancellationToken)
    {
        var entries = await report.BuildAsync(cancellationToken).ConfigureAwait(false);
        if (TeamScope.IsScoped(context.User))
        {
            var teams = TeamScope.TeamsOf(context.User);
            entries = [.. entries.Where(e => e.TeamIds.Any(teams.Contains))];
        }

        return TypedResults.Ok(entries);
    }
}
