using System.Globalization;
using System.Security.Claims;
using ContactCenter.Host.Shell.Supervision;
using ContactCenter.Host.Shell.Text;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace ContactCenter.Host.Shell.Pages;

/// <summary>
/// What the wallboard and its drill-down pages share: the supervisor and whether they may monitor, queue, service line
/// and status names in the page's language, and a redraw whenever the wallboard's feed says so (events and the
/// publication interval), reading the page's data again through <see cref="LoadAsync"/>, one read at a time.
/// </summary>
public abstract class SupervisorPageBase : ComponentBase, IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _sync = new(1, 1);

    [CascadingParameter] public ShellText Text { get; set; } = ShellText.English;

    [CascadingParameter] public Task<AuthenticationState>? Authentication { get; set; }

    [Inject] internal WallboardFeed Feed { get; set; } = null!;

    [Inject] internal IDirectory Directory { get; set; } = null!;

    [Inject] internal IPresenceService Presence { get; set; } = null!;

    [Inject] internal KernelTime Time { get; set; } = null!;

    protected ClaimsPrincipal User { get; private set; } = new();

    protected bool Started { get; private set; }

    protected bool Allowed { get; private set; }

    protected DateTimeOffset Now { get; private set; }

    /// <summary>Ended when the page goes (the circuit ended or the supervisor left): for the page's own calls.</summary>
    protected CancellationToken Stopping => _stopping.Token;

    /// <summary>Queue and service line names by id.</summary>
    protected IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    /// <summary>Each queue's service-level target (percent) by id.</summary>
    protected IReadOnlyDictionary<string, double> Targets { get; private set; } = new Dictionary<string, double>();

    /// <summary>Status names by id.</summary>
    protected IReadOnlyDictionary<string, string> StatusNames { get; private set; } = new Dictionary<string, string>();

    protected IReadOnlyList<PresenceStatusDefinition> Statuses { get; private set; } = [];

    protected WallText Wall => WallText.For(Text.Lang);

    protected DrillText Words => DrillText.For(Text.Lang);

    /// <summary>Reads the page's data for the supervisor (null data means "not found or not yours").</summary>
    protected abstract Task LoadAsync(CancellationToken cancellationToken);

    protected override async Task OnInitializedAsync()
    {
        Now = Time.GetUtcNow();
        User = Authentication is null ? new ClaimsPrincipal() : (await Authentication).User;
        Allowed = SupervisorDesk.MayMonitor(User);
        if (!Allowed)
        {
            Started = true;
            return;
        }

        var culture = CultureInfo.GetCultureInfo(Text.Lang);
        var queues = await Directory.Queues.ListAsync(_stopping.Token);
        var names = queues.ToDictionary(q => q.Id, q => q.Name.For(culture), StringComparer.Ordinal);
        foreach (var line in await Directory.ServiceLines.ListAsync(_stopping.Token))
        {
            names.TryAdd(line.Id, line.Name.For(culture));
        }

        Names = names;
        Targets = queues.ToDictionary(q => q.Id, q => q.ServiceLevel.Percent, StringComparer.Ordinal);
        Statuses = await Presence.GetStatusesAsync(_stopping.Token);
        StatusNames = Statuses.ToDictionary(s => s.Id, s => s.Name.For(culture), StringComparer.Ordinal);
        Feed.Changed += OnFeedAsync;
        Feed.Start();
    }

    /// <summary>Reads again when the route's id changes (a link from one agent or queue to another).</summary>
    protected override async Task OnParametersSetAsync()
    {
        if (Allowed)
        {
            await RefreshAsync();
        }

        Started = true;
    }

    /// <summary>Reads the page's data again now.</summary>
    protected async Task RefreshAsync()
    {
        await _sync.WaitAsync(_stopping.Token);
        try
        {
            await LoadAsync(_stopping.Token);
            Now = Time.GetUtcNow();
        }
        finally
        {
            _sync.Release();
        }
    }

    private Task OnFeedAsync() => InvokeAsync(async () =>
    {
        try
        {
            await RefreshAsync();
            StateHasChanged();
        }
        catch (OperationCanceledException)
        {
            // The circuit ended while reading.
        }
    });

    /// <summary>What the page undoes as it goes, before its calls are cancelled (e.g. the agent's "reading this chat" notice).</summary>
    protected virtual Task OnLeavingAsync() => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        Feed.Changed -= OnFeedAsync;
        await OnLeavingAsync();
        await _stopping.CancelAsync();
        _stopping.Dispose();
        _sync.Dispose();
        GC.SuppressFinalize(this);
    }
}
