using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Configuration;

/// <summary>Checks <c>CC:Telemetry</c>.</summary>
internal sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint)
            && (!Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            failures.Add($"CC:Telemetry:OtlpEndpoint: '{options.OtlpEndpoint}' is not an absolute http(s) URL.");
        }

        if (!string.Equals(options.OtlpProtocol, TelemetryOptions.Grpc, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(options.OtlpProtocol, TelemetryOptions.HttpProtobuf, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"CC:Telemetry:OtlpProtocol: '{options.OtlpProtocol}' is not supported; use '{TelemetryOptions.Grpc}' or '{TelemetryOptions.HttpProtobuf}'.");
        }

        if (string.IsNullOrWhiteSpace(options.ServiceName))
        {
            failures.Add("CC:Telemetry:ServiceName: must not be empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
