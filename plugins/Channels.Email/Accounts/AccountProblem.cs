namespace ContactCenter.Plugins.Channels.Email.Accounts;

/// <summary>A refused account request: each field's problem, never its value.</summary>
internal sealed record AccountProblem(string Title, IReadOnlyDictionary<string, string> Errors);
