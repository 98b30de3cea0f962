using System.Collections.Frozen;
using ContactCenter.Sdk;

namespace ContactCenter.Kernel.Identity;

/// <summary>
/// Which permissions each built-in role grants, least privilege first: a user's permissions are the union of their
/// roles'. docs/security.md prints the same table; a test keeps both in step.
/// </summary>
public static class RoleCatalog
{
    private static readonly string[] AgentPermissions =
    [
        Permissions.AgentConnect, Permissions.InteractionsRead, Permissions.InteractionsHandle,
        Permissions.PresenceRead, Permissions.PresenceWrite, Permissions.DirectoryRead,
    ];

    /// <summary>Permissions by role name.</summary>
    public static FrozenDictionary<string, IReadOnlyList<string>> Grants { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [Roles.Agent] = AgentPermissions,
        [Roles.Supervisor] =
        [
            .. AgentPermissions, Permissions.InteractionsWrite, Permissions.PresenceManage, Permissions.MonitoringRead,
            Permissions.MonitoringIntervene, Permissions.SlaRead, Permissions.RecordingsRead, Permissions.QualityRead,
            Permissions.WfmRead, Permissions.UsersRead, Permissions.AccessReview, Permissions.ContactsRead, Permissions.ContactsManage,
        ],
        [Roles.QualityAnalyst] =
        [
            Permissions.InteractionsRead, Permissions.RecordingsRead, Permissions.QualityRead, Permissions.QualityEvaluate,
            Permissions.DirectoryRead, Permissions.ContactsRead,
        ],
        [Roles.WorkforcePlanner] =
        [
            Permissions.WfmRead, Permissions.WfmManage, Permissions.PresenceRead, Permissions.SlaRead, Permissions.DirectoryRead,
        ],
        [Roles.Administrator] = [.. Permissions.All.Where(p => p is not Permissions.AuditRead)],
        [Roles.Auditor] =
        [
            Permissions.AuditRead, Permissions.UsersRead, Permissions.PluginsRead, Permissions.SlaRead, Permissions.DirectoryRead,
        ],
        [Roles.IntegrationClient] =
        [
            Permissions.InteractionsRead, Permissions.InteractionsWrite, Permissions.EventsSubscribe, Permissions.DirectoryRead,
        ],
        [Roles.Plugin] = [],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The union of the permissions of <paramref name="roles"/>, ordinal-sorted.</summary>
    /// <param name="roles">Role names.</param>
    /// <returns>The permissions.</returns>
    /// <exception cref="ArgumentException">A role is not a built-in one; the message names every unknown role.</exception>
    public static IReadOnlyList<string> PermissionsOf(IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var list = roles.ToList();
        var unknown = list.Where(r => !Grants.ContainsKey(r)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown role(s): {string.Join(", ", unknown)}. Known roles: {string.Join(", ", Grants.Keys.Order(StringComparer.Ordinal))}.", nameof(roles));
        }

        return [.. list.SelectMany(r => Grants[r]).Distinct().Order(StringComparer.Ordinal)];
    }
}
