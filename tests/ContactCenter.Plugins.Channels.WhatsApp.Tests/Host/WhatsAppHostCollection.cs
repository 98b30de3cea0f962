namespace ContactCenter.Plugins.Channels.WhatsApp.Tests.Host;

/// <summary>The end-to-end classes share one host and stand-in (starting a host costs seconds) and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class WhatsAppHostCollection : ICollectionFixture<WhatsAppHostFixture>
{
    public const string Name = "whatsapp-host";
}
