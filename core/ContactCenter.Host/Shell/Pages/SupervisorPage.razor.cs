using System.Globalization;
using System.Security.Claims;
using ContactCenter.Host.Security.Permissions;
using ContactCenter.Host.Shell.Supervision;
using ContactCenter.Host.Shell.Text;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Metrics;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace ContactCenter.Host.Shell.Pages;

/// <summary>
/// <c>/supervisor</c>: the wallboard. Figures and agents of the supervisor's teams only, redrawn in-process when the
/// kernel's events or the metrics publication interval say so (<see cref="WallboardFeed"/>), with the feed's staleness
/// shown; coaching actions go through <see cref="SupervisorDesk"/>, which checks scope and permission and audits.
/// </summary>
public sealed partial class SupervisorPage
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _sync = new(1, 1);
    private Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private Dictionary<string, double> _targets = new(StringComparer.Ordinal);
    private Dictionary<string, string> _statuses = new(StringComparer.Ordinal);
    private ClaimsPrincipal _user = new();
    private WallboardView? _view;
    private readonly HashSet<string> _monitoring = new(StringComparer.Ordinal);
    private IReadOnlyList<PresenceStatusDefinition> _statusList = [];
    private AgentRow? _noteFor;
    private AgentRow? _forceFor;
    private ReassignTargets _movable = ReassignTargets.Empty;
    private Dictionary<string, string> _agentNames = new(StringComparer.Ordinal);
    private Interaction? _reassignFor;
    private string? _reading;
    private bool _canForce;
    private bool _canReassign;
    private string? _notice;
    private DateTimeOffset _now;
    private bool _started;
    private bool _allowed;
    private bool _busy;

    [CascadingParameter] public ShellText Text { get; set; } = ShellText.English;

    [CascadingParameter] public Task<AuthenticationState>? Authentication { get; set; }

    [Inject] private SupervisorDesk Desk { get; set; } = null!;

    [Inject] private StatusForcing Forcing { get; set; } = null!;

    [Inject] private InteractionReassigning Reassigning { get; set; } = null!;

    [Inject] private WallboardFeed Feed { get; set; } = null!;

    [Inject] private IDirectory Directory { get; set; } = null!;

    [Inject] private IPresenceService Presence { get; set; } = null!;

    [Inject] private KernelTime Time { get; set; } = null!;

    private WallText Wall => WallText.For(Text.Lang);

    protected override async Task OnInitializedAsync()
    {
        _now = Time.GetUtcNow();
        _user = Authentication is null ? new ClaimsPrincipal() : (await Authentication).User;
        _allowed = SupervisorDesk.MayMonitor(_user);
        _canForce = _user.Has(ContactCenter.Sdk.Permissions.PresenceManage);
        _canReassign = _user.Has(ContactCenter.Sdk.Permissions.MonitoringIntervene);
        if (_allowed)
        {
            await LoadNamesAsync();
            await RefreshAsync();
            Feed.Changed += OnFeedAsync;
            Feed.Start();
        }

        _started = true;
    }

    private async Task LoadNamesAsync()
    {
        var token = _stopping.Token;
        var culture = CultureInfo.GetCultureInfo(Text.Lang);
        var queues = await Directory.Queues.ListAsync(token);
        _names = queues.ToDictionary(q => q.Id, q => q.Name.For(culture), StringComparer.Ordinal);
        foreach (var line in await Directory.ServiceLines.ListAsync(token))
        {
            _names.TryAdd(line.Id, line.Name.For(culture));
        }

        _targets = queues.ToDictionary(q => q.Id, q => q.ServiceLevel.Percent, StringComparer.Ordinal);
        _statusList = await Presence.GetStatusesAsync(token);
        _statuses = _statusList.ToDictionary(s => s.Id, s => s.Name.For(culture), StringComparer.Ordinal);
    }

    private IReadOnlyList<ScopeMetrics> Scope(MetricScope scope) => [.. _view?.Metrics.Entries.Where(e => e.Scope == scope) ?? []];

    private async Task RefreshAsync()
    {
        await _sync.WaitAsync(_stopping.Token);
        try
        {
            _view = await Desk.LoadAsync(_user, _stopping.Token);
            _movable = await Reassigning.TargetsAsync(_user, _stopping.Token);
            _agentNames = _view.Agents.ToDictionary(a => a.AgentId, a => a.Name, StringComparer.Ordinal);
            _now = Time.GetUtcNow();
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

    private async Task SendNoteAsync(AgentRow row, string text)
    {
        if (row.Current is not { } interaction)
        {
            return;
        }

        _busy = true;
        try
        {
            var outcome = await Desk.NoteAsync(_user, interaction.Id, text, Guid.NewGuid().ToString("N"), _stopping.Token);
            _notice = outcome.Done ? string.Format(CultureInfo.CurrentCulture, Wall.NoteSent, row.Name) : Refusal(outcome);
            if (outcome.Done)
            {
                await CloseNoteAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task MonitorAsync(AgentRow row, ParticipationMode mode)
    {
        if (row.Current is not { } interaction)
        {
            return;
        }

        _busy = true;
        try
        {
            var outcome = await Desk.MonitorAsync(_user, interaction.Id, mode, _stopping.Token);
            var verb = mode switch { ParticipationMode.Listen => Wall.Listen, ParticipationMode.Whisper => Wall.Whisper, _ => Wall.Barge };
            _notice = outcome.Done ? string.Format(CultureInfo.CurrentCulture, Wall.MonitorStarted, verb.ToLower(CultureInfo.CurrentCulture), row.Name) : Refusal(outcome);
            if (outcome.Done)
            {
                _monitoring.Add(interaction.Id);
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task StopMonitorAsync(AgentRow row)
    {
        if (row.Current is not { } interaction)
        {
            return;
        }

        _busy = true;
        try
        {
            var outcome = await Desk.StopMonitorAsync(_user, interaction.Id, _stopping.Token);
            _monitoring.Remove(interaction.Id);
            _notice = outcome.Done ? string.Format(CultureInfo.CurrentCulture, Wall.MonitorStopped, row.Name) : Refusal(outcome);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ForceAsync(AgentRow row, string statusId, string? reasonCode)
    {
        _busy = true;
        try
        {
            var outcome = await Forcing.ForceAsync(_user, row.AgentId, statusId, reasonCode, _stopping.Token);
            if (outcome.Change is { } change)
            {
                _notice = string.Format(CultureInfo.CurrentCulture, Wall.StatusForced, row.Name, _statuses.GetValueOrDefault(change.Current.StatusId, change.Current.StatusId));
                _forceFor = null;
                await RefreshAsync();
            }
            else
            {
                _notice = string.Format(CultureInfo.CurrentCulture, Wall.Refused, outcome.Refusal == ForceRefusal.OutOfScope ? Wall.OutOfScope : outcome.Reason);
            }
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>Opens the chat of <paramref name="row"/> for a note: the agent is told the supervisor is reading it.</summary>
    private async Task OpenNoteAsync(AgentRow row)
    {
        await CloseNoteAsync();
        _noteFor = row;
        if (row.Current is not { } interaction)
        {
            return;
        }

        var outcome = await Desk.StartReadingAsync(_user, interaction.Id, _stopping.Token);
        _notice = outcome.Done ? Wall.Reading : Refusal(outcome);
        _reading = outcome.Done ? interaction.Id : null;
    }

    /// <summary>Closes the note form; the agent's "reading this chat" notice goes.</summary>
    private async Task CloseNoteAsync()
    {
        _noteFor = null;
        if (_reading is { } reading)
        {
            _reading = null;
            await Desk.StopReadingAsync(_user, reading, _stopping.Token);
        }
    }

    private async Task ReassignAsync(Interaction interaction, string? agentId, string? queueId)
    {
        _busy = true;
        try
        {
            var outcome = await Reassigning.ReassignAsync(_user, interaction.Id, agentId, queueId, _stopping.Token);
            if (outcome.Done)
            {
                var to = agentId is not null ? _agentNames.GetValueOrDefault(agentId, agentId) : _names.GetValueOrDefault(queueId!, queueId!);
                _notice = string.Format(CultureInfo.CurrentCulture, Wall.Reassigned, Components.Wallboard.LiveWorkList.Label(interaction), to);
                _reassignFor = null;
                await RefreshAsync();
            }
            else
            {
                _notice = string.Format(CultureInfo.CurrentCulture, Wall.Refused, outcome.Refusal switch
                {
                    ReassignRefusal.OutOfScope => Wall.OutOfScope,
                    ReassignRefusal.NotReassignable => Wall.NotReassignable,
                    ReassignRefusal.AgentUnavailable => Wall.AgentUnavailable,
                    ReassignRefusal.NotFound => Wall.UnknownTarget,
                    _ => outcome.Reason,
                });
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private string Refusal(CoachOutcome outcome) =>
        string.Format(CultureInfo.CurrentCulture, Wall.Refused, outcome.OutOfScope ? Wall.OutOfScope : outcome.Reason);

    public async ValueTask DisposeAsync()
    {
        Feed.Changed -= OnFeedAsync;
        if (_reading is { } reading)
        {
            // The supervisor left (tab closed, circuit gone): the agent must not keep a "reading this chat" notice.
            _reading = null;
            await Desk.StopReadingAsync(_user, reading, CancellationToken.None);
        }

        await _stopping.CancelAsync();
        _stopping.Dispose();
        _sync.Dispose();
    }
}
