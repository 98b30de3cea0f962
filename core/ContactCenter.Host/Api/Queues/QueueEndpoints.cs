using ContactCenter.Host.Api.Limits;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Routing;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Routing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Api.Queues;

/// <summary>
/// Maps <c>/api/v1/queues</c> writes (reads are the directory endpoints): saves and deletes over the directory (a
/// configuration with any problem is refused as a whole with every problem listed, and the stored one stays in force)
/// and the live queue snapshot.
/// </summary>
internal static class QueueEndpoints
{
    public static IEndpointRouteBuilder MapQueueEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/queues").WithTags("Queues").WithMetadata(JsonBodyLimitMetadata.Instance);
        group.MapPut("/{id}", SaveAsync).WithName("SaveQueue").WithSummary("Creates or replaces a queue; every problem is listed.")
            .RequirePermission(Permissions.DirectoryManage);
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteQueue").WithSummary("Deletes a queue nothing refers to.")
            .RequirePermission(Permissions.DirectoryManage);
        group.MapGet("/{id}/snapshot", SnapshotAsync).WithName("GetQueueSnapshot")
            .WithSummary("Waiting work in service order with positions and estimated waits.").RequirePermission(Permissions.MonitoringRead);
        return endpoints;
    }

    private static async Task<Ok<Queue>> SaveAsync(string id, [FromBody] Queue? queue, [FromServices] IDirectory directory, CancellationToken cancellationToken)
    {
        if (queue is null || !string.Equals(queue.Id, id, StringComparison.Ordinal))
        {
            throw new InvalidRequestException("id", $"The body must be a queue whose id is '{id}'.");
        }

        return TypedResults.Ok(await directory.Queues.SaveAsync(queue, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<NoContent> DeleteAsync(string id, [FromServices] IDirectory directory, CancellationToken cancellationToken) =>
        await directory.Queues.DeleteAsync(id, cancellationToken).ConfigureAwait(false) ? TypedResults.NoContent() : throw new EntityNotFoundException("queue", id);

    private static async Task<Ok<QueueSnapshot>> SnapshotAsync(string id, [FromServices] IQueueSnapshotReader snapshots, CancellationToken cancellationToken) =>
        TypedResults.Ok(await snapshots.GetAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException("queue", id));
}
