using ContactCenter.Kernel.Storage;
using ContactCenter.Testing.Identity.OAuth;

namespace ContactCenter.Storage.LiteDb.Tests.Identity;

/// <summary>OpenIddict's stores on LiteDB, on a real file in a temporary directory.</summary>
public sealed class LiteDbOAuthStoreTests : OAuthStoreConformanceTests, IDisposable
{
    private readonly TempDirectory _directory = new();

    // xunit disposes the store (DisposeAsync) before calling Dispose, so the files are closed by then.
    public void Dispose() => _directory.Dispose();

    protected override Task<IDocumentStore> CreateStoreAsync() => Task.FromResult<IDocumentStore>(new LiteDbDocumentStore(_directory.Path, Time));
}
