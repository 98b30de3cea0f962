using ContactCenter.Kernel.Storage;
using ContactCenter.Storage.Postgres.Tests.Support;
using ContactCenter.Testing.Identity.OAuth;

namespace ContactCenter.Storage.Postgres.Tests.Identity;

/// <summary>OpenIddict's stores on PostgreSQL (a private server started by the fixture; each test in a fresh schema).</summary>
public sealed class PostgresOAuthStoreTests(PostgresDatabase database) : OAuthStoreConformanceTests, IClassFixture<PostgresDatabase>
{
    protected override async Task<IDocumentStore> CreateStoreAsync()
    {
        await database.ResetAsync();
        return await database.OpenStoreAsync(Time);
    }
}
