using ContactCenter.Host.Api.Limits;
using ContactCenter.Host.Identity.Scoping;
using ContactCenter.Host.Security.Audit;
using ContactCenter.Kernel.Identity.AccessReview;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Api.AccessReview;

/// <summary>
/// <c>/api/v1/access-review/campaigns</c> over <see cref="IAccessReviewCampaigns"/>: reading with <c>users.read</c>
/// (reviewers and auditors), opening, deciding and closing with <c>access.review</c>. A supervisor scoped to teams sees
/// and decides only accounts in those teams (403 <c>scope.forbidden</c> otherwise); nobody decides their own access.
/// </summary>
internal static class AccessReviewCampaignEndpoints
{
    public static IEndpointRouteBuilder MapAccessReviewCampaignEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/access-review/campaigns").WithTags("Access review").WithMetadata(JsonBodyLimitMetadata.Instance);
        group.MapGet("/", ListAsync).WithName("ListAccessReviewCampaigns")
            .WithSummary("Campaigns, newest first, with the items the caller may see.").RequirePermission(Permissions.UsersRead);
        group.MapGet("/{id}", GetAsync).WithName("GetAccessReviewCampaign")
            .WithSummary("One campaign with its items and decisions; 404 if unknown or outside the caller's teams.").RequirePermission(Permissions.UsersRead);
        group.MapPost("/", OpenAsync).WithName("OpenAccessReviewCampaign")
            .WithSummary("Opens a campaign (name, teamIds or all accounts, dueAt) and snapshots each account's access.").RequirePermission(Permissions.AccessReview);
        group.MapPost("/{id}/items/{userId}/decision", DecideAsync).WithName("DecideAccessReviewItem")
            .WithSummary("Confirms or revokes one account's access (revoke: removeRoles and/or disable, with a reason).").RequirePermission(Permissions.AccessReview);
        group.MapPost("/{id}/close", CloseAsync).WithName("CloseAccessReviewCampaign")
            .WithSummary("Closes a campaign, leaving its undecided items reported.").RequirePermission(Permissions.AccessReview);
        return endpoints;
    }

    private static async Task<Ok<AccessReviewCampaignView[]>> ListAsync(HttpContext context, [FromServices] IAccessReviewCampaigns campaigns, CancellationToken cancellationToken) =>
        TypedResults.Ok((await campaigns.ListAsync(ReviewerOf(context), cancellationToken).ConfigureAwait(false)).Select(AccessReviewCampaignView.Of).ToArray());

    private static async Task<Ok<AccessReviewCampaignView>> GetAsync(
        string id, HttpContext context, [FromServices] IAccessReviewCampaigns campaigns, CancellationToken cancellationToken) =>
        TypedResults.Ok(AccessReviewCampaignView.Of(await campaigns.GetAsync(id, ReviewerOf(context), cancellationToken).ConfigureAwait(false)));

    private static async Task<Created<AccessReviewCampaignView>> OpenAsync(
        [FromBody] NewAccessReviewCampaign? request, HttpContext context, [FromServices] IAccessReviewCampaigns campaigns)
    {
        var campaign = await campaigns.OpenAsync(request ?? throw new InvalidRequestException("body", "Required."), ReviewerOf(context), context.RequestAborted).ConfigureAwait(false);
        return TypedResults.Created($"/api/v1/access-review/campaigns/{campaign.Id}", AccessReviewCampaignView.Of(campaign));
    }

    private static async Task<Ok<AccessReviewCampaignView>> DecideAsync(
        string id, string userId, [FromBody] AccessReviewDecisionRequest? request, HttpContext context, [FromServices] IAccessReviewCampaigns campaigns)
    {
        var campaign = await campaigns.DecideAsync(id, userId, request ?? throw new InvalidRequestException("body", "Required."), ReviewerOf(context), context.RequestAborted)
            .ConfigureAwait(false);
        return TypedResults.Ok(AccessReviewCampaignView.Of(campaign));
    }

    private static async Task<Ok<AccessReviewCampaignView>> CloseAsync(string id, HttpContext context, [FromServices] IAccessReviewCampaigns campaigns) =>
        TypedResults.Ok(AccessReviewCampaignView.Of(await campaigns.CloseAsync(id, ReviewerOf(context), context.RequestAborted).ConfigureAwait(false)));

    private static AccessReviewer ReviewerOf(HttpContext context)
    {
        var actor = AuditTrailMiddleware.ActorOf(context.User);
        return new AccessReviewer(actor, actor, TeamScope.IsScoped(context.User) ? TeamScope.TeamsOf(context.User) : null,
            context.Connection.RemoteIpAddress?.ToString());
    }
}
