using Microsoft.Extensions.Configuration;

namespace ContactCenter.Samples.EchoChannel;

/// <summary>The echo channel's configuration (validated by the kernel against the schema in plugin.json).</summary>
/// <param name="QueueId">The queue new conversations enter, or <see langword="null"/> to leave them unrouted.</param>
/// <param name="ReplyPrefix">What the echo reply starts with.</param>
/// <param name="SigningSecret">The HMAC secret inbound messages are signed with, or <see langword="null"/>.</param>
public sealed record EchoOptions(string? QueueId, string ReplyPrefix, string? SigningSecret)
{
    /// <summary>Reads the options from the plugin's configuration.</summary>
    /// <param name="configuration">The plugin's configuration.</param>
    /// <returns>The options.</returns>
    public static EchoOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new EchoOptions(
            NullIfEmpty(configuration["queueId"]),
            configuration["replyPrefix"] ?? "Echo: ",
            NullIfEmpty(configuration["signingSecret"]));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
