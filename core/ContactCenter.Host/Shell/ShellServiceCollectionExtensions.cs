using ContactCenter.Host.Shell.Services;
using MudBlazor.Services;

namespace ContactCenter.Host.Shell;

/// <summary>Registers the agent shell: interactive server components, MudBlazor, the workspace store and per-circuit services.</summary>
internal static class ShellServiceCollectionExtensions
{
    public const string RuntimeManifest = "ContactCenter.Host.staticwebassets.runtime.json";

    public static WebApplicationBuilder AddAgentShell(this WebApplicationBuilder builder)
    {
        // A built (not published) host finds the framework's and MudBlazor's files through the runtime manifest beside
        // its assemblies, whoever the entry assembly is (tests start the host in-process); a published host has them in wwwroot.
        var runtimeManifest = Path.Combine(AppContext.BaseDirectory, RuntimeManifest);
        if (File.Exists(runtimeManifest))
        {
            builder.WebHost.UseSetting(WebHostDefaults.StaticWebAssetsKey, runtimeManifest);
            builder.WebHost.UseStaticWebAssets();
        }

        // In Development, MapStaticAssets would otherwise add a catch-all endpoint serving any file under the content
        // roots that the build manifest does not list: unauthenticated and outside the permission convention.
        builder.Configuration["DisableStaticAssetNotFoundRuntimeFallback"] = "true";

        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices();
        services.AddOptions<ShellOptions>().Bind(builder.Configuration.GetSection(ShellOptions.Section));
        services.AddSingleton<WorkspaceStore>();
        services.AddScoped<AgentSession>();
        services.AddScoped<AgentDesk>();
        services.AddScoped<CustomerHistory>();
        services.AddScoped<Supervision.SupervisorDesk>();
        services.AddScoped<Supervision.IChatTranscripts, Supervision.ChatTranscripts>();
        services.AddScoped<Supervision.VoiceMonitoring>();
        services.AddScoped<Supervision.StatusForcing>();
        services.AddSingleton<Supervision.SupervisionNotices>();
        services.AddSingleton<Supervision.SupervisionLedger>();
        services.AddHostedService(sp => sp.GetRequiredService<Supervision.SupervisionLedger>());
        services.AddScoped<Supervision.InteractionReassigning>();
        services.AddScoped<Supervision.WallboardFeed>();
        services.AddScoped<Supervision.LiveWorkCache>();
        services.AddScoped<Supervision.DrillDown>();
        return builder;
    }
}
