using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContactCenter.Sdk.Events;

/// <summary>
/// An event in the CloudEvents 1.0 shape (JSON event format): what the kernel publishes on the event bus,
/// sends to webhooks and streams to integrators.
/// </summary>
public sealed record CloudEvent
{
    /// <summary>The CloudEvents specification version this envelope follows.</summary>
    public const string CurrentSpecVersion = "1.0";

    /// <summary>The CloudEvents specification version, always <c>1.0</c>.</summary>
    [JsonPropertyName("specversion")]
    public string SpecVersion { get; init; } = CurrentSpecVersion;

    /// <summary>Unique id of the event within its <see cref="Source"/>.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>Where the event happened, e.g. <c>/kernel/interactions</c> or <c>/plugins/{pluginId}</c>.</summary>
    [JsonPropertyName("source")]
    public required string Source { get; init; }

    /// <summary>What happened, in reverse-DNS style; see <see cref="EventTypes"/>.</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    /// <summary>The entity the event is about within the source (e.g. the interaction id).</summary>
    [JsonPropertyName("subject")]
    public string? Subject { get; init; }

    /// <summary>When it happened.</summary>
    [JsonPropertyName("time")]
    public required DateTimeOffset Time { get; init; }

    /// <summary>The media type of <see cref="Data"/>.</summary>
    [JsonPropertyName("datacontenttype")]
    public string DataContentType { get; init; } = "application/json";

    /// <summary>The event payload as JSON.</summary>
    [JsonPropertyName("data")]
    public JsonElement? Data { get; init; }

    /// <summary>W3C trace context of the operation that raised the event (CloudEvents distributed tracing extension).</summary>
    [JsonPropertyName("traceparent")]
    public string? TraceParent { get; init; }

    /// <summary>
    /// Creates an event whose data is <paramref name="data"/> serialized with <paramref name="options"/>.
    /// </summary>
    /// <typeparam name="T">The payload type.</typeparam>
    /// <param name="type">The event type.</param>
    /// <param name="source">The event source.</param>
    /// <param name="subject">The subject, if any.</param>
    /// <param name="time">When it happened (take it from <see cref="Services.IClock"/>).</param>
    /// <param name="data">The payload.</param>
    /// <param name="options">
    /// Serializer options the caller owns. A plugin passes the <see cref="JsonSerializerOptions"/> it resolves from its
    /// services: shared static options would cache the plugin's types and keep it from unloading.
    /// </param>
    /// <returns>The event, with a new id.</returns>
    public static CloudEvent Create<T>(string type, string source, string? subject, DateTimeOffset time, T data, JsonSerializerOptions options) =>
        new()
        {
            Id = Guid.CreateVersion7(time).ToString("N"),
            Type = type,
            Source = source,
            Subject = subject,
            Time = time,
            Data = JsonSerializer.SerializeToElement(data, options),
        };

    /// <summary>Reads <see cref="Data"/> as <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The payload type.</typeparam>
    /// <param name="options">Serializer options the caller owns (see <see cref="Create{T}"/>).</param>
    /// <returns>The payload, or <see langword="default"/> when the event has none.</returns>
    public T? GetData<T>(JsonSerializerOptions options) =>
        Data is { } data ? data.Deserialize<T>(options) : default;
}
