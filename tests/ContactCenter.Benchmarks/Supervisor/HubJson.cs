using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContactCenter.Benchmarks.Supervisor;

/// <summary>The supervisor hub's payload JSON settings (SignalR's web defaults, enums as strings, nulls left out), to size and time a snapshot.</summary>
internal static class HubJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
