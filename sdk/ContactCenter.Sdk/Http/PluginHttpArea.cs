namespace ContactCenter.Sdk.Http;

/// <summary>Which kernel-owned route a plugin request came in on.</summary>
public enum PluginHttpArea
{
    /// <summary><c>/api/v1/channels/{pluginId}/…</c>: webhooks and the plugin's API.</summary>
    Api = 0,

    /// <summary>The public path declared in <c>plugin.json</c> (e.g. <c>/webchat/</c>): pages, scripts, sockets for customers.</summary>
    Public = 1,
}
