using ContactCenter.Sdk.Errors;
using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Kernel.Identity.Users;

/// <summary>Collects every problem of an account change by field, so the caller hears about all of them at once.</summary>
internal sealed class UserProblems
{
    private readonly Dictionary<string, List<string>> _problems = new(StringComparer.Ordinal);

    public void Add(string field, string problem)
    {
        if (!_problems.TryGetValue(field, out var list))
        {
            _problems[field] = list = [];
        }

        list.Add(problem);
    }

    /// <summary>Identity's errors, filed under the field their code is about.</summary>
    public void AddAll(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            Add(FieldOf(error.Code), error.Description);
        }
    }

    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw new InvalidRequestException(_problems.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
        }
    }

    private static string FieldOf(string code) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? "password"
        : code.Contains("UserName", StringComparison.Ordinal) ? "userName"
        : code.Contains("Email", StringComparison.Ordinal) ? "email"
        : "account";
}
