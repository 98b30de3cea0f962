using ContactCenter.Kernel.Plugins;
using ContactCenter.Kernel.Tests.Plugins.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Tests.Plugins;

public sealed class PluginHostOptionsTests
{
    [Theory]
    [InlineData("CC:Plugins:CallBudget", "-00:00:01")]
    [InlineData("CC:Plugins:HttpBudget", "00:00:00")]
    [InlineData("CC:Plugins:BreakerFailureThreshold", "0")]
    [InlineData("CC:Plugins:UnloadVerificationAttempts", "0")]
    [InlineData("CC:Plugins:MaxPackageBytes", "10")]
    [InlineData("CC:Plugins:MaxPackageEntries", "1")]
    [InlineData("CC:Plugins:DrainTimeout", "3.00:00:00")]
    public async Task StartAsync_BadSetting_StopsStartUpNamingTheKey(string key, string value)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () => await PluginTestHost.StartAsync(s => s[key] = value));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Directory_NotConfigured_DefaultsUnderTheDataDirectory()
    {
        await using var host = await PluginTestHost.StartAsync();

        var options = host.Services.GetRequiredService<IOptions<PluginHostOptions>>().Value;

        Assert.Equal(Path.Combine(host.Data.Path, "plugins"), options.Directory);
        Assert.True(Directory.Exists(options.Directory));
    }
}
