using ContactCenter.Kernel.Security.Encryption;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Sdk.Security;
using ContactCenter.Testing.Security;

namespace ContactCenter.Kernel.Tests.Security.Encryption;

public sealed class PluginDataProtectorTests : IAsyncLifetime
{
    private EncryptedKernel _kernel = null!;

    public async Task InitializeAsync() => _kernel = await EncryptedKernel.StartAsync(new InMemoryDocumentStore(TimeProvider.System));

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    private PluginDataProtector For(string pluginId) => new(pluginId, new Lazy<IDataProtector?>(_kernel.Protector));

    [Fact]
    public async Task UnprotectStringAsync_OwnValue_RoundTrips()
    {
        var crm = For("crm");

        var sealedText = crm.ProtectString("policy 778-991", "customer/7/policy");

        Assert.Equal("policy 778-991", await crm.UnprotectStringAsync(sealedText, "customer/7/policy"));
    }

    [Fact]
    public async Task UnprotectStringAsync_AnotherPluginsValue_ThrowsSensitiveDataTampered()
    {
        var sealedText = For("crm").ProtectString("policy 778-991", "customer/7/policy");

        var error = await Assert.ThrowsAsync<SensitiveDataTamperedException>(() => For("other").UnprotectStringAsync(sealedText, "customer/7/policy").AsTask());

        Assert.Equal("customer/7/policy", error.Context);
        Assert.DoesNotContain("plugin/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnprotectAsync_KernelValueThroughAPlugin_Fails()
    {
        var kernelValue = _kernel.Protector.Protect("Ana"u8, "contact/1/name");

        await Assert.ThrowsAsync<SensitiveDataTamperedException>(() => For("crm").UnprotectAsync(kernelValue, "contact/1/name").AsTask());
        Assert.Throws<DataTamperedException>(() => _kernel.Protector.Unprotect(For("crm").Protect("Ana"u8, "contact/1/name"), "contact/1/name"));
    }

    [Fact]
    public void LookupHash_TwoPlugins_DoNotMatchEachOtherOrTheKernel()
    {
        var crm = For("crm").LookupHash("+50688881234", "contact-phone");

        Assert.NotEqual(crm, For("other").LookupHash("+50688881234", "contact-phone"));
        Assert.NotEqual(crm, _kernel.Protector.LookupHash("+50688881234", "contact-phone"));
    }
}
