namespace ContactCenter.Plugins.Channels.Email.Tests.Support;

/// <summary>
/// A private Dovecot (IMAP and LMTP, passwd-file users, Maildir under a temp dir, run as the <c>mail</c> uid) and a
/// private Postfix (<c>postfix -c dir start-fg</c>, loopback only, a private SMTP port, relaying nothing, delivering the
/// test domains to Dovecot over LMTP), each on ephemeral ports, removed with their files on dispose.
/// </summary>
internal sealed class MailServers : IAsyncDisposable
{
    public const string Password = "secreto-de-prueba";
    public const string Mailbox = "autos@aseguradora.test";

    /// <summary>The second mailbox of the test host, the one with automatic acknowledgements on.</summary>
    public const string AckMailbox = "acuse@aseguradora.test";

    /// <summary>Customers with a mailbox of their own on the test server.</summary>
    public static readonly string[] Customers = ["ana", "beto", "carla", "dario", "elena", "fabio", "gina", "hugo", "ines"];

    private readonly string _directory;
    private ServerProcess? _dovecot;
    private ServerProcess? _postfix;

    private MailServers(string directory) => _directory = directory;

    public int ImapPort { get; private set; }

    public int SmtpPort { get; private set; }

    public static async Task<MailServers> StartAsync()
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The mail server tests run Debian's Dovecot and Postfix.");
        }

        var dovecot = ServerProcess.Find("dovecot");
        var postfix = ServerProcess.Find("postfix");
        var directory = Directory.CreateTempSubdirectory("cc-mail-").FullName;
        var servers = new MailServers(directory);
        try
        {
            // Dovecot's processes run as other users: they must reach the files; mail is written as the mail uid.
            File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead
                | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            var ports = FreePort.Take(4);
            (servers.ImapPort, servers.SmtpPort) = (ports[0], ports[1]);
            var (lmtpPort, authPort) = (ports[2], ports[3]);
            var config = MailServerConfig.WriteDovecot(directory, servers.ImapPort, lmtpPort, authPort, [Mailbox, AckMailbox, .. Customers.Select(c => $"{c}@cliente.test"), "eva@desconocido.test"],
                Password);
            servers._dovecot = await ServerProcess.StartAsync(dovecot, Path.Combine(directory, "dovecot.out"), servers.ImapPort, "-F", "-c", config);
            var postfixConfig = MailServerConfig.WritePostfix(directory, servers.SmtpPort, lmtpPort, authPort);
            servers._postfix = await ServerProcess.StartAsync(postfix, Path.Combine(directory, "postfix.out"), servers.SmtpPort, "-c", postfixConfig, "start-fg");
            return servers;
        }
        catch
        {
            await servers.DisposeAsync();
            throw;
        }
    }

    /// <summary>What the servers logged, for a failing assertion's message.</summary>
    public string Logs() =>
        $"dovecot: {_dovecot?.Log()}\n{Read("dovecot.log")}\npostfix: {_postfix?.Log()}";

    public async ValueTask DisposeAsync()
    {
        _postfix?.Dispose();
        _dovecot?.Dispose();
        for (var attempt = 0; attempt < 5 && Directory.Exists(_directory); attempt++)
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A server child may still be closing its files.
                await Task.Delay(200);
            }
        }
    }

    private string Read(string file) => File.Exists(Path.Combine(_directory, file)) ? File.ReadAllText(Path.Combine(_directory, file)) : "";
}
