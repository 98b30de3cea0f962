using System.Text.Json;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Host.Tests.Runtime;

public sealed class HostRuntimeFileTests
{
    [Fact]
    public async Task HostJson_WhileRunning_NamesUrlPidAndCertificate_AndIsRemovedOnStop()
    {
        var host = await RunningHost.StartAsync();
        var path = Path.Combine(host.DataDirectory, "host.json");
        JsonElement info;
        try
        {
            info = JsonDocument.Parse(await File.ReadAllTextAsync(path)).RootElement;
            Assert.Equal(host.BaseAddress.ToString().TrimEnd('/'), info.GetProperty("urls")[0].GetString());
            Assert.Equal(Environment.ProcessId, info.GetProperty("pid").GetInt32());
            Assert.Matches("^[0-9A-F]{64}$", info.GetProperty("certificateSha256").GetString());
            await host.App.StopAsync();
            Assert.False(File.Exists(path));
        }
        finally
        {
            await host.DisposeAsync();
        }
    }
}
