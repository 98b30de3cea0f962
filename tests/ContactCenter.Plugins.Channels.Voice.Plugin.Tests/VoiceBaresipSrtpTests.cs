using System.Text.RegularExpressions;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Sdk.Testing.Hosting;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>
/// SRTP with SDES against a real peer: with <c>srtp: mandatory</c> the agent's phone (baresip with
/// <c>mediaenc=srtp-mand</c>, which neither sends nor accepts plain RTP) is offered RTP/SAVP over TLS, answers with its
/// own key, and the tones cross both ways: the agent only hears the caller if our SRTP verifies in libsrtp, and the
/// caller only hears the agent if we verified and decrypted the agent's SRTP.
/// </summary>
public sealed partial class VoiceBaresipSrtpTests : IAsyncLifetime
{
    private readonly int _sipPort = SippRunner.FreePort("UDP");
    private readonly int _tlsPort = SippRunner.FreePort("TCP");
    private PluginTestKernel _kernel = null!;

    public async Task InitializeAsync()
    {
        var configuration = VoiceBaresipAgentTests.OnlyMd5(VoicePhones.Configuration(_sipPort, new System.Text.Json.Nodes.JsonObject { ["autos"] = "q-autos" },
            new Dictionary<string, string> { ["agent1"] = "agent-1" }, _tlsPort));
        configuration["srtp"] = "mandatory";
        _kernel = await PluginTestKernel.StartAsync(new PluginTestOptions
        {
            PluginDirectory = PluginUnderTest.Directory(typeof(VoiceBaresipSrtpTests).Assembly),
            Configuration = configuration,
        });
    }

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    [Fact]
    public async Task Offer_BaresipSrtpMandatoryOverTls_AudioBothWaysEncrypted()
    {
        var output = await VoiceBaresipAgentTests.AnswerAndTalkAsync(_kernel, _sipPort, _tlsPort, ";mediaenc=srtp-mand");

        // Our INVITE offered RTP/SAVP with both suites; baresip's answer chose one of our tags with its own key.
        Assert.Matches(SavpOffer(), output);
        Assert.True(CryptoLine().Count(output) >= 3, $"expected our two crypto lines and baresip's one in the SIP trace:\n{output}");
    }

    [GeneratedRegex(@"m=audio \d+ RTP/SAVP 0 8 101")]
    private static partial Regex SavpOffer();

    [GeneratedRegex(@"a=crypto:[12] AES_CM_128_HMAC_SHA1_(80|32) inline:")]
    private static partial Regex CryptoLine();
}
