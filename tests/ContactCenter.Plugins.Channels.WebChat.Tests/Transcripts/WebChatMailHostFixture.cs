using ContactCenter.Plugins.Channels.Email.Tests.Support;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Plugins.Channels.WebChat.Tests.Transcripts;

/// <summary>
/// A real host (HTTPS on loopback, demo mode) whose web chat mails transcripts through the private Postfix (SMTP with
/// a password over loopback), delivering to the private Dovecot the tests read back over IMAP. The <c>autos</c> inbox
/// shows times in America/Bogota and agent1 appears as "Laura Gómez"; at most 3 transcripts per conversation.
/// </summary>
public sealed class WebChatMailHostFixture : IAsyncLifetime
{
    public const string From = "chat@aseguradora.test";
    public const string AgentName = "Laura Gómez";
    private const string Settings = "--CC:Plugins:Settings:cc.channels.webchat:";

    internal MailServers Servers { get; private set; } = null!;

    internal MailClient Mail { get; private set; } = null!;

    public RunningHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Servers = await MailServers.StartAsync();
        Mail = new MailClient(Servers);
        Host = await RunningHost.StartAsync(dataDirectory: null, configure: null, "--demo",
            Settings + "transcript:smtp:host=127.0.0.1",
            Settings + $"transcript:smtp:port={Servers.SmtpPort}",
            Settings + "transcript:smtp:security=plain-loopback",
            Settings + $"transcript:smtp:userName={MailServers.Mailbox}",
            Settings + $"transcript:smtp:password={MailServers.Password}",
            Settings + $"transcript:fromAddress={From}",
            Settings + "transcript:fromName=Seguros de autos",
            Settings + "transcript:maxPerConversation=3",
            Settings + "transcript:agentNames:0:agentId=agent1",
            Settings + $"transcript:agentNames:0:name={AgentName}",
            Settings + "inboxes:0:timeZone=America/Bogota");
        await Host.WaitForPluginActiveAsync("cc.channels.webchat");
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Servers.DisposeAsync();
    }
}
