using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Testing.Identity.OAuth;

namespace ContactCenter.Kernel.Tests.Identity.OAuth;

/// <summary>OpenIddict's stores on the in-memory document store.</summary>
public sealed class InMemoryOAuthStoreTests : OAuthStoreConformanceTests
{
    protected override Task<IDocumentStore> CreateStoreAsync() => Task.FromResult<IDocumentStore>(new InMemoryDocumentStore(Time));
}
