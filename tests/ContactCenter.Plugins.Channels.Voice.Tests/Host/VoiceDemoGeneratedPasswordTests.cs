using System.Net;
using System.Text.RegularExpressions;
using ContactCenter.Kernel.Audit;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Host;

/// <summary>
/// Demo mode without <c>CC__Demo__Password</c> on the real host (LiteDb, so a second start reads the same data): the
/// password generated with the users is read from the guide, as a person would; SIPp registers as agent1 and
/// supervisor1 with it, a wrong one is refused; the accounts were created by demo mode through the plugin's API
/// (audited with actor demo, never the secret). A second start of the same data prints no password and the phones
/// still register with the first one.
/// </summary>
public sealed partial class VoiceDemoGeneratedPasswordTests
{
    [Fact]
    public async Task Demo_GeneratedPassword_PhonesRegisterWithItAndKeepItAcrossRestarts()
    {
        var data = Directory.CreateTempSubdirectory("cc-demo-phones-").FullName;
        try
        {
            string password;
            var port = SippRunner.FreePort("UDP");
            await using (var host = await StartAsync(data, port))
            {
                var guide = await File.ReadAllTextAsync(Path.Combine(data, "demo-guide.txt"));
                password = GeneratedPassword().Match(guide).Groups[1].Value;
                Assert.True(password.Length >= 16, guide);
                Assert.Contains("Demo phones: SIP users agent1, agent2, agent3, agent4, supervisor1 register with the same password as the demo users", guide, StringComparison.Ordinal);
                Assert.DoesNotContain(password, guide.Replace($"generated password {password} ", "", StringComparison.Ordinal), StringComparison.Ordinal);

                var sip = new IPEndPoint(IPAddress.Loopback, port);
                Assert.Equal(0, await VoicePhonesHostFixture.RegisterAsync(sip, "agent1", password));
                Assert.Equal(0, await VoicePhonesHostFixture.RegisterAsync(sip, "supervisor1", password));
                Assert.NotEqual(0, await VoicePhonesHostFixture.RegisterAsync(sip, "agent2", password + "x"));

                var log = host.App.Services.GetRequiredService<IAuditLog>();
                var created = new List<AuditRecord>();
                await foreach (var record in log.ReadAsync(new AuditQuery { Action = "voice.phone.secret-rotated", Target = "plugin/cc.channels.voice/phones/agent1" }))
                {
                    created.Add(record);
                }

                var entry = Assert.Single(created);
                Assert.Equal(("demo", "success"), (entry.Actor, entry.Outcome));
                Assert.Contains("chosen", entry.Detail, StringComparison.Ordinal);
                Assert.DoesNotContain(password, entry.Detail ?? "", StringComparison.Ordinal);
            }

            var again = SippRunner.FreePort("UDP");
            await using (var host = await StartAsync(data, again))
            {
                var guide = await File.ReadAllTextAsync(Path.Combine(data, "demo-guide.txt"));
                Assert.DoesNotMatch(GeneratedPassword(), guide);
                Assert.DoesNotContain("Demo phones:", guide, StringComparison.Ordinal);
                var sip = new IPEndPoint(IPAddress.Loopback, again);
                Assert.Equal(0, await VoicePhonesHostFixture.RegisterAsync(sip, "agent1", password));
                Assert.Equal(0, await VoicePhonesHostFixture.RegisterAsync(sip, "agent4", password));
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static Task<RunningHost> StartAsync(string data, int sipPort) =>
        VoiceDemoHostFixture.StartAsync(data, password: null, sipPort, "--CC:Storage:Provider=LiteDb");

    [GeneratedRegex("generated password (\\S+) ")]
    private static partial Regex GeneratedPassword();
}
