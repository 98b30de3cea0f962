namespace ContactCenter.Sdk.Events;

/// <summary>Data of <see cref="EventTypes.ContactChanged"/>. Carries ids only: the contact's personal data stays encrypted in the store.</summary>
/// <param name="ContactId">The contact.</param>
/// <param name="Change">What happened.</param>
/// <param name="Version">The contact's stored version after the change (0 after a delete).</param>
/// <param name="At">When.</param>
public sealed record ContactChanged(string ContactId, DataChange Change, long Version, DateTimeOffset At);
