using System.Text.Json.Serialization;
using ContactCenter.Host.Api.Metrics;
using ContactCenter.Host.Health;
using ContactCenter.Host.Hubs;
using ContactCenter.Host.OpenApi;
using ContactCenter.Host.Runtime;
using ContactCenter.Host.Security.Permissions;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Host.Api;

/// <summary>JSON conventions, readiness, OpenAPI, SignalR and the runtime file.</summary>
internal static class ApiServiceCollectionExtensions
{
    public static IServiceCollection AddHostApi(this IServiceCollection services)
    {
        // The platform's conventions (ContactCenterJson): camelCase, enums as names, nulls omitted.
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        services.AddSingleton<ReadinessService>();
        services.AddOpenApi("v1", options => options.AddDocumentTransformer<BearerSecurityTransformer>());

        services.AddSignalR(options => options.AddFilter<HubPermissionFilter>())
            .AddJsonProtocol(options =>
            {
                options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter());
                options.PayloadSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
            });
        services.AddSingleton<HubPermissionFilter>();
        services.AddHostedService<HubEventRelay>();
        services.AddSingleton<MetricsVisibility>();
        services.AddHostedService<MetricsPublisher>();

        services.AddSingleton<HostRuntimeFile>();
        services.AddHostedService(sp => sp.GetRequiredService<HostRuntimeFile>());
        return services;
    }
}
