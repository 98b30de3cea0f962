using ContactCenter.Host.Configuration;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ContactCenter.Host.Telemetry;

/// <summary>Structured JSON logs with trace and span ids; OpenTelemetry traces and metrics, exported over OTLP only when an endpoint is configured.</summary>
internal static class TelemetryServiceCollectionExtensions
{
    public static WebApplicationBuilder AddHostTelemetry(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

        // Request logging writes full URLs, and hub URLs can carry an access_token: keep it at Warning.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Orleans", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Orleans", LogLevel.Warning);

        // Orleans runs its placement through Polly pipelines that log every attempt at Information.
        builder.Logging.AddFilter("Polly", LogLevel.Warning);

        var settings = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(string.IsNullOrWhiteSpace(settings.ServiceName) ? "contactcenter" : settings.ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application", "ContactCenter.*"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter("Microsoft.Orleans", "ContactCenter.*"));
        if (!string.IsNullOrWhiteSpace(settings.OtlpEndpoint) && Uri.TryCreate(settings.OtlpEndpoint, UriKind.Absolute, out var uri))
        {
            var protocol = string.Equals(settings.OtlpProtocol, TelemetryOptions.HttpProtobuf, StringComparison.OrdinalIgnoreCase)
                ? OtlpExportProtocol.HttpProtobuf
                : OtlpExportProtocol.Grpc;
            telemetry.UseOtlpExporter(protocol, uri);
        }
        else if (!string.IsNullOrWhiteSpace(builder.Configuration[TelemetryOptions.StandardEndpointVariable]))
        {
            // The standard OTEL_EXPORTER_OTLP_* variables (endpoint, protocol, headers) configure the exporter.
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/livez") || path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");
}
