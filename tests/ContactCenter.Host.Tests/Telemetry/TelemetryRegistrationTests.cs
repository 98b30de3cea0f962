using ContactCenter.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Host.Tests.Telemetry;

public sealed class TelemetryRegistrationTests
{
    [Fact]
    public void Exporter_NoEndpointConfigured_IsNotRegistered() =>
        Assert.False(HasOtlpExporter(Build()));

    [Fact]
    public void Exporter_EndpointConfigured_IsRegistered() =>
        Assert.True(HasOtlpExporter(Build("--CC:Telemetry:OtlpEndpoint=http://127.0.0.1:4317")));

    [Fact]
    public void Exporter_StandardVariableConfigured_IsRegistered() =>
        Assert.True(HasOtlpExporter(Build("--OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4318")));

    private static IServiceCollection Build(params string[] extra) =>
        HostApplication.CreateBuilder(RunningHost.Arguments(Path.GetTempPath(), extra)).Services;

    private static bool HasOtlpExporter(IServiceCollection services) =>
        services.Any(d => (d.ServiceType.FullName ?? string.Empty).Contains("Otlp", StringComparison.Ordinal)
            || (d.ImplementationType?.FullName ?? string.Empty).Contains("Otlp", StringComparison.Ordinal));
}
