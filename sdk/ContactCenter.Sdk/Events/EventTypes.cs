namespace ContactCenter.Sdk.Events;

/// <summary>The event types the kernel publishes. Plugins publish their own under their plugin id.</summary>
public static class EventTypes
{
    /// <summary>An interaction changed state; data is <see cref="InteractionTransitioned"/>.</summary>
    public const string InteractionTransitioned = "cc.interaction.transitioned";

    /// <summary>An agent's status or routing sub-state changed; data is <see cref="PresenceChanged"/>.</summary>
    public const string PresenceChanged = "cc.presence.changed";

    /// <summary>A plugin changed state (installed, active, faulted...); data is <see cref="PluginStateChanged"/>.</summary>
    public const string PluginStateChanged = "cc.plugin.state-changed";

    /// <summary>The error budget burns faster than an alert window allows; data is <see cref="SlaBurnRateAlert"/>.</summary>
    public const string SlaBurnRateAlert = "cc.sla.burn-rate-alert";

    /// <summary>A burn-rate alert cleared; data is <see cref="SlaBurnRateAlert"/>.</summary>
    public const string SlaBurnRateResolved = "cc.sla.burn-rate-resolved";

    /// <summary>Routing chose an agent for waiting work; data is <see cref="Routing.RoutingDecisionMade"/>, with the explanation.</summary>
    public const string RoutingDecision = "cc.routing.decision";

    /// <summary>A queue's waiting work changed: counts, oldest, positions with estimated waits; data is <see cref="Routing.QueueSnapshot"/>.</summary>
    public const string QueueSnapshot = "cc.routing.queue-snapshot";

    /// <summary>A component or plugin stopped reporting liveness or reported itself unhealthy.</summary>
    public const string ComponentUnhealthy = "cc.sla.component-unhealthy";

    /// <summary>A contact was created, changed or deleted; data is <see cref="ContactChanged"/> (ids only, never personal data).</summary>
    public const string ContactChanged = "cc.contact.changed";

    /// <summary>A stored binary (recording, attachment) was stored or deleted; data is <see cref="BlobChanged"/>.</summary>
    public const string BlobChanged = "cc.blob.changed";

    /// <summary>The encryption key ring changed (data key rotated, data keys re-wrapped); data is <see cref="KeyRingChanged"/>.</summary>
    public const string KeyRingChanged = "cc.security.key-ring-changed";

    /// <summary>A message was added to a conversation; data is <see cref="Events.ConversationMessageAdded"/> (ids only).</summary>
    public const string ConversationMessageAdded = "cc.conversation.message-added";

    /// <summary>A conversation message's delivery status moved forward; data is <see cref="Events.ConversationMessageStatusChanged"/>.</summary>
    public const string ConversationMessageStatusChanged = "cc.conversation.message-status-changed";

    /// <summary>A real-time metric crossed an alert threshold; data is <see cref="MetricAlertChanged"/>.</summary>
    public const string MetricAlertRaised = "cc.metrics.alert-raised";

    /// <summary>A raised metric alert cleared (the metric came back past the threshold and its hysteresis margin); data is <see cref="MetricAlertChanged"/>.</summary>
    public const string MetricAlertCleared = "cc.metrics.alert-cleared";
}
