using ContactCenter.Host.Security.Permissions;

namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// The permission convention: every endpoint either requires one permission or is public with a stated reason.
/// A test enumerates all endpoints and fails if one declares neither.
/// </summary>
public static class EndpointPermissionExtensions
{
    /// <summary>Callers need <paramref name="permission"/> (401 without credentials, 403 without the permission).</summary>
    /// <typeparam name="TBuilder">The endpoint builder.</typeparam>
    /// <param name="builder">The endpoint(s).</param>
    /// <param name="permission">One of <see cref="ContactCenter.Sdk.Permissions"/>.</param>
    /// <returns>The same builder.</returns>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentException.ThrowIfNullOrEmpty(permission);
        builder.WithMetadata(new RequiredPermissionMetadata(permission));
        return builder.RequireAuthorization(PermissionPolicies.Name(permission));
    }

    /// <summary>Anyone may call the endpoint; <paramref name="reason"/> says why that is safe.</summary>
    /// <typeparam name="TBuilder">The endpoint builder.</typeparam>
    /// <param name="builder">The endpoint(s).</param>
    /// <param name="reason">Why it is public.</param>
    /// <returns>The same builder.</returns>
    public static TBuilder AllowPublic<TBuilder>(this TBuilder builder, string reason)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        builder.WithMetadata(new PublicEndpointMetadata(reason));
        return builder.AllowAnonymous();
    }
}
