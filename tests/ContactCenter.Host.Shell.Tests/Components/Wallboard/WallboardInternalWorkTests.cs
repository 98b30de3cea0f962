using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using AngleSharp.Dom;
using Bunit;
using ContactCenter.Host.Security.Permissions;
using ContactCenter.Host.Shell.Pages;
using ContactCenter.Host.Shell.Text;
using ContactCenter.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace ContactCenter.Host.Shell.Tests.Components.Wallboard;

/// <summary>
/// The whole path of the internal-work figures on the real demo host: interactions created over its HTTP API reach the
/// kernel's metrics engine, the wallboard page reads them through its own services (the desk, the team filter) and
/// redraws on its live feed, and the queue and service-line tables show internal work apart from the customers.
/// Nobody is available in the demo at start, so what is enqueued stays waiting.
/// </summary>
public sealed class WallboardInternalWorkTests : IAsyncLifetime, IAsyncDisposable
{
    private const string Queue = "autos-general";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private RunningHost _host = null!;
    private AsyncServiceScope _scope;
    private BunitContext _context = null!;

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartAsync(configure: null, "--demo", "--CC:Demo:Password=Wall-Internal-Password-5");
        _scope = _host.App.Services.CreateAsyncScope();
        _context = new BunitContext();
        _context.Services.AddMudServices();
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        // The page's own services (desk, feed, directory, presence) come from the host, one circuit's scope of it.
        _context.Services.AddFallbackServiceProvider(_scope.ServiceProvider);
        var authorization = _context.AddAuthorization();
        authorization.SetAuthorized("wall-supervisor");
        authorization.SetClaims(new Claim(PermissionClaims.Type, Sdk.Permissions.MonitoringRead));
    }

    public Task DisposeAsync() => ((IAsyncDisposable)this).DisposeAsync().AsTask();

    // The page first (it leaves the feed), then the circuit's scope (the feed itself), then the host.
    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await _context.DisposeAsync();
        await _scope.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task SupervisorPage_ConsultationsQueuedBesideACustomer_InternalColumnsShowThemLiveAndCustomerFiguresDoNot()
    {
        var cut = _context.Render<SupervisorPage>(p => p.AddCascadingValue(ShellText.English));
        cut.WaitForElement("[data-testid=wall-ready]", Patience);
        using var client = _host.CreateAdminClient();

        var customer = await CreateAndEnqueueAsync(client, "Inbound");
        var first = await CreateAndEnqueueAsync(client, "Internal");
        await CreateAndEnqueueAsync(client, "Internal");

        // No refresh asked for: the page's feed redraws on the lifecycle events.
        cut.WaitForAssertion(() => Assert.Equal(("1", "2", "0"), Figures(cut, "queues", Queue)), Patience);
        Assert.Equal(("1", "2", "0"), Figures(cut, "lines", "autos"));
        Assert.Equal("1", Cell(cut.Find($"[data-testid=queues] tr[data-key={Queue}]"), "offered"));
        Assert.Equal(["Internal waiting", "Internal ended"], cut.FindAll("[data-testid=queues] th.cc-internal").Select(h => h.TextContent));

        // The first consultation ends unanswered and the customer hangs up: internal work counts it apart, not as abandoned.
        await PostAsync(client, $"/api/v1/interactions/{first}/abandon", new { reason = "consultation-ended" });
        await PostAsync(client, $"/api/v1/interactions/{customer}/abandon", new { reason = "hung up" });

        cut.WaitForAssertion(() => Assert.Equal(("0", "1", "1"), Figures(cut, "queues", Queue)), Patience);
        Assert.Equal("1", Cell(cut.Find($"[data-testid=queues] tr[data-key={Queue}]"), "abandoned"));
    }

    [Fact]
    public async Task SupervisorPage_InSpanish_LabelsTheInternalColumnsAndShowsTheFigures()
    {
        using var client = _host.CreateAdminClient();
        await CreateAndEnqueueAsync(client, "Internal");

        var cut = _context.Render<SupervisorPage>(p => p.AddCascadingValue(ShellText.Spanish));

        cut.WaitForAssertion(() => Assert.Equal(("0", "1", "0"), Figures(cut, "queues", Queue)), Patience);
        Assert.Equal(["Internos en espera", "Internos terminados"], cut.FindAll("[data-testid=lines] th.cc-internal").Select(h => h.TextContent));
        Assert.Equal(
            [WallText.Spanish.InternalNote, WallText.Spanish.InternalNote],
            cut.FindAll("[data-testid=internal-note]").Select(n => n.TextContent));
    }

    /// <summary>Customers waiting, internal work waiting and internal work ended, as the row shows them.</summary>
    private static (string Waiting, string InternalWaiting, string InternalEnded) Figures(IRenderedComponent<SupervisorPage> cut, string table, string key)
    {
        var row = cut.Find($"[data-testid={table}] tr[data-key={key}]");
        return (Cell(row, "waiting"), Cell(row, "internal-waiting"), Cell(row, "internal-ended"));
    }

    private static string Cell(IElement row, string testId) => row.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();

    private static async Task<string> CreateAndEnqueueAsync(HttpClient client, string direction)
    {
        using var created = await client.PostAsJsonAsync(
            new Uri("/api/v1/interactions", UriKind.Relative), new { channel = "Chat", direction, serviceLineId = "autos", subject = "Wallboard internal work" });
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.IsSuccessStatusCode, body);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
        await PostAsync(client, $"/api/v1/interactions/{id}/enqueue", new { queueId = Queue });
        return id;
    }

    private static async Task PostAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
