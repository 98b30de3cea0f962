namespace ContactCenter.Plugins.Channels.Email.Plugin;

/// <summary>One configured mailbox: its inbox's channel name and address, bound to a service line and queue.</summary>
/// <param name="Channel">The channel name within the plugin (inbox <c>cc.channels.email.{channel}</c>).</param>
/// <param name="Address">The mailbox's address: replies are sent from it and customers write to it.</param>
/// <param name="DisplayName">The name shown beside the address in replies.</param>
/// <param name="ServiceLineId">The service line the inbox serves.</param>
/// <param name="QueueId">The queue its conversations enter.</param>
internal sealed record MailboxBinding(string Channel, string Address, string DisplayName, string ServiceLineId, string QueueId)
{
    /// <summary>This mailbox's Spanish signature template, or <see langword="null"/> for the plugin-wide one.</summary>
    public string? SignatureEs { get; init; }

    /// <summary>This mailbox's English signature template, or <see langword="null"/> for the plugin-wide one.</summary>
    public string? SignatureEn { get; init; }

    /// <summary>Whether a new conversation started by a customer's mail is acknowledged automatically (RFC 3834 rules apply).</summary>
    public bool AutoAck { get; init; }

    /// <summary>This mailbox's Spanish auto-acknowledgement template, or <see langword="null"/> for the plugin-wide one.</summary>
    public string? AutoAckEs { get; init; }

    /// <summary>This mailbox's English auto-acknowledgement template, or <see langword="null"/> for the plugin-wide one.</summary>
    public string? AutoAckEn { get; init; }

    /// <summary>The response time this mailbox promises, in hours (the acknowledgement's <c>response_hours</c>), or <see langword="null"/> for the plugin-wide one.</summary>
    public int? ResponseHours { get; init; }
}
