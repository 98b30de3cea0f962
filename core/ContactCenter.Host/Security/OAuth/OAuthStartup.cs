using ContactCenter.Kernel.Identity.OAuth.Clients;
using ContactCenter.Kernel.Identity.OAuth.Keys;
using ContactCenter.Kernel.Identity.Users;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace ContactCenter.Host.Security.OAuth;

/// <summary>
/// At start: loads (or creates) the OAuth keys, registers one scope per permission, and creates the bootstrap
/// integration client from <c>CC:Bootstrap:ClientId</c> / <c>CC:Bootstrap:ClientSecret</c> when it does not exist.
/// </summary>
internal sealed partial class OAuthStartup(
    OAuthKeyRing ring, OAuthServerKeys keys, IServiceScopeFactory scopes, IConfiguration configuration, IOptions<OAuthOptions> options, ILogger<OAuthStartup> logger)
    : IHostedLifecycleService
{
    public const string ClientIdKey = "CC:Bootstrap:ClientId";
    public const string ClientSecretKey = "CC:Bootstrap:ClientSecret";

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        // Keys retired longer ago than the longest token lifetime are left out: nothing they issued is still valid.
        keys.Set(await ring.EnsureAndLoadAsync(options.Value.KeyRetention, cancellationToken).ConfigureAwait(false));
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var scopeManager = scope.ServiceProvider.GetRequiredService<IOpenIddictScopeManager>();
            foreach (var permission in ContactCenter.Sdk.Permissions.All)
            {
                if (await scopeManager.FindByNameAsync(permission, cancellationToken).ConfigureAwait(false) is null)
                {
                    await scopeManager.CreateAsync(new OpenIddictScopeDescriptor { Name = permission, DisplayName = permission }, cancellationToken).ConfigureAwait(false);
                }
            }

            await EnsureBootstrapClientAsync(scope.ServiceProvider.GetRequiredService<IOAuthClients>(), cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task EnsureBootstrapClientAsync(IOAuthClients clients, CancellationToken cancellationToken)
    {
        var clientId = configuration[ClientIdKey];
        if (string.IsNullOrEmpty(clientId))
        {
            return;
        }

        var secret = configuration[ClientSecretKey];
        if (string.IsNullOrEmpty(secret) || secret.Length < 24)
        {
            // Never echo the value: only name the setting.
            throw new OptionsValidationException(ClientSecretKey, typeof(string), [$"{ClientSecretKey} must be set, at least 24 characters, when {ClientIdKey} is."]);
        }

        var client = new NewOAuthClient(clientId, "Bootstrap integration client", Kernel.Identity.RoleCatalog.Grants[Kernel.Identity.Roles.IntegrationClient]);
        try
        {
            if (await clients.EnsureAsync(client, secret, UserChangeSource.System, cancellationToken).ConfigureAwait(false))
            {
                LogBootstrapClient(logger, clientId);
            }
        }
        catch (Sdk.Errors.InvalidRequestException ex)
        {
            throw new OptionsValidationException(ClientIdKey, typeof(string), [$"{ClientIdKey}: {ex.Message}"]);
        }
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Created the bootstrap OAuth client '{ClientId}' (integration-client permissions).")]
    private static partial void LogBootstrapClient(ILogger logger, string clientId);
}
