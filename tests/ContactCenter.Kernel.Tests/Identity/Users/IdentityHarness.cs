using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Identity.Users;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Domain;
using ContactCenter.Testing.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Tests.Identity.Users;

/// <summary>
/// User accounts on an in-memory store with real encryption, the real directory (one service line, two teams, one
/// agent) and a recording audit log, with <c>CC:…</c> settings and a temp data directory.
/// </summary>
internal sealed class IdentityHarness : IAsyncDisposable
{
    private readonly EncryptedKernel _kernel;
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    private IdentityHarness(InMemoryDocumentStore store, EncryptedKernel kernel, ServiceProvider services, string dataDirectory)
    {
        Store = store;
        _kernel = kernel;
        _services = services;
        _scope = services.CreateAsyncScope();
        DataDirectory = dataDirectory;
    }

    public InMemoryDocumentStore Store { get; }

    public RecordingAuditLog Audit => (RecordingAuditLog)_services.GetRequiredService<IAuditLog>();

    public string DataDirectory { get; }

    public IServiceProvider Services => _services;

    public UserManager<UserAccount> Users => _scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();

    public IUserAccounts Accounts => _scope.ServiceProvider.GetRequiredService<IUserAccounts>();

    public static async Task<IdentityHarness> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("cc-identity-test-").FullName;
        var store = new InMemoryDocumentStore(TimeProvider.System);
        var kernel = await EncryptedKernel.StartAsync(store);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["CC:Storage:DataDirectory"] = dataDirectory })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDocumentStore>(store);
        services.AddSingleton(kernel.Protector);
        services.AddSingleton(new KernelTime(TimeProvider.System));
        services.AddSingleton<IDirectory>(new KernelDirectory(new DirectoryRepositories(store)));
        services.AddSingleton<IAuditLog, RecordingAuditLog>();
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section));
        services.AddUserAccounts(configuration);
        services.AddBootstrapAdministrator(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var harness = new IdentityHarness(store, kernel, provider, dataDirectory);
        await harness.SeedDirectoryAsync();
        return harness;
    }

    /// <summary>The raw JSON of an account as the store holds it.</summary>
    public async Task<string> RawAsync(string userId) =>
        (await Store.GetAsync(KernelCollections.Users.Name, userId, CancellationToken.None))!.Json;

    public async Task<long> CountUsersAsync() =>
        await Store.CountAsync(KernelCollections.Users.Name, [], CancellationToken.None);

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public IOptions<IdentityOptions> IdentityOptions => _services.GetRequiredService<IOptions<IdentityOptions>>();

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
        await _kernel.DisposeAsync();
        Directory.Delete(DataDirectory, recursive: true);
    }

    private async Task SeedDirectoryAsync()
    {
        var directory = _services.GetRequiredService<IDirectory>();
        await directory.ServiceLines.SaveAsync(new ServiceLine { Id = "autos", Name = new("Auto", "Autos") });
        await directory.Teams.SaveAsync(new Team { Id = "team-a", Name = "Team A", ServiceLineId = "autos" });
        await directory.Teams.SaveAsync(new Team { Id = "team-b", Name = "Team B", ServiceLineId = "autos" });
        await directory.Agents.SaveAsync(new Agent { Id = "ana", DisplayName = "Ana", TeamIds = ["team-a"], ServiceLineIds = ["autos"] });
    }
}
