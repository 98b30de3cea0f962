using Autofac.Extensions.DependencyInjection;
using ContactCenter.Host.Api;
using ContactCenter.Host.Api.Limits;
using ContactCenter.Host.Cluster;
using ContactCenter.Host.Configuration;
using ContactCenter.Host.Demo;
using ContactCenter.Host.Demo.Voice;
using ContactCenter.Host.Errors;
using ContactCenter.Host.Security;
using ContactCenter.Host.Security.Audit;
using ContactCenter.Host.Security.Headers;
using ContactCenter.Host.Security.OAuth;
using ContactCenter.Host.Shell;
using ContactCenter.Host.Storage;
using ContactCenter.Host.Telemetry;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host;

/// <summary>Builds and runs the ContactCenter host. Tests start the same host over real HTTPS.</summary>
public static class HostApplication
{
    /// <summary>Creates the builder with every service registered; callers may add or replace services before <see cref="Build"/>.</summary>
    /// <param name="args">Command-line arguments (standard ones such as <c>--urls</c>, <c>--CC:Section:Key=value</c>, and the switches <c>--demo</c> and <c>--demo-force</c>).</param>
    /// <returns>The builder.</returns>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(DemoSwitches.Translate(args));
        DemoVoiceSettings.Apply(builder.Configuration);
        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());
        builder.WebHost.UseUrls([.. HostOptionsRegistration.ConfiguredUrls(builder.Configuration)]);
        builder.AddHostTelemetry();

        var services = builder.Services;
        services.AddValidatedHostOptions(builder.Configuration);
        services.AddContactCenterKernel(builder.Configuration);
        services.AddConfiguredStore(builder.Configuration);
        builder.AddCoHostedCluster();
        services.AddHostSecurity(builder.Configuration);
        services.AddHostProblems();
        services.AddHostApi();
        services.AddDemoMode(builder.Configuration);
        builder.AddAgentShell();
        return builder;
    }

    /// <summary>Builds the application and its request pipeline.</summary>
    /// <param name="builder">A builder from <see cref="CreateBuilder"/>.</param>
    /// <returns>The application, not started.</returns>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseHsts();
        app.UseRouting();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<JsonBodyLimitMiddleware>();
        app.UseWebSockets();
        app.UseMiddleware<TokenRateLimitMiddleware>();
        app.UseAuthentication();
        app.UseMiddleware<ShellSignInRedirect>();
        app.UseMiddleware<AuditTrailMiddleware>();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapHostEndpoints();
        return app;
    }

    /// <summary>Runs the host until it is stopped.</summary>
    /// <param name="args">Command-line arguments (standard ASP.NET Core ones such as <c>--urls</c>).</param>
    /// <returns>The process exit code: 0 after a clean stop, 2 when the configuration is refused, 1 when the host cannot start.</returns>
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            var app = Build(CreateBuilder(args));
            await using (app.ConfigureAwait(false))
            {
                await app.RunAsync().ConfigureAwait(false);
            }

            return 0;
        }
        catch (Exception ex) when (StartupFailure.Describe(ex) is { } failure)
        {
            await Console.Error.WriteLineAsync($"ContactCenter did not start: {failure.Message}").ConfigureAwait(false);
            return failure.ExitCode;
        }
    }
}
