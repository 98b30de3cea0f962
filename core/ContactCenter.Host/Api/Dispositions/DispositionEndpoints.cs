using ContactCenter.Host.Api.Limits;
using ContactCenter.Host.Identity.Scoping;
using ContactCenter.Kernel.Dispositions;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Api.Dispositions;

/// <summary>
/// Maps <c>/api/v1/dispositions</c>: the catalogue and its policies are read with <c>directory.read</c> (agents have it)
/// and changed with <c>directory.manage</c> (every change audited by the kernel); what an agent may pick for one
/// interaction is <c>/api/v1/interactions/{id}/dispositions</c>, team-scoped like the other interaction routes.
/// </summary>
internal static class DispositionEndpoints
{
    public static IEndpointRouteBuilder MapDispositionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/dispositions").WithTags("Dispositions").WithMetadata(JsonBodyLimitMetadata.Instance);
        group.MapGet("/", ListAsync).WithName("ListDispositions").WithSummary("Every disposition code, retired and built-in ones included.")
            .RequirePermission(Permissions.DirectoryRead);
        group.MapGet("/codes/{**code}", GetAsync).WithName("GetDisposition").WithSummary("One disposition code; 404 if unknown.")
            .RequirePermission(Permissions.DirectoryRead);
        group.MapPut("/codes/{**code}", SaveAsync).WithName("SaveDisposition")
            .WithSummary("Creates or replaces a code (retire it with retired=true); every problem is listed.").RequirePermission(Permissions.DirectoryManage);
        group.MapDelete("/codes/{**code}", DeleteAsync).WithName("DeleteDisposition")
            .WithSummary("Deletes a code with no children; built-in codes are refused.").RequirePermission(Permissions.DirectoryManage);
        group.MapGet("/policies", ListPoliciesAsync).WithName("ListDispositionPolicies")
            .WithSummary("Whether a disposition is required, per queue or service line.").RequirePermission(Permissions.DirectoryRead);
        group.MapPut("/policies/{kind}/{id}", SavePolicyAsync).WithName("SaveDispositionPolicy")
            .WithSummary("Sets whether a queue or service line requires a disposition.").RequirePermission(Permissions.DirectoryManage);
        group.MapDelete("/policies/{kind}/{id}", DeletePolicyAsync).WithName("DeleteDispositionPolicy")
            .WithSummary("Removes a policy; the default (required) applies again.").RequirePermission(Permissions.DirectoryManage);
        endpoints.MapGet("/api/v1/interactions/{id}/dispositions", ChoicesAsync).WithTags("Dispositions").WithName("ListDispositionChoices")
            .WithSummary("The codes an agent may pick to close this interaction, and whether one is required.")
            .RequirePermission(Permissions.InteractionsHandle).ScopedToTeamInteractions();
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<DispositionCode>>> ListAsync([FromServices] IDispositionCatalog catalog, CancellationToken ct) =>
        TypedResults.Ok(await catalog.ListAsync(ct).ConfigureAwait(false));

    private static async Task<Ok<DispositionCode>> GetAsync(string code, [FromServices] IDispositionCatalog catalog, CancellationToken ct) =>
        TypedResults.Ok(await catalog.GetAsync(code, ct).ConfigureAwait(false) ?? throw new EntityNotFoundException("disposition", code));

    private static async Task<Ok<DispositionCode>> SaveAsync(string code, [FromBody] DispositionCode? body, [FromServices] IDispositionCatalog catalog, CancellationToken ct)
    {
        if (body is null || !string.Equals(body.Code, code, StringComparison.Ordinal))
        {
            throw new InvalidRequestException("code", $"The body must be a disposition code whose code is '{code}'.");
        }

        return TypedResults.Ok(await catalog.SaveAsync(body, ct).ConfigureAwait(false));
    }

    private static async Task<NoContent> DeleteAsync(string code, [FromServices] IDispositionCatalog catalog, CancellationToken ct) =>
        await catalog.DeleteAsync(code, ct).ConfigureAwait(false) ? TypedResults.NoContent() : throw new EntityNotFoundException("disposition", code);

    private static async Task<Ok<IReadOnlyList<DispositionPolicy>>> ListPoliciesAsync([FromServices] IDispositionCatalog catalog, CancellationToken ct) =>
        TypedResults.Ok(await catalog.ListPoliciesAsync(ct).ConfigureAwait(false));

    private static async Task<Ok<DispositionPolicy>> SavePolicyAsync(string kind, string id, [FromBody] DispositionPolicyRequest? body,
        [FromServices] IDispositionCatalog catalog, CancellationToken ct)
    {
        var policy = new DispositionPolicy { TargetKind = kind, TargetId = id, Required = body?.Required ?? throw new InvalidRequestException("required", "Required.") };
        return TypedResults.Ok(await catalog.SavePolicyAsync(policy, ct).ConfigureAwait(false));
    }

    private static async Task<NoContent> DeletePolicyAsync(string kind, string id, [FromServices] IDispositionCatalog catalog, CancellationToken ct) =>
        await catalog.DeletePolicyAsync(kind, id, ct).ConfigureAwait(false) ? TypedResults.NoContent() : throw new EntityNotFoundException("disposition policy", $"{kind}/{id}");

    private static async Task<Ok<DispositionChoices>> ChoicesAsync(string id, [FromServices] IKernelInteractionService interactions,
        [FromServices] IDispositionCatalog catalog, CancellationToken ct)
    {
        var interaction = await interactions.GetAsync(id, ct).ConfigureAwait(false) ?? throw new EntityNotFoundException("interaction", id);
        return TypedResults.Ok(await catalog.ListForAsync(interaction, ct).ConfigureAwait(false));
    }
}
