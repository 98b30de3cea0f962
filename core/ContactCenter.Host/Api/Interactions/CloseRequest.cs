using ContactCenter.Sdk.Domain;

namespace ContactCenter.Host.Api.Interactions;

/// <summary>Body of close.</summary>
/// <param name="Disposition">The disposition, or <see langword="null"/> where none applies.</param>
public sealed record CloseRequest(DispositionRef? Disposition);
