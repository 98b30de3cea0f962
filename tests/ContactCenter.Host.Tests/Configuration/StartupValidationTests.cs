using ContactCenter.Testing.Hosting;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Tests.Configuration;

public sealed class StartupValidationTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("cc-config-").FullName;

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    [Theory]
    [InlineData("--CC:Storage:Provider=Oracle", "CC:Storage:Provider")]
    [InlineData("--CC:Cluster:SiloPort=70000", "CC:Cluster:SiloPort")]
    [InlineData("--CC:Telemetry:OtlpEndpoint=not a url", "CC:Telemetry:OtlpEndpoint")]
    [InlineData("--CC:Telemetry:OtlpProtocol=carrier-pigeon", "CC:Telemetry:OtlpProtocol")]
    [InlineData("--CC:Api:ReadinessBudgetMilliseconds=5000", "CC:Api:ReadinessBudgetMilliseconds")]
    [InlineData("--CC:Api:MaxPluginPackageBytes=10", "CC:Api:MaxPluginPackageBytes")]
    [InlineData("--CC:Tls:CertificatePath=/nonexistent/host.pfx", "CC:Tls:CertificatePath")]
    [InlineData("--CC:Tls:CertificatePassword=orphan", "CC:Tls:CertificatePassword")]
    [InlineData("--Kestrel:Endpoints:Web:Url=http://127.0.0.1:0", "Kestrel:Endpoints:Web:Url")]
    public async Task Start_BadSetting_FailsNamingTheKeyAndStartsNothing(string argument, string key)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => RunningHost.StartAsync(_dataDirectory, null, argument));

        var failure = StartupFailure.Describe(error);
        Assert.NotNull(failure);
        Assert.Equal(2, failure.ExitCode);
        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dataDirectory, "host.json")));
    }

    [Fact]
    public async Task Start_NonNumericPort_FailsNamingTheKey()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => RunningHost.StartAsync(_dataDirectory, null, "--CC:Cluster:SiloPort=eleven"));

        Assert.Contains("CC:Cluster:SiloPort", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_HttpUrl_IsRefusedWithAClearMessage()
    {
        var builder = HostApplication.CreateBuilder(["--urls", "http://127.0.0.1:0", "--CC:Storage:Provider=Memory", $"--CC:Storage:DataDirectory={_dataDirectory}", "--CC:Cluster:SiloPort=0"]);
        await using var app = HostApplication.Build(builder);

        var error = await Assert.ThrowsAnyAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("'http://127.0.0.1:0' is not an https:// address", error.Message, StringComparison.Ordinal);
        Assert.Contains("--urls", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WrongCertificatePassword_FailsNamingThePassword()
    {
        var path = Path.Combine(_dataDirectory, "mine.pfx");
        using (var key = System.Security.Cryptography.ECDsa.Create())
        {
            var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=x", key, System.Security.Cryptography.HashAlgorithmName.SHA256);
            using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            await File.WriteAllBytesAsync(path, made.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pkcs12, "right"));
        }

        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            RunningHost.StartAsync(_dataDirectory, null, $"--CC:Tls:CertificatePath={path}", "--CC:Tls:CertificatePassword=wrong"));

        Assert.Contains("CC:Tls:CertificatePassword", StartupFailure.Describe(error)!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_PortAlreadyTaken_FailsWithAnEnvironmentError()
    {
        using var squatter = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((System.Net.IPEndPoint)squatter.LocalEndpoint).Port;
        var builder = HostApplication.CreateBuilder([.. RunningHost.Arguments(_dataDirectory), "--urls", $"https://127.0.0.1:{port}"]);
        await using var app = HostApplication.Build(builder);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => app.StartAsync());

        var failure = StartupFailure.Describe(error);
        Assert.NotNull(failure);
        Assert.Equal(1, failure.ExitCode);
        Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_SeveralRefusedSections_ListsEveryFailure()
    {
        var error = new AggregateException(
            new OptionsValidationException("a", typeof(object), ["CC:Cluster:SiloPort: bad."]),
            new OptionsValidationException("b", typeof(object), ["CC:Storage:Provider: bad."]));

        var failure = StartupFailure.Describe(error);

        Assert.NotNull(failure);
        Assert.Contains("CC:Cluster:SiloPort", failure.Message, StringComparison.Ordinal);
        Assert.Contains("CC:Storage:Provider", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_UnrelatedError_IsNotAStartupFailure() =>
        Assert.Null(StartupFailure.Describe(new InvalidOperationException("bug")));
}
