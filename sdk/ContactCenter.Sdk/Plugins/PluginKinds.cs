namespace ContactCenter.Sdk.Plugins;

/// <summary>The kinds a plugin may declare in the <c>kinds</c> array of <c>plugin.json</c>.</summary>
public static class PluginKinds
{
    /// <summary>Provides one or more <see cref="Channels.IChannel"/>.</summary>
    public const string Channel = "channel";

    /// <summary>Provides one or more <see cref="Routing.IRoutingStrategy"/>.</summary>
    public const string Routing = "routing";

    /// <summary>Provides dialer modes (preview).</summary>
    public const string Dialer = "dialer";

    /// <summary>Provides reports (preview).</summary>
    public const string Report = "report";

    /// <summary>Provides CRM connectors (preview).</summary>
    public const string Crm = "crm";

    /// <summary>Provides catalogue adapters (preview).</summary>
    public const string Catalog = "catalog";

    /// <summary>Provides bots or IVR flows.</summary>
    public const string Bot = "bot";

    /// <summary>Anything else: event handlers, background integrations.</summary>
    public const string Extension = "extension";

    /// <summary>Every kind this SDK version knows.</summary>
    public static IReadOnlyList<string> All { get; } = [Channel, Routing, Dialer, Report, Crm, Catalog, Bot, Extension];
}
