namespace ContactCenter.Plugins.Channels.Email.Tests.Host;

/// <summary>The end-to-end classes share one host and one pair of mail servers (starting them costs seconds) and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class EmailHostCollection : ICollectionFixture<EmailHostFixture>
{
    public const string Name = "email-host";
}
