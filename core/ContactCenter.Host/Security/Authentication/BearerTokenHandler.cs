using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Security.Authentication;

/// <summary>Authenticates <c>Authorization: Bearer</c> tokens (and <c>access_token</c> on hub requests) with the registered authenticators.</summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IEnumerable<ITokenAuthenticator> authenticators)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = ReadToken();
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        foreach (var authenticator in authenticators)
        {
            var principal = await authenticator.AuthenticateAsync(token, Context.RequestAborted).ConfigureAwait(false);
            if (principal is not null)
            {
                return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
            }
        }

        // The message goes to logs: it must never contain the token.
        return AuthenticateResult.Fail("The bearer token is not valid.");
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = BearerTokenDefaults.Scheme;
        return Task.CompletedTask;
    }

    private string? ReadToken()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.StartsWith(BearerTokenDefaults.Scheme + " ", StringComparison.OrdinalIgnoreCase))
        {
            var value = header[(BearerTokenDefaults.Scheme.Length + 1)..].Trim();
            return value.Length == 0 ? null : value;
        }

        if (Request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase)
            && Request.Query.TryGetValue(BearerTokenDefaults.HubQueryParameter, out var query)
            && !string.IsNullOrEmpty(query.ToString()))
        {
            return query.ToString();
        }

        return null;
    }
}
