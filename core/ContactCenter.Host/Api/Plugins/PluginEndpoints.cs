using ContactCenter.Host.Configuration;
using ContactCenter.Kernel.Plugins;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Api.Plugins;

/// <summary>Maps <c>/api/v1/plugins</c> over <see cref="IPluginManager"/>.</summary>
internal static class PluginEndpoints
{
    public static IEndpointRouteBuilder MapPluginEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var plugins = endpoints.MapGroup("/api/v1/plugins").WithTags("Plugins");
        plugins.MapGet("/", List).WithName("ListPlugins").WithSummary("Every installed plugin with its state.")
            .RequirePermission(Permissions.PluginsRead);
        plugins.MapGet("/{id}", Get).WithName("GetPlugin").WithSummary("One installed plugin.")
            .RequirePermission(Permissions.PluginsRead);
        plugins.MapPost("/", InstallAsync).WithName("InstallPlugin")
            .WithSummary("Installs and enables a plugin from a .zip or .nupkg package sent as the raw body.")
            .AddOpenApiOperationTransformer(PackageBody.DescribeAsync).RequirePermission(Permissions.PluginsManage);
        plugins.MapPost("/{id}/enable", EnableAsync).WithName("EnablePlugin").WithSummary("Enables a plugin.")
            .RequirePermission(Permissions.PluginsManage);
        plugins.MapPost("/{id}/disable", DisableAsync).WithName("DisablePlugin").WithSummary("Drains and unloads a plugin, keeping it installed.")
            .RequirePermission(Permissions.PluginsManage);
        plugins.MapPost("/{id}/upgrade", UpgradeAsync).WithName("UpgradePlugin")
            .WithSummary("Replaces a plugin in place with the package sent as the raw body; in-flight work drains on the old version.")
            .AddOpenApiOperationTransformer(PackageBody.DescribeAsync).RequirePermission(Permissions.PluginsManage);
        plugins.MapDelete("/{id}", UninstallAsync).WithName("UninstallPlugin").WithSummary("Drains, unloads and removes a plugin; its stored documents are kept.")
            .RequirePermission(Permissions.PluginsManage);
        endpoints.MapPluginPermissionEndpoints();
        return endpoints;
    }

    private static Ok<IReadOnlyList<PluginInfo>> List([FromServices] IPluginManager manager) => TypedResults.Ok(manager.List());

    private static Ok<PluginInfo> Get(string id, [FromServices] IPluginManager manager) => TypedResults.Ok(Require(manager, id));

    private static async Task<Created<PluginInfo>> InstallAsync(HttpRequest request, [FromServices] IPluginManager manager, IOptions<ApiOptions> options)
    {
        using var package = await PackageBody.ReadAsync(request, options.Value.MaxPluginPackageBytes, request.HttpContext.RequestAborted).ConfigureAwait(false);
        var plugin = await manager.InstallAsync(package, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return TypedResults.Created($"/api/v1/plugins/{Uri.EscapeDataString(plugin.Id)}", plugin);
    }

    private static async Task<Ok<PluginInfo>> EnableAsync(string id, [FromServices] IPluginManager manager, CancellationToken cancellationToken)
    {
        Require(manager, id);
        return TypedResults.Ok(await manager.EnableAsync(id, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Ok<PluginInfo>> DisableAsync(string id, [FromServices] IPluginManager manager, CancellationToken cancellationToken)
    {
        Require(manager, id);
        return TypedResults.Ok(await manager.DisableAsync(id, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Ok<PluginInfo>> UpgradeAsync(string id, HttpRequest request, [FromServices] IPluginManager manager, IOptions<ApiOptions> options)
    {
        Require(manager, id);
        using var package = await PackageBody.ReadAsync(request, options.Value.MaxPluginPackageBytes, request.HttpContext.RequestAborted).ConfigureAwait(false);
        var packaged = PackageManifestPeek.TryReadId(package);
        if (packaged is not null && !string.Equals(packaged, id, StringComparison.Ordinal))
        {
            throw new InvalidRequestException("package", $"The package holds plugin '{packaged}', not '{id}'.");
        }

        return TypedResults.Ok(await manager.UpgradeAsync(package, request.HttpContext.RequestAborted).ConfigureAwait(false));
    }

    private static async Task<NoContent> UninstallAsync(string id, [FromServices] IPluginManager manager, CancellationToken cancellationToken)
    {
        Require(manager, id);
        await manager.UninstallAsync(id, cancellationToken).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static PluginInfo Require(IPluginManager manager, string id) =>
        manager.Get(id) ?? throw new EntityNotFoundException("plugin", id);
}
