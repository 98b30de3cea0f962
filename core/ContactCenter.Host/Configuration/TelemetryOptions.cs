namespace ContactCenter.Host.Configuration;

/// <summary>Configuration section <c>CC:Telemetry</c>: where traces and metrics go.</summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CC:Telemetry";

    /// <summary>The standard OpenTelemetry variable the exporter also honours.</summary>
    public const string StandardEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The OTLP endpoint (e.g. <c>http://collector:4317</c>); nothing is exported when it and <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> are empty.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>The OTLP protocol value for gRPC (the default).</summary>
    public const string Grpc = "grpc";

    /// <summary>The OTLP protocol value for HTTP with protobuf payloads.</summary>
    public const string HttpProtobuf = "http/protobuf";

    /// <summary>The protocol of <see cref="OtlpEndpoint"/>: <c>grpc</c> (default, port 4317) or <c>http/protobuf</c> (port 4318).</summary>
    public string OtlpProtocol { get; set; } = Grpc;

    /// <summary>The service name traces and metrics carry.</summary>
    public string ServiceName { get; set; } = "contactcenter";
}
