namespace ContactCenter.Host.Api.Dispositions;

/// <summary>The body of <c>PUT /api/v1/dispositions/policies/{kind}/{id}</c>.</summary>
/// <param name="Required">Whether closing after wrap-up needs a disposition.</param>
public sealed record DispositionPolicyRequest(bool? Required);
