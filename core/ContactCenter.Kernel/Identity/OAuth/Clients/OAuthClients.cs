using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Identity.OAuth.Entities;
using ContactCenter.Kernel.Identity.Users;
using ContactCenter.Sdk.Errors;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ContactCenter.Kernel.Identity.OAuth.Clients;

/// <summary><see cref="IOAuthClients"/> over OpenIddict's application manager (which hashes secrets with PBKDF2).</summary>
internal sealed class OAuthClients(
    IOpenIddictApplicationManager applications, IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations, IAuditLog audit)
    : IOAuthClients
{
    public async Task<IReadOnlyList<OAuthClientInfo>> ListAsync(CancellationToken cancellationToken)
    {
        var result = new List<OAuthClientInfo>();
        await foreach (var application in applications.ListAsync(null, null, cancellationToken).ConfigureAwait(false))
        {
            result.Add(OAuthClientDescriptors.Info((OAuthApplication)application));
        }

        return [.. result.OrderBy(c => c.ClientId, StringComparer.Ordinal)];
    }

    public async Task<OAuthClientInfo?> GetAsync(string clientId, CancellationToken cancellationToken) =>
        await FindAsync(clientId, cancellationToken).ConfigureAwait(false) is { } found ? OAuthClientDescriptors.Info(found) : null;

    public async Task<OAuthClientSecret> CreateAsync(NewOAuthClient client, UserChangeSource source, CancellationToken cancellationToken)
    {
        OAuthClientValidation.Check(client);
        var secret = client.Confidential ? NewSecret() : null;
        var created = await InsertAsync(client, secret, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidRequestException("clientId", $"A client '{client.ClientId}' exists already.");
        await AuditAsync(source, "client.created", created, cancellationToken).ConfigureAwait(false);
        return new OAuthClientSecret(created, secret);
    }

    public async Task<bool> EnsureAsync(NewOAuthClient client, string secret, UserChangeSource source, CancellationToken cancellationToken)
    {
        OAuthClientValidation.Check(client);
        ArgumentException.ThrowIfNullOrEmpty(secret);
        if (await FindAsync(client.ClientId, cancellationToken).ConfigureAwait(false) is not null)
        {
            return false;
        }

        var created = await InsertAsync(client, secret, cancellationToken).ConfigureAwait(false);
        if (created is not null)
        {
            await AuditAsync(source, "client.created", created, cancellationToken).ConfigureAwait(false);
        }

        return created is not null;
    }

    public async Task<OAuthClientSecret> RotateSecretAsync(string clientId, UserChangeSource source, CancellationToken cancellationToken)
    {
        var application = await FindAsync(clientId, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException("client", clientId);
        if (application.ClientType != ClientTypes.Confidential)
        {
            throw new InvalidRequestException("clientId", "A public client has no secret.");
        }

        var secret = NewSecret();
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken).ConfigureAwait(false);
        descriptor.ClientSecret = secret;
        await applications.UpdateAsync(application, descriptor, cancellationToken).ConfigureAwait(false);
        var info = OAuthClientDescriptors.Info(application);
        await AuditAsync(source, "client.secret-rotated", info, cancellationToken).ConfigureAwait(false);
        return new OAuthClientSecret(info, secret);
    }

    public async Task DeleteAsync(string clientId, UserChangeSource source, CancellationToken cancellationToken)
    {
        var application = await FindAsync(clientId, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException("client", clientId);
        var info = OAuthClientDescriptors.Info(application);
        // Tokens already issued would otherwise stay valid until they expire.
        await tokens.RevokeByApplicationIdAsync(application.Id, cancellationToken).ConfigureAwait(false);
        await authorizations.RevokeByApplicationIdAsync(application.Id, cancellationToken).ConfigureAwait(false);
        await applications.DeleteAsync(application, cancellationToken).ConfigureAwait(false);
        await AuditAsync(source, "client.deleted", info, cancellationToken, deleted: true).ConfigureAwait(false);
    }

    private async Task<OAuthClientInfo?> InsertAsync(NewOAuthClient client, string? secret, CancellationToken cancellationToken)
    {
        try
        {
            var application = (OAuthApplication)await applications.CreateAsync(OAuthClientDescriptors.Of(client, secret), cancellationToken).ConfigureAwait(false);
            return OAuthClientDescriptors.Info(application);
        }
        catch (ConcurrencyConflictException)
        {
            // The document id is derived from the client id: the insert conflicts when the id is taken (even by a
            // client created a moment ago on another node).
            return null;
        }
        catch (OpenIddictExceptions.ValidationException ex) when (ex.Results.Any(r => r.MemberNames.Contains("ClientId")) || ex.Message.Contains("client identifier", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        catch (OpenIddictExceptions.ValidationException ex)
        {
            throw new InvalidRequestException("client", string.Join(" ", ex.Results.Select(r => r.ErrorMessage)));
        }
    }

    private async Task<OAuthApplication?> FindAsync(string clientId, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(clientId) ? null : (OAuthApplication?)await applications.FindByClientIdAsync(clientId, cancellationToken).ConfigureAwait(false);

    private ValueTask<AuditRecord> AuditAsync(UserChangeSource source, string action, OAuthClientInfo client, CancellationToken cancellationToken, bool deleted = false) =>
        audit.AppendAsync(new AuditEntry(source.Actor, action, $"client/{client.ClientId}")
        {
            AfterDigest = deleted ? null : Digest(client),
            BeforeDigest = deleted ? Digest(client) : null,
            SourceIp = source.SourceIp,
            CorrelationId = AuditActor.CorrelationId,
            Detail = $"grants={string.Join(' ', client.GrantTypes)}; scopes={string.Join(' ', client.Scopes)}",
        }, cancellationToken);

    private static string Digest(OAuthClientInfo client) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n',
            client.ClientId, client.DisplayName, client.Confidential, string.Join(' ', client.GrantTypes), string.Join(' ', client.Scopes), string.Join(' ', client.RedirectUris)))));

    private static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
