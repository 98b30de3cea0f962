using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Testing.Storage;

namespace ContactCenter.Kernel.Tests.Storage;

/// <summary>The reference provider against the shared storage contract.</summary>
public sealed class InMemoryDocumentStoreConformanceTests : DocumentStoreConformanceTests
{
    protected override Task<IDocumentStore> CreateStoreAsync() => Task.FromResult<IDocumentStore>(new InMemoryDocumentStore(Time));
}
