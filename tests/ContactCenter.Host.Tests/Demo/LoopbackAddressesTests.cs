using ContactCenter.Host.Demo;

namespace ContactCenter.Host.Tests.Demo;

public sealed class LoopbackAddressesTests
{
    [Theory]
    [InlineData("https://127.0.0.1:8443")]
    [InlineData("https://127.0.0.2:0")]
    [InlineData("https://localhost:8443")]
    [InlineData("https://LOCALHOST:8443/")]
    [InlineData("https://[::1]:8443")]
    [InlineData(" https://127.0.0.1:8443 ")]
    public void IsLoopback_LoopbackAddress_True(string url) => Assert.True(LoopbackAddresses.IsLoopback(url));

    [Theory]
    [InlineData("https://0.0.0.0:8443")]
    [InlineData("https://[::]:8443")]
    [InlineData("https://*:8443")]
    [InlineData("https://+:8443")]
    [InlineData("https://192.168.1.10:8443")]
    [InlineData("https://contact.example.com:8443")]
    [InlineData("https://localhost.example.com:8443")]
    [InlineData("not a url")]
    [InlineData("")]
    [InlineData(null)]
    public void IsLoopback_AnythingElse_False(string? url) => Assert.False(LoopbackAddresses.IsLoopback(url));
}
