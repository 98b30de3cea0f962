using ContactCenter.Host.Security.Permissions;
using ContactCenter.Host.Shell.Services;
using ContactCenter.Host.Shell.Shortcuts;
using ContactCenter.Host.Shell.Text;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Domain;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;

namespace ContactCenter.Host.Shell.Pages;

/// <summary>
/// <c>/agent</c>: the agent's whole shift. State comes from the kernel (presence with its work list, interactions,
/// conversations) and from the agent's stored workspace (tabs, drafts, shortcuts), so a new circuit after a reload,
/// a dropped connection or a host restart shows the same workspace and the same pending offer.
/// </summary>
public sealed partial class AgentPage
{
    private readonly Dictionary<string, WorkTab> _tabs = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly SemaphoreSlim _sync = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private DotNetObjectReference<AgentPage>? _self;
    private Workspace _workspace = Workspace.Empty;
    private ShortcutMap _shortcuts = ShortcutMap.From(new Dictionary<string, string>());
    private Interaction? _offerInteraction;
    private string? _agentId;
    private string? _userId;
    private string? _active;
    private string? _notice;
    private DateTimeOffset _now;
    private bool _started;
    private bool _busy;
    private bool _showHelp;

    [CascadingParameter] public ShellText Text { get; set; } = ShellText.English;

    [CascadingParameter] public Task<AuthenticationState>? Authentication { get; set; }

    [Inject] public required AgentSession Session { get; init; }

    [Inject] public required AgentDesk Desk { get; init; }

    [Inject] public required WorkspaceStore Workspaces { get; init; }

    [Inject] public required CustomerHistory History { get; init; }

    [Inject] public required KernelTime Time { get; init; }

    [Inject] public required IOptions<ShellOptions> Options { get; init; }

    [Inject] public required IJSRuntime Js { get; init; }

    protected override async Task OnInitializedAsync()
    {
        _now = Time.GetUtcNow();
        var user = Authentication is null ? null : (await Authentication).User;
        _agentId = user?.FindFirst(PermissionClaims.AgentId)?.Value;
        _userId = user?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        if (_agentId is not null)
        {
            _workspace = await Workspaces.GetAsync(_agentId, _stopping.Token);
            _shortcuts = ShortcutMap.From(_workspace.Shortcuts);
            _active = _workspace.ActiveTab;
            Session.PresenceChanged += OnPresenceChangedAsync;
            Session.InteractionChanged += OnInteractionChangedAsync;
            Session.CustomerActivity += OnCustomerActivityAsync;
            Session.StatusForced += OnStatusForcedAsync;
            Session.SupervisionUpdated += OnSupervisionAsync;
            await Session.StartAsync(_agentId, _stopping.Token);
            if (Session.RecentForcedStatus is { } forced)
            {
                // Kept on the server: a reload right after a supervisor set the status still says who did it.
                _notice = ForcedNotice(forced);
            }

            await SyncAsync();
            _ = TickAsync();
        }

        _started = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_started && _agentId is not null && _self is null)
        {
            _self = DotNetObjectReference.Create(this);
            await RegisterShortcutsAsync();
        }
    }

    private Task RegisterShortcutsAsync() =>
        Js.InvokeVoidAsync("ccShell.register", _self, _shortcuts.Keys.Values.ToArray()).AsTask();

    private async Task TickAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), Time.Provider);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token))
            {
                await InvokeAsync(() =>
                {
                    _now = Time.GetUtcNow();
                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
            // The circuit ended.
        }
    }

    private Task OnPresenceChangedAsync(AgentPresence presence) => InvokeAsync(async () =>
    {
        await SyncAsync();
        StateHasChanged();
    });

    private Task OnInteractionChangedAsync(ContactCenter.Sdk.Events.InteractionTransitioned transition) => InvokeAsync(() =>
    {
        if (_tabs.TryGetValue(transition.InteractionId, out var tab) && transition.Interaction.Version >= tab.Interaction.Version)
        {
            _tabs[transition.InteractionId] = tab with { Interaction = transition.Interaction };
            StateHasChanged();
        }

        // The offer card may have read its interaction before the offer's deadline was committed: the transition to
        // Offered carries it, so the countdown appears then instead of waiting for the next presence change.
        if (_offerInteraction is { } offered && offered.Id == transition.InteractionId && transition.Interaction.Version > offered.Version)
        {
            _offerInteraction = transition.Interaction;
            StateHasChanged();
        }
    });

    private Task OnCustomerActivityAsync(ContactCenter.Sdk.Events.InteractionTransitioned transition) => InvokeAsync(async () =>
    {
        await RefreshHistoryAsync(transition);
        StateHasChanged();
    });

    private Task OnStatusForcedAsync(ContactCenter.Kernel.Presence.PresenceForced forced) => InvokeAsync(() =>
    {
        _notice = ForcedNotice(forced);
        StateHasChanged();
    });

    private string ForcedNotice(ContactCenter.Kernel.Presence.PresenceForced forced)
    {
        var status = Session.Statuses.FirstOrDefault(s => s.Id == forced.ToStatusId)?.Name.For(Text.Culture) ?? forced.ToStatusId;
        return string.Format(Text.Culture, Text.StatusForcedBy, forced.SupervisorName, status);
    }

    private Task OnSupervisionAsync(ContactCenter.Host.Shell.Supervision.SupervisionChanged change) => InvokeAsync(StateHasChanged);

    public async ValueTask DisposeAsync()
    {
        Session.PresenceChanged -= OnPresenceChangedAsync;
        Session.InteractionChanged -= OnInteractionChangedAsync;
        Session.CustomerActivity -= OnCustomerActivityAsync;
        Session.StatusForced -= OnStatusForcedAsync;
        Session.SupervisionUpdated -= OnSupervisionAsync;
        await _stopping.CancelAsync();
        _stopping.Dispose();
        _self?.Dispose();
        _sync.Dispose();
    }
}
