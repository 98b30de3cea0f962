using ContactCenter.Host.Demo.Directory;
using ContactCenter.Kernel.Identity;
using ContactCenter.Kernel.Identity.Bootstrap;
using ContactCenter.Kernel.Identity.Users;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Demo.Users;

/// <summary>
/// Demo sign-ins: <c>agent1</c>..<c>agent4</c> (tied to the demo agents, their teams and lines), <c>supervisor1</c>
/// (both demo teams), <c>admin</c> and <c>auditor</c>, all with the password of <c>CC:Demo:Password</c> or one generated
/// and printed in the guide when the users are created. Created through <see cref="IUserAccounts"/> (validated and
/// audited like an administrator's). A generated password is handed to <see cref="Voice.DemoVoicePhones"/> for the demo
/// phones' SIP accounts. Runs before the first-administrator bootstrap, so the demo <c>admin</c> is the
/// administrator and no one-time password is generated. MFA is not forced on loopback in demo mode (MfaRequirement).
/// </summary>
internal sealed class DemoUserSeeder(IServiceScopeFactory scopes, IOptions<DemoOptions> options, Voice.DemoVoicePhones phones) : IDemoSeeder
{
    public string Name => "users";

    public int Order => 200;

    public async ValueTask SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var configured = options.Value.Password;
        var password = string.IsNullOrEmpty(configured) ? BootstrapCredentials.GeneratePassword() : configured;
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var accounts = scope.ServiceProvider.GetRequiredService<IUserAccounts>();
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<UserAccount>>();
            var created = 0;
            foreach (var user in Users(password))
            {
                var outcome = await context.EnsureAsync("user", user.UserName, $"{string.Join(", ", user.Roles)}{(user.AgentId is null ? "" : $", agent {user.AgentId}")}",
                    async _ => await users.FindByNameAsync(user.UserName).ConfigureAwait(false) is not null,
                    async ct => await accounts.CreateAsync(user, UserChangeSource.System, ct).ConfigureAwait(false),
                    cancellationToken).ConfigureAwait(false);
                created += outcome == DemoSeedOutcome.Created ? 1 : 0;
            }

            if (created > 0 && string.IsNullOrEmpty(configured))
            {
                // The demo phones get the same password once the voice plugin runs (DemoSeedService, after start-up).
                phones.Offer(password);
            }

            context.AddNote(created == 0
                ? "Demo users: sign in at /identity/sign-in; their password was printed when they were created (or is CC__Demo__Password)."
                : string.IsNullOrEmpty(configured)
                    ? $"Demo users (agent1..agent4, supervisor1, admin, auditor) sign in at /identity/sign-in with the generated password {password} (shown only now; set CC__Demo__Password to choose one)."
                    : "Demo users (agent1..agent4, supervisor1, admin, auditor) sign in at /identity/sign-in with the password of CC__Demo__Password.");
            context.AddNote("MFA is not forced for demo sign-ins from this machine (loopback); an account that turns MFA on is still asked for it.");
        }
    }

    private static IEnumerable<NewUserAccount> Users(string password)
    {
        foreach (var agent in DemoDirectoryData.Agents)
        {
            yield return new NewUserAccount(agent.Id, password, [Roles.Agent])
            {
                AgentId = agent.Id, TeamIds = agent.TeamIds, ServiceLineIds = agent.ServiceLineIds, MustChangePassword = false,
            };
        }

        yield return new NewUserAccount(DemoDirectoryData.SupervisorId, password, [Roles.Supervisor])
        {
            TeamIds = [.. DemoDirectoryData.Teams.Select(t => t.Id)], ServiceLineIds = [.. DemoDirectoryData.ServiceLines.Select(l => l.Id)], MustChangePassword = false,
        };
        yield return new NewUserAccount("admin", password, [Roles.Administrator]) { MustChangePassword = false };
        yield return new NewUserAccount("auditor", password, [Roles.Auditor]) { MustChangePassword = false };
    }
}
