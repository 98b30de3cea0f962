using ContactCenter.Kernel.Contacts.Merging;

namespace ContactCenter.Host.Api.Contacts;

/// <summary>What a merge or unmerge answers: the merge record and both contacts' versions, never their personal data.</summary>
/// <param name="Merge">The merge record.</param>
/// <param name="TargetVersion">The target's version now.</param>
/// <param name="SourceVersion">The source's version now.</param>
/// <param name="Changed">False when the request repeated one already done (nothing changed).</param>
internal sealed record MergeResponse(ContactMerge Merge, long TargetVersion, long SourceVersion, bool Changed)
{
    public static MergeResponse From(ContactMergeResult result) => new(result.Merge, result.Target.Version, result.Source.Version, result.Changed);
}
