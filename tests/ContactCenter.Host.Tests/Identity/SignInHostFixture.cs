using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Host.Tests.Identity;

/// <summary>A host of its own for the sign-in tests (they lock accounts out), with a generous sign-in rate limit.</summary>
public sealed class SignInHostFixture : IAsyncLifetime
{
    public RunningHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await RunningHost.StartAsync(configure: null, "--CC:Identity:SignInPermitsPerMinute=1000");

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();

    /// <summary>Creates an account through the API (password to be changed) and returns its id.</summary>
    public async Task<string> CreateUserAsync(string userName, string password, params string[] roles)
    {
        using var admin = Host.CreateAdminClient();
        using var response = await admin.PostAsJsonAsync("/api/v1/users", new { userName, password, roles });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Creates an account and changes its first password, so it can sign in.</summary>
    public async Task<string> CreateReadyUserAsync(string userName, string password, params string[] roles)
    {
        var id = await CreateUserAsync(userName, "First-Password-1", roles);
        using var client = Host.CreateClient();
        using var changed = await client.PostAsJsonAsync("/api/v1/identity/password", new { userName, currentPassword = "First-Password-1", newPassword = password });
        changed.EnsureSuccessStatusCode();
        return id;
    }
}
