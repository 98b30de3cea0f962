using System.Reflection;
using ContactCenter.Host.Hubs;
using ContactCenter.Host.Security.Permissions;
using ContactCenter.Host.Tests.Support;
using ContactCenter.Sdk;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Host.Tests.Security.Permissions;

[Collection(SharedHostCollection.Name)]
public sealed class PermissionConventionTests(SharedHostFixture fixture)
{
    [Fact]
    public void Endpoints_Every_DeclaresAPermissionOrAPublicReason()
    {
        var endpoints = fixture.Host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints;

        var undeclared = endpoints
            .Where(e => e.Metadata.GetMetadata<RequiredPermissionMetadata>() is null
                && string.IsNullOrWhiteSpace(e.Metadata.GetMetadata<PublicEndpointMetadata>()?.Reason))
            .Select(e => e.DisplayName)
            .ToArray();

        Assert.True(endpoints.Count > 20, $"Only {endpoints.Count} endpoints were found; the enumeration is not seeing the host.");
        Assert.Empty(undeclared);
    }

    [Fact]
    public void Endpoints_DeclaredPermissions_AreKnownSdkPermissions()
    {
        var endpoints = fixture.Host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints;

        var unknown = endpoints.Select(e => e.Metadata.GetMetadata<RequiredPermissionMetadata>()?.Permission)
            .Where(p => p is not null && !Sdk.Permissions.All.Contains(p))
            .ToArray();

        Assert.Empty(unknown);
    }

    [Theory]
    [InlineData("/livez")]
    [InlineData("/readyz")]
    [InlineData("/openapi/{documentName}.json")]
    [InlineData("/api/v1/channels/{pluginId}/{**path}")]
    public void Endpoints_ProbesDocsAndWebhooks_ArePublicWithAReason(string pattern)
    {
        var endpoint = fixture.Host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>().First(e => e.RoutePattern.RawText == pattern);

        Assert.NotNull(endpoint.Metadata.GetMetadata<PublicEndpointMetadata>());
    }

    [Fact]
    public void HubMethods_Every_CarriesHubPermission()
    {
        var hubTypes = typeof(AgentHub).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(Hub).IsAssignableFrom(t)).ToArray();

        var undeclared = hubTypes.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .Where(IsHubMethod)
            .Where(m => m.GetCustomAttribute<HubPermissionAttribute>() is null)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToArray();

        Assert.Contains(typeof(AgentHub), hubTypes);
        Assert.Contains(typeof(SupervisorHub), hubTypes);
        Assert.Empty(undeclared);
    }

    [Fact]
    public void HubMethods_DeclaredPermissions_AreKnownSdkPermissions()
    {
        var declared = typeof(AgentHub).Assembly.GetTypes().Where(t => typeof(Hub).IsAssignableFrom(t))
            .SelectMany(t => t.GetMethods()).Select(m => m.GetCustomAttribute<HubPermissionAttribute>()?.Permission).OfType<string>().ToArray();

        Assert.NotEmpty(declared);
        Assert.All(declared, p => Assert.Contains(p, Sdk.Permissions.All));
    }

    // SignalR invokes public instance methods declared below Hub, not the base class's own (OnConnectedAsync & co.).
    private static bool IsHubMethod(MethodInfo method)
    {
        var declaring = method.GetBaseDefinition().DeclaringType!;
        return !method.IsSpecialName && declaring != typeof(object) && declaring != typeof(Hub)
            && !(declaring.IsGenericType && declaring.GetGenericTypeDefinition() == typeof(Hub<>));
    }
}
