using ContactCenter.Host.Api.AccessReview;
using ContactCenter.Host.Api.Audit;
using ContactCenter.Host.Api.Backup;
using ContactCenter.Host.Api.Keys;
using ContactCenter.Host.Api.Metrics;
using ContactCenter.Host.Api.Channels;
using ContactCenter.Host.Api.Clients;
using ContactCenter.Host.Api.Contacts;
using ContactCenter.Host.Api.Conversations;
using ContactCenter.Host.Api.Directory;
using ContactCenter.Host.Api.Dispositions;
using ContactCenter.Host.Api.Identity;
using ContactCenter.Host.Api.Interactions;
using ContactCenter.Host.Api.Plugins;
using ContactCenter.Host.Api.Presence;
using ContactCenter.Host.Api.Queues;
using ContactCenter.Host.Api.Skills;
using ContactCenter.Host.Api.Sla;
using ContactCenter.Host.Api.Users;
using ContactCenter.Host.Demo;
using ContactCenter.Host.Health;
using ContactCenter.Host.Hubs;
using ContactCenter.Host.Identity;
using ContactCenter.Host.OpenApi;
using ContactCenter.Host.Security.OAuth;
using ContactCenter.Host.Shell;
using ContactCenter.Sdk;

namespace ContactCenter.Host.Api;

/// <summary>Maps every endpoint of the host. Each declares a permission or says why it is public.</summary>
internal static class EndpointMapping
{
    public static IEndpointRouteBuilder MapHostEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthEndpoints();
        endpoints.MapSlaEndpoints();
        endpoints.MapPluginEndpoints();
        endpoints.MapInteractionEndpoints();
        endpoints.MapReassignEndpoints();
        endpoints.MapConversationEndpoints();
        endpoints.MapConversationAttachmentEndpoints();
        endpoints.MapConversationTransferEndpoints();
        endpoints.MapConversationFileMessageEndpoints();
        endpoints.MapContactEndpoints();
        endpoints.MapPresenceEndpoints();
        endpoints.MapAuditEndpoints();
        endpoints.MapDirectoryEndpoints();
        endpoints.MapDispositionEndpoints();
        endpoints.MapMetricsEndpoints();
        endpoints.MapQueueEndpoints();
        endpoints.MapSkillEndpoints();
        endpoints.MapBackupEndpoints();
        endpoints.MapUserEndpoints();
        endpoints.MapIdentityEndpoints();
        endpoints.MapIdentityPages();
        endpoints.MapAccessReviewEndpoints();
        endpoints.MapKeyEndpoints();
        endpoints.MapClientEndpoints();
        endpoints.MapOAuthEndpoints();
        endpoints.MapHub<AgentHub>("/hubs/agent").RequirePermission(Permissions.AgentConnect);
        endpoints.MapHub<SupervisorHub>("/hubs/supervisor").RequirePermission(Permissions.MonitoringRead);
        endpoints.MapApiReference();
        endpoints.MapAgentShell();
        endpoints.MapDemoEndpoints();
        endpoints.MapPluginRoutes();
        return endpoints;
    }
}
