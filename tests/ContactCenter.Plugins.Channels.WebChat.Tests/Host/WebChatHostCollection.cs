namespace ContactCenter.Plugins.Channels.WebChat.Tests.Host;

/// <summary>The host tests share one host and run one after another (they use the demo's agents).</summary>
[CollectionDefinition(Name)]
public sealed class WebChatHostCollection : ICollectionFixture<WebChatHostFixture>
{
    public const string Name = "webchat-host";
}
