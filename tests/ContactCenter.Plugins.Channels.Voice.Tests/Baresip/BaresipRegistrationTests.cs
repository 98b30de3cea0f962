using System.Globalization;
using ContactCenter.Plugins.Channels.Voice.Sip.Auth;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Baresip;

/// <summary>baresip (a real softphone) registering over SIP over TLS with digest authentication.</summary>
public sealed class BaresipRegistrationTests
{
    /// <summary>baresip 1.0 (libre) gives up on a 401 carrying any challenge it does not know, SHA-256 included.</summary>
    private static readonly string[] OnlyMd5 = [SipDigestAlgorithm.Md5];

    [Fact]
    public async Task Register_OverTlsWithTheRightSecret_RegisterOk()
    {
        await using var server = await RunningSipServer.StartAsync(digestAlgorithms: OnlyMd5);
        await using var phone = await StartPhoneAsync(server, RunningSipServer.Secret);

        await phone.WaitForRegisteredAsync("TLS");

        Assert.Contains($"{RunningSipServer.User}@127.0.0.1: {{0/TLS/v4}} 200 OK", phone.Output, StringComparison.Ordinal);
        Assert.Contains("Via: SIP/2.0/TLS", phone.Output, StringComparison.Ordinal);
    }

    internal static string CaFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sip-ca-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.pem");
        File.WriteAllText(path, RunningSipServer.Certificate.ExportCertificatePem());
        return path;
    }

    private static Task<BaresipPhone> StartPhoneAsync(RunningSipServer server, string secret) =>
        BaresipPhone.StartAsync(
            $"<sip:{RunningSipServer.User}@127.0.0.1:{server.Tls.Port.ToString(CultureInfo.InvariantCulture)};transport=tls>;auth_pass={secret};regint=600",
            toneHz: 600,
            CaFile(),
            trace: true);
}
