namespace ContactCenter.Kernel.Contacts;

/// <summary>What to create a contact with, or replace it by.</summary>
/// <param name="DisplayName">The name to show agents (1 to 200 characters).</param>
/// <param name="Phones">Phone numbers in any common format; national numbers use <c>CC:Contacts:DefaultRegion</c>.</param>
/// <param name="Emails">Email addresses.</param>
public sealed record ContactRequest(string DisplayName, IReadOnlyList<string>? Phones = null, IReadOnlyList<string>? Emails = null);
