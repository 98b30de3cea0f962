using ContactCenter.Host.Security.Headers;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Chooses the security headers of an endpoint.</summary>
public static class SecurityHeadersExtensions
{
    /// <summary>Uses <paramref name="policy"/> instead of the strict API policy.</summary>
    /// <typeparam name="TBuilder">The endpoint builder.</typeparam>
    /// <param name="builder">The endpoint(s).</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The same builder.</returns>
    public static TBuilder WithSecurityHeaders<TBuilder>(this TBuilder builder, SecurityHeadersPolicy policy)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new SecurityHeadersMetadata(policy));
}
