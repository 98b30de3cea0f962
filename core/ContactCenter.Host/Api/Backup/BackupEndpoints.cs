using ContactCenter.Kernel.Backup;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Errors;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Api.Backup;

/// <summary>Maps <c>POST /api/v1/backup/snapshot</c>: a consistent copy of the embedded store for <c>cc backup</c> while the host runs.</summary>
internal static class BackupEndpoints
{
    public static IEndpointRouteBuilder MapBackupEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/backup/snapshot", SnapshotAsync).WithTags("Backup").WithName("CreateStoreSnapshot")
            .WithSummary("Streams a consistent snapshot of the embedded store (writes wait during the copy; reads carry on).")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .RequirePermission(Permissions.BackupCreate);
        return endpoints;
    }

    private static async Task<IResult> SnapshotAsync([FromServices] IDocumentStore store, CancellationToken cancellationToken)
    {
        if (store is not IStoreSnapshot snapshots)
        {
            throw new InvalidRequestException("provider",
                $"The {store.ProviderName} store cannot be copied through the host; back up its database with its own tools (cc backup --postgres for PostgreSQL).");
        }

        var path = Path.Combine(Path.GetTempPath(), $"cc-snapshot-{Guid.NewGuid():N}.db");
        await snapshots.WriteSnapshotAsync(path, cancellationToken).ConfigureAwait(false);

        // DeleteOnClose removes the temporary copy once the response has been sent (or the client went away).
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16, FileOptions.DeleteOnClose | FileOptions.SequentialScan);
        return Results.Stream(stream, "application/octet-stream", "contactcenter.db");
    }
}
