using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ContactCenter.Host.Demo.Directory;

namespace ContactCenter.Host.Demo.Voice;

/// <summary>
/// Demo mode's share of the bundled voice plugin's settings (<c>CC:Plugins:Settings:cc.channels.voice</c>): the lines
/// <c>sip:autos@host</c> and <c>sip:salud@host</c> greet in Spanish, offer the claims/policies menu and enter the demo
/// queues (music on hold with position announcements while waiting), and the demo agents (and supervisor1) get SIP
/// phone accounts <c>agent1</c>..<c>agent4</c> with the demo password, stored as per-realm HA1 digests only (with
/// <c>CC__Demo__Password</c> through the <c>phones</c> setting here; a generated password through <see cref="DemoVoicePhones"/>). SIP binds to
/// loopback unless <c>--demo-force</c>: the demo password is well known. These are defaults: the operator's own keys
/// (environment, command line) still win.
/// </summary>
internal static class DemoVoiceSettings
{
    public const string Section = "CC:Plugins:Settings:cc.channels.voice";
    private const string DefaultRealm = "contactcenter.local";

    /// <summary>The demo lines: dialled user → queue.</summary>
    public static IReadOnlyDictionary<string, string> Lines { get; } = new Dictionary<string, string>
    {
        ["autos"] = "autos-general",
        ["salud"] = "salud-general",
    };

    public static void Apply(ConfigurationManager configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!configuration.GetValue<bool>($"{DemoOptions.Section}:{nameof(DemoOptions.Enabled)}"))
        {
            return;
        }

        var settings = new Dictionary<string, string?>();
        foreach (var (line, queue) in Lines)
        {
            settings[$"{Section}:lines:{line}"] = queue;

            // Greeting and menu ("para siniestros pulse 1, para pólizas pulse 2"): the demo has one queue per line,
            // so both choices (and no choice, after one replay) reach the line's queue.
            settings[$"{Section}:ivr:{line}:language"] = "es";
            settings[$"{Section}:ivr:{line}:greeting"] = "greeting";
            settings[$"{Section}:ivr:{line}:menu:1"] = queue;
            settings[$"{Section}:ivr:{line}:menu:2"] = queue;
            settings[$"{Section}:ivr:{line}:menuTimeoutSeconds"] = "4";
            settings[$"{Section}:ivr:{line}:menuRetries"] = "1";
        }

        if (!configuration.GetValue<bool>($"{DemoOptions.Section}:{nameof(DemoOptions.AllowRemote)}"))
        {
            settings[$"{Section}:bindAddress"] = "127.0.0.1";
        }

        // A generated demo password is only known once the users are seeded, after these settings are read: DemoVoicePhones
        // then creates the phone accounts through the plugin's API. A configured one seeds them here.
        if (configuration[$"{DemoOptions.Section}:{nameof(DemoOptions.Password)}"] is { Length: > 0 } password)
        {
            var realm = configuration[$"{Section}:realm"] is { Length: > 0 } configured ? configured : DefaultRealm;
            foreach (var user in DemoDirectoryData.Agents.Select(a => a.Id).Append("supervisor1"))
            {
                settings[$"{Section}:phones:{user}:agentId"] = user;
                settings[$"{Section}:phones:{user}:ha1Md5"] = Ha1(MD5Of, user, realm, password);
                settings[$"{Section}:phones:{user}:ha1Sha256"] = Ha1(SHA256.HashData, user, realm, password);
            }
        }

        // First source, so that every other source (appsettings, environment, command line) overrides the demo's defaults.
        configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = settings });
    }

    private static string Ha1(Func<byte[], byte[]> hash, string user, string realm, string password) =>
        Convert.ToHexStringLower(hash(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{user}:{realm}:{password}"))));

#pragma warning disable CA5351 // RFC 3261 digest is MD5 for most SIP phones; SHA-256 (RFC 8760) is offered first.
    private static byte[] MD5Of(byte[] data) => MD5.HashData(data);
#pragma warning restore CA5351
}
