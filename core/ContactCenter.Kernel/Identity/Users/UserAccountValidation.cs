using ContactCenter.Kernel.CenterDirectory;
using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Kernel.Identity.Users;

/// <summary>Checks roles against the catalog, memberships against the directory and passwords against the policy.</summary>
internal sealed class UserAccountValidation(IDirectory directory)
{
    /// <summary>The roles in the catalog's spelling, sorted and distinct; unknown ones are reported.</summary>
    public static List<string> Roles(IReadOnlyList<string>? roles, UserProblems problems)
    {
        var valid = new List<string>();
        foreach (var role in roles ?? [])
        {
            if (UserStore.CatalogName(role) is { } known)
            {
                valid.Add(known);
            }
            else
            {
                problems.Add("roles", $"'{role}' is not a role. Known roles: {string.Join(", ", RoleCatalog.Grants.Keys.Order(StringComparer.Ordinal))}.");
            }
        }

        return [.. valid.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    public async Task MembershipsAsync(UserMemberships memberships, UserProblems problems, CancellationToken cancellationToken)
    {
        foreach (var team in memberships.TeamIds ?? [])
        {
            if (await directory.Teams.GetAsync(team, cancellationToken).ConfigureAwait(false) is null)
            {
                problems.Add("teamIds", $"Team '{team}' does not exist.");
            }
        }

        foreach (var line in memberships.ServiceLineIds ?? [])
        {
            if (await directory.ServiceLines.GetAsync(line, cancellationToken).ConfigureAwait(false) is null)
            {
                problems.Add("serviceLineIds", $"Service line '{line}' does not exist.");
            }
        }

        if (!string.IsNullOrWhiteSpace(memberships.AgentId)
            && await directory.Agents.GetAsync(memberships.AgentId, cancellationToken).ConfigureAwait(false) is null)
        {
            problems.Add("agentId", $"Agent '{memberships.AgentId}' does not exist.");
        }
    }

    public static async Task PasswordAsync(UserManager<UserAccount> users, UserAccount user, string? password, UserProblems problems)
    {
        if (string.IsNullOrEmpty(password))
        {
            problems.Add("password", "A password is required.");
            return;
        }

        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password).ConfigureAwait(false);
            problems.AddAll(result);
        }
    }
}
