using ContactCenter.Kernel.Storage;
using ContactCenter.Storage.Postgres.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ContactCenter.Storage.Postgres.Tests;

public sealed class PostgresServiceCollectionExtensionsTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task AddPostgresStore_ConnectionStringConfigured_ResolvesAnInitializableStore()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["CC:Storage:Provider"] = "Postgres",
                ["CC:Storage:Postgres:ConnectionString"] = database.ConnectionString,
            })
            .Build();
        await using var provider = new ServiceCollection().AddPostgresStore(configuration).BuildServiceProvider();

        var store = provider.GetRequiredService<IDocumentStore>();
        await store.InitializeAsync(default);

        Assert.IsType<PostgresDocumentStore>(store);
        Assert.Same(store, provider.GetRequiredService<PostgresDocumentStore>());
        Assert.Equal(PostgresStoreOptions.ProviderName, store.ProviderName);
        Assert.True((await store.ProbeAsync(default)).Healthy);
    }

    [Fact]
    public void AddPostgresStore_EnvironmentVariableName_BindsTheConnectionString()
    {
        const string variable = "CC__Storage__Postgres__ConnectionString";
        Environment.SetEnvironmentVariable(variable, "Host=db.example;Database=contactcenter;Username=cc");
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            using var provider = new ServiceCollection().AddPostgresStore(configuration).BuildServiceProvider();

            var options = provider.GetRequiredService<IOptions<PostgresStoreOptions>>().Value;

            Assert.Equal("Host=db.example;Database=contactcenter;Username=cc", options.ConnectionString);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task AddPostgresStore_NoConnectionString_HostStartFailsNamingTheSetting()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddPostgresStore(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("CC:Storage:Postgres:ConnectionString is required", error.Message, StringComparison.Ordinal);
    }
}
