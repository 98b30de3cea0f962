using System.Reflection;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Host.Security.Permissions;

/// <summary>
/// Enforces <see cref="HubPermissionAttribute"/> on every hub method of the host; a method that declares nothing is
/// refused. The framework's own Blazor circuit hub cannot carry the attribute: its endpoint requires the agent shell's
/// permission instead (ShellEndpoints).
/// </summary>
internal sealed class HubPermissionFilter : IHubFilter
{
    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (invocationContext.Hub.GetType().Assembly != typeof(HubPermissionFilter).Assembly)
        {
            return next(invocationContext);
        }

        var required = invocationContext.HubMethod.GetCustomAttribute<HubPermissionAttribute>();
        if (required is null)
        {
            throw new HubException($"Hub method '{invocationContext.HubMethodName}' declares no permission and cannot be invoked.");
        }

        if (!invocationContext.Context.User!.Has(required.Permission))
        {
            throw new HubException($"Forbidden: '{invocationContext.HubMethodName}' requires the permission '{required.Permission}'.");
        }

        return next(invocationContext);
    }
}
