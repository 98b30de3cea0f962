using ContactCenter.Kernel.Identity;
using ContactCenter.Kernel.Identity.Bootstrap;
using ContactCenter.Kernel.Tests.Identity.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Tests.Identity.Bootstrap;

/// <summary>The first administrator: created once, with a generated one-time password in an owner-only file or a configured one.</summary>
public sealed class BootstrapAdministratorTests
{
    [Fact]
    public async Task StartAsync_NoAdministrator_CreatesOneWithAOneTimePasswordInAnOwnerOnlyFile()
    {
        await using var harness = await IdentityHarness.StartAsync();

        await StartAsync(harness);

        var path = Path.Combine(harness.DataDirectory, BootstrapCredentials.RelativePath);
        var password = File.ReadAllLines(path).Single(l => l.StartsWith("password: ", StringComparison.Ordinal))["password: ".Length..];
        var admin = Assert.Single(await harness.Users.GetUsersInRoleAsync(Roles.Administrator));
        Assert.Equal("admin", admin.UserName);
        Assert.True(admin.MustChangePassword);
        Assert.True(await harness.Users.CheckPasswordAsync(admin, password));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        Assert.Equal("user.created", Assert.Single(harness.Audit.Entries).Action);
    }

    [Fact]
    public async Task StartAsync_AdministratorExists_CreatesNothing()
    {
        await using var harness = await IdentityHarness.StartAsync();
        await StartAsync(harness);
        File.Delete(Path.Combine(harness.DataDirectory, BootstrapCredentials.RelativePath));

        await StartAsync(harness);

        Assert.Equal(1, await harness.CountUsersAsync());
        Assert.False(File.Exists(Path.Combine(harness.DataDirectory, BootstrapCredentials.RelativePath)));
    }

    [Fact]
    public async Task StartAsync_ConfiguredCredentials_UsesThemAndWritesNoFile()
    {
        await using var harness = await IdentityHarness.StartAsync(new Dictionary<string, string?>
        {
            ["CC:Bootstrap:AdminEmail"] = "it@insurer.example",
            ["CC:Bootstrap:AdminPassword"] = "Configured-Pass-42",
        });

        await StartAsync(harness);

        var admin = Assert.Single(await harness.Users.GetUsersInRoleAsync(Roles.Administrator));
        Assert.Equal(("it@insurer.example", "it@insurer.example"), (admin.UserName, admin.Email));
        Assert.False(admin.MustChangePassword);
        Assert.True(await harness.Users.CheckPasswordAsync(admin, "Configured-Pass-42"));
        Assert.False(File.Exists(Path.Combine(harness.DataDirectory, BootstrapCredentials.RelativePath)));
    }

    [Fact]
    public async Task StartAsync_WeakConfiguredPassword_StopsStartNamingTheSettingButNotThePassword()
    {
        await using var harness = await IdentityHarness.StartAsync(new Dictionary<string, string?> { ["CC:Bootstrap:AdminPassword"] = "hunter2" });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(harness));

        Assert.Contains("CC:Bootstrap", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, await harness.CountUsersAsync());
    }

    [Fact]
    public void GeneratePassword_PassesTheDefaultPolicyAndDiffersEachTime()
    {
        var passwords = Enumerable.Range(0, 50).Select(_ => BootstrapCredentials.GeneratePassword()).ToList();

        Assert.Equal(50, passwords.Distinct(StringComparer.Ordinal).Count());
        Assert.All(passwords, p => Assert.True(p.Length >= 24 && p.Any(char.IsAsciiDigit) && p.Any(char.IsAsciiLetterUpper) && p.Any(char.IsAsciiLetterLower), p));
    }

    private static Task StartAsync(IdentityHarness harness) =>
        harness.Services.GetServices<IHostedService>().Single(s => s.GetType().Name == "BootstrapAdministrator").StartAsync(CancellationToken.None);
}
