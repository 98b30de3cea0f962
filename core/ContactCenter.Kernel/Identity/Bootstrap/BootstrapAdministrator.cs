using ContactCenter.Kernel.Identity.Users;
using ContactCenter.Kernel.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Identity.Bootstrap;

/// <summary>
/// At start, when no account holds the administrator role, creates one from <see cref="BootstrapOptions"/> or with a
/// generated one-time password handed over in an owner-only file. Two nodes starting at once cannot create two: the
/// user name reservation lets only one through.
/// </summary>
internal sealed partial class BootstrapAdministrator(
    IServiceScopeFactory scopes, IOptions<BootstrapOptions> options, IOptions<StorageOptions> storage, ILogger<BootstrapAdministrator> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var store = scope.ServiceProvider.GetRequiredService<UserStore>();
            if ((await store.GetUsersInRoleAsync(Roles.Administrator, cancellationToken).ConfigureAwait(false)).Count > 0)
            {
                return;
            }

            var settings = options.Value;
            var generated = string.IsNullOrEmpty(settings.AdminPassword);
            var password = generated ? BootstrapCredentials.GeneratePassword() : settings.AdminPassword!;
            var userName = string.IsNullOrWhiteSpace(settings.AdminEmail) ? "admin" : settings.AdminEmail.Trim();
            var request = new NewUserAccount(userName, password, [Roles.Administrator]) { Email = settings.AdminEmail, MustChangePassword = generated };
            try
            {
                await scope.ServiceProvider.GetRequiredService<IUserAccounts>()
                    .CreateAsync(request, UserChangeSource.System, cancellationToken).ConfigureAwait(false);
            }
            catch (Sdk.Errors.InvalidRequestException ex) when (ex.Errors.ContainsKey("userName") && !ex.Errors.ContainsKey("password"))
            {
                // Another node created it a moment ago.
                LogAlreadyCreated(userName);
                return;
            }
            catch (Sdk.Errors.InvalidRequestException ex)
            {
                // The problems name fields, never the password itself.
                throw new OptionsValidationException(BootstrapOptions.Section, typeof(BootstrapOptions),
                    [$"{BootstrapOptions.Section}: the first administrator cannot be created: {string.Join(" ", ex.Errors.SelectMany(e => e.Value))}"]);
            }

            if (generated)
            {
                var path = BootstrapCredentials.Write(storage.Value.FullDataDirectory, userName, password);
                LogCreatedGenerated(userName, path);
            }
            else
            {
                LogCreatedConfigured(userName);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Only the user name and the file's path are logged, never the password.
    [LoggerMessage(EventId = 6101, Level = LogLevel.Warning,
        Message = "No administrator existed: created '{UserName}' with a one-time password written to {Path} (change it and enrol MFA at first sign-in)")]
    private partial void LogCreatedGenerated(string userName, string path);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Information, Message = "No administrator existed: created '{UserName}' from CC:Bootstrap")]
    private partial void LogCreatedConfigured(string userName);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Information, Message = "The first administrator '{UserName}' was created by another node")]
    private partial void LogAlreadyCreated(string userName);
}
