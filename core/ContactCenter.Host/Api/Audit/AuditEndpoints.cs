using ContactCenter.Host.Security.Audit;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Audit.Signing;
using ContactCenter.Kernel.Audit.Verification;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Api.Audit;

/// <summary>Maps <c>/api/v1/audit</c>: export (JSON lines), verification and the checkpoint public keys, for auditors.</summary>
internal static class AuditEndpoints
{
    public const string JsonLines = "application/x-ndjson";

    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var audit = endpoints.MapGroup("/api/v1/audit").WithTags("Audit");
        audit.MapGet("/export", ExportAsync).WithName("ExportAudit")
            .WithSummary("The audit log as JSON lines (header, entries, checkpoints), filtered by time, actor, target and action.")
            .Produces(StatusCodes.Status200OK, contentType: JsonLines)
            .RequirePermission(Permissions.AuditRead);
        audit.MapGet("/verify", VerifyAsync).WithName("VerifyAudit")
            .WithSummary("Checks the stored chain and its signed checkpoints; lists the first problems found.")
            .RequirePermission(Permissions.AuditRead);
        audit.MapGet("/keys", Keys).WithName("GetAuditKeys")
            .WithSummary("The public keys that sign audit checkpoints (PEM, by key id), to verify an export offline.")
            .RequirePermission(Permissions.AuditRead);
        return endpoints;
    }

    private static async Task ExportAsync(
        HttpContext context, [AsParameters] AuditExportRequest request, [FromServices] IAuditLog log, [FromServices] KernelTime time)
    {
        if (request.From is { } from && request.To is { } to && from >= to)
        {
            await TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid time range",
                detail: "'from' must be before 'to'.").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var query = request.ToQuery();
        var actor = AuditTrailMiddleware.ActorOf(context.User);

        // The export is itself audited before any entry leaves, so a download can never go unrecorded.
        await log.AppendAsync(new AuditEntry(actor, "audit.exported", "audit")
        {
            Detail = AuditExportFormat.Header(time.GetUtcNow(), query),
            SourceIp = context.Connection.RemoteIpAddress?.ToString(),
            CorrelationId = AuditActor.CorrelationId,
        }, context.RequestAborted).ConfigureAwait(false);
        context.Response.ContentType = JsonLines;
        context.Response.Headers.ContentDisposition = "attachment; filename=audit.jsonl";
        await using var writer = new StreamWriter(context.Response.Body, AuditExportFormat.Encoding, leaveOpen: true);
        await AuditExporter.WriteAsync(log, query, time.GetUtcNow(), writer, context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<Ok<AuditVerificationReport>> VerifyAsync(
        [FromServices] IAuditLog log, [FromServices] AuditKeyRing keys, [FromServices] AuditTrustFile trust, CancellationToken cancellationToken) =>
        TypedResults.Ok(await AuditLogVerification.VerifyAsync(log, keys.PublicKeys(), trust, cancellationToken).ConfigureAwait(false));

    private static Ok<Dictionary<string, string>> Keys([FromServices] AuditKeyRing keys) =>
        TypedResults.Ok(keys.PublicKeys().ToDictionary(k => k.Key, k => k.Value.ExportSubjectPublicKeyInfoPem(), StringComparer.Ordinal));
}
