using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Identity;
using ContactCenter.Kernel.Identity.AccessReview;
using ContactCenter.Kernel.Identity.Users;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Kernel.Tests.Identity.Users;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Domain;
using ContactCenter.Testing.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Tests.Identity.AccessReview;

/// <summary>
/// Campaigns on an in-memory store with real accounts (Identity), the real directory (teams <c>team-a</c>, <c>team-b</c>)
/// and a recording audit log. Accounts: <c>ana</c> (agent, team-a), <c>bea</c> (agent, team-b), <c>sam</c> (supervisor, team-a).
/// </summary>
internal sealed class AccessReviewHarness : IAsyncDisposable
{
    private readonly EncryptedKernel _kernel;
    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    private AccessReviewHarness(InMemoryDocumentStore store, EncryptedKernel kernel, ServiceProvider services)
    {
        Store = store;
        _kernel = kernel;
        _services = services;
        _scope = services.CreateAsyncScope();
    }

    public InMemoryDocumentStore Store { get; }

    public RecordingAuditLog Audit => (RecordingAuditLog)_services.GetRequiredService<IAuditLog>();

    public IUserAccounts Accounts => _scope.ServiceProvider.GetRequiredService<IUserAccounts>();

    public IAccessReviewCampaigns Campaigns => _scope.ServiceProvider.GetRequiredService<IAccessReviewCampaigns>();

    public Dictionary<string, string> Ids { get; } = new(StringComparer.Ordinal);

    public static async Task<AccessReviewHarness> StartAsync()
    {
        var store = new InMemoryDocumentStore(TimeProvider.System);
        var kernel = await EncryptedKernel.StartAsync(store);
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDocumentStore>(store);
        services.AddSingleton(kernel.Protector);
        services.AddSingleton(new KernelTime(TimeProvider.System));
        services.AddSingleton<IDirectory>(new KernelDirectory(new DirectoryRepositories(store)));
        services.AddSingleton<IAuditLog, RecordingAuditLog>();
        services.AddUserAccounts(configuration);
        services.AddAccessReviewCampaigns();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var harness = new AccessReviewHarness(store, kernel, provider);
        await harness.SeedAsync();
        return harness;
    }

    public async Task<string> RawCampaignAsync(string id) =>
        (await Store.GetAsync(KernelCollections.AccessReviewCampaigns.Name, id, CancellationToken.None))!.Json;

    public async Task<long> CountCampaignsAsync() =>
        await Store.CountAsync(KernelCollections.AccessReviewCampaigns.Name, [], CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
        await _kernel.DisposeAsync();
    }

    private async Task SeedAsync()
    {
        var directory = _services.GetRequiredService<IDirectory>();
        await directory.ServiceLines.SaveAsync(new ServiceLine { Id = "autos", Name = new("Auto", "Autos") });
        await directory.Teams.SaveAsync(new Team { Id = "team-a", Name = "Team A", ServiceLineId = "autos" });
        await directory.Teams.SaveAsync(new Team { Id = "team-b", Name = "Team B", ServiceLineId = "autos" });
        (string Name, string Role, string Team)[] accounts = [("ana", Roles.Agent, "team-a"), ("bea", Roles.Agent, "team-b"), ("sam", Roles.Supervisor, "team-a")];
        foreach (var (name, role, team) in accounts)
        {
            var user = await Accounts.CreateAsync(new NewUserAccount(name, "Correct-Horse-9", [role]) { TeamIds = [team] }, UserChangeSource.System);
            Ids[name] = user.Id;
        }

        while (Audit.Entries.TryDequeue(out _))
        {
        }
    }
}
