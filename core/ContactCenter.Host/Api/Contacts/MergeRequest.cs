namespace ContactCenter.Host.Api.Contacts;

/// <summary>The body of <c>POST /api/v1/contacts/{id}/merge</c> and <c>/unmerge</c>.</summary>
/// <param name="SourceId">The contact merged into (or to be split from) the one in the path.</param>
/// <param name="TargetVersion">Optional: the version of the contact in the path the caller saw; a later change refuses the merge (409).</param>
/// <param name="SourceVersion">Optional: the source's version the caller saw, likewise.</param>
internal sealed record MergeRequest(string? SourceId, long? TargetVersion = null, long? SourceVersion = null);
