using ContactCenter.Host.Tests.Support;

namespace ContactCenter.Host.Tests.Security.Tls;

[Collection(SharedHostCollection.Name)]
public sealed class LegacyTlsTests(SharedHostFixture fixture)
{
    [Fact]
    public async Task ClientHello_Tls12_GetsAServerHello()
    {
        var answer = await RawClientHello.SendAsync(fixture.Host.BaseAddress, RawClientHello.Tls12);

        Assert.True(answer?.IsServerHello(RawClientHello.Tls12), $"expected a TLS 1.2 ServerHello, got {Describe(answer)}");
    }

    [Theory]
    [InlineData(RawClientHello.Tls10)]
    [InlineData(RawClientHello.Tls11)]
    public async Task ClientHello_LegacyVersion_IsRefusedWithAProtocolVersionAlert(ushort version)
    {
        var answer = await RawClientHello.SendAsync(fixture.Host.BaseAddress, version);

        Assert.False(answer?.IsServerHello(version), "the server accepted a legacy TLS version");
        Assert.True(answer is null || answer.IsAlert(RawClientHello.ProtocolVersionAlert), $"expected a protocol_version alert or a closed connection, got {Describe(answer)}");
    }

    private static string Describe(RawClientHello.Answer? answer) =>
        answer is null ? "the connection closed" : $"record type {answer.ContentType}: {Convert.ToHexString(answer.Fragment)}";
}
