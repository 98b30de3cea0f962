using ContactCenter.Kernel.Plugins;
using ContactCenter.Sdk.Errors;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Errors;

/// <summary>Maps errors to RFC 9457 problems: status, title, a stable <c>type</c> and <c>code</c>. Never a stack trace.</summary>
internal static class ProblemMapping
{
    public const string TypePrefix = "urn:contactcenter:problem:";

    public static ProblemDetails From(Exception exception) => exception switch
    {
        InvalidTransitionException e => Create(StatusCodes.Status409Conflict, "Invalid transition", e),
        EntityNotFoundException e => Create(StatusCodes.Status404NotFound, "Not found", e),
        ConcurrencyConflictException e => Create(StatusCodes.Status409Conflict, "Conflict", e),
        InvalidRequestException e => WithErrors(Create(StatusCodes.Status400BadRequest, "Invalid request", e), e.Errors),
        Kernel.Identity.AccessReview.AccessReviewConflictException e => Create(StatusCodes.Status409Conflict, "Conflict", e),
        Kernel.Contacts.Merging.ContactMergeConflictException e => Create(StatusCodes.Status409Conflict, "Conflict", e),
        Kernel.Conversations.ConversationConflictException e => Create(StatusCodes.Status409Conflict, "Conflict", e),
        PermissionDeniedException e => Create(StatusCodes.Status403Forbidden, "Forbidden", e),
        RequestTooLargeException e => Create(StatusCodes.Status413PayloadTooLarge, "Request too large", e),
        PluginOperationException e => Create(PluginStatus(e.ErrorCode), "Plugin operation refused", e),
        ContactCenterException e => Create(StatusCodes.Status400BadRequest, "Request refused", e),
        BadHttpRequestException e => Basic(e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Bad request", "request.malformed", e.Message),
        _ => Basic(StatusCodes.Status500InternalServerError, "Unexpected error", "server.unexpected",
            "The server failed to handle the request. Quote the trace id when reporting it."),
    };

    /// <summary>
    /// Plugin errors by code: a missing plugin is 404; a state conflict (already installed, busy, wrong state) is 409;
    /// a package, manifest, SDK range or configuration the host cannot use is 422; anything else is 400.
    /// </summary>
    public static int PluginStatus(string code)
    {
        if (code.EndsWith("not-found", StringComparison.Ordinal) || code.EndsWith("not-installed", StringComparison.Ordinal))
        {
            return StatusCodes.Status404NotFound;
        }

        string[] conflicts = ["already", "conflict", "busy", "in-progress", "state"];
        if (conflicts.Any(word => code.Contains(word, StringComparison.Ordinal)))
        {
            return StatusCodes.Status409Conflict;
        }

        string[] unprocessable = ["manifest", "sdk", "package", "schema", "config", "assembly", "load"];
        return unprocessable.Any(word => code.Contains(word, StringComparison.Ordinal))
            ? StatusCodes.Status422UnprocessableEntity
            : StatusCodes.Status400BadRequest;
    }

    private static ProblemDetails Create(int status, string title, ContactCenterException exception) =>
        Basic(status, title, exception.ErrorCode, exception.Message);

    private static ProblemDetails Basic(int status, string title, string code, string detail)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Type = TypePrefix + code };
        problem.Extensions["code"] = code;
        return problem;
    }

    private static ProblemDetails WithErrors(ProblemDetails problem, IReadOnlyDictionary<string, string[]> errors)
    {
        problem.Extensions["errors"] = errors;
        return problem;
    }
}
