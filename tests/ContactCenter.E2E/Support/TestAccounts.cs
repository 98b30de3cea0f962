using System.Net.Http.Json;
using ContactCenter.Testing.Hosting;
using Microsoft.Playwright;

namespace ContactCenter.E2E.Support;

/// <summary>
/// Accounts for the browser tests: a supervisor, created by the administrator with a first password and then
/// given its own through the password API (so the pages do not ask for a change), and the English sign-in form filled
/// by its labels (shared by every role).
/// </summary>
internal static class TestAccounts
{
    public const string Password = "Supervisor-Password-7";

    private const string FirstPassword = "First-Password-1";

    public static async Task CreateSupervisorAsync(RunningHost host, string userName)
    {
        using var admin = host.CreateAdminClient();
        using var created = await admin.PostAsJsonAsync("/api/v1/users", new { userName, password = FirstPassword, roles = new[] { "supervisor" } });
        created.EnsureSuccessStatusCode();
        using var client = host.CreateClient();
        using var changed = await client.PostAsJsonAsync("/api/v1/identity/password", new { userName, currentPassword = FirstPassword, newPassword = Password });
        changed.EnsureSuccessStatusCode();
    }

    public static async Task SignInAsync(IPage page, string userName, string password = Password)
    {
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
