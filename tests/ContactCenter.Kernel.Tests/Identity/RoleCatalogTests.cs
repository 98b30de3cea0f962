using ContactCenter.Kernel.Identity;
using ContactCenter.Sdk;

namespace ContactCenter.Kernel.Tests.Identity;

public sealed class RoleCatalogTests
{
    [Fact]
    public void Grants_EveryRole_UsesOnlyPermissionsTheSdkDefines()
    {
        Assert.All(RoleCatalog.Grants.Values.SelectMany(p => p), p => Assert.Contains(p, Permissions.All));
    }

    [Fact]
    public void Grants_Administrator_HoldsEverythingButTheAuditLog()
    {
        Assert.Equal(Permissions.All.Where(p => p != Permissions.AuditRead).Order(), RoleCatalog.Grants[Roles.Administrator].Order());
    }

    [Fact]
    public void Grants_AuditorAndPlugin_ChangeNothing()
    {
        Assert.All(RoleCatalog.Grants[Roles.Auditor], p => Assert.True(p.EndsWith(".read", StringComparison.Ordinal), p));
        Assert.Empty(RoleCatalog.Grants[Roles.Plugin]);
    }

    [Fact]
    public void PermissionsOf_AgentAndQualityAnalyst_IsTheSortedUnion()
    {
        var permissions = RoleCatalog.PermissionsOf([Roles.Agent, Roles.QualityAnalyst]);

        Assert.Equal(permissions.Order(StringComparer.Ordinal), permissions);
        Assert.Equal(permissions.Distinct(), permissions);
        Assert.Contains(Permissions.AgentConnect, permissions);
        Assert.Contains(Permissions.QualityEvaluate, permissions);
        Assert.DoesNotContain(Permissions.PluginsManage, permissions);
    }

    [Fact]
    public void PermissionsOf_UnknownRoles_ThrowsNamingEachOne()
    {
        var error = Assert.Throws<ArgumentException>(() => RoleCatalog.PermissionsOf([Roles.Agent, "root", "god"]));

        Assert.Contains("root, god", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SecurityDoc_RolesTable_ListsEachRolesPermissions()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "security.md"));

        foreach (var (role, permissions) in RoleCatalog.Grants)
        {
            var row = doc.Split('\n').FirstOrDefault(l => l.StartsWith($"| `{role}` |", StringComparison.Ordinal));
            Assert.True(row is not null, $"docs/security.md has no row for role {role}");
            var listed = row.Split('|')[2].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim('`')).Where(p => p != "—");
            Assert.Equal(permissions.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ContactCenter.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ContactCenter.sln not found above " + AppContext.BaseDirectory);
    }
}
