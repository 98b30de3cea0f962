namespace ContactCenter.Sdk.Domain;

/// <summary>
/// How many interactions of each channel kind an agent may handle at once, e.g. one call,
/// or up to three chats and two emails.
/// </summary>
public sealed record ChannelCapacity
{
    /// <summary>One voice call, three chats, two emails, three messaging conversations, five tasks; voice blocks digital.</summary>
    public static ChannelCapacity Default { get; } = new()
    {
        Limits = new Dictionary<ChannelKind, int>
        {
            [ChannelKind.Voice] = 1,
            [ChannelKind.Video] = 1,
            [ChannelKind.Chat] = 3,
            [ChannelKind.Email] = 2,
            [ChannelKind.WhatsApp] = 3,
            [ChannelKind.Sms] = 3,
            [ChannelKind.Social] = 3,
            [ChannelKind.Task] = 5,
        },
        VoiceBlocksDigital = true,
    };

    /// <summary>Maximum concurrent interactions per channel kind; a missing kind means zero.</summary>
    public IReadOnlyDictionary<ChannelKind, int> Limits { get; init; } = new Dictionary<ChannelKind, int>();

    /// <summary>Whether an agent on a voice or video call receives no digital work until the call ends.</summary>
    public bool VoiceBlocksDigital { get; init; } = true;

    /// <summary>The limit for <paramref name="kind"/>.</summary>
    /// <param name="kind">The channel kind.</param>
    /// <returns>The maximum number of concurrent interactions of that kind.</returns>
    public int LimitFor(ChannelKind kind) => Limits.TryGetValue(kind, out var limit) ? limit : 0;
}
