using System.Globalization;
using ContactCenter.Host.Security.Permissions;
using ContactCenter.Host.Shell.Supervision;
using ContactCenter.Host.Shell.Text;
using ContactCenter.Kernel.Metrics;
using ContactCenter.Sdk.Domain;
using Microsoft.AspNetCore.Components;

namespace ContactCenter.Host.Shell.Pages;

/// <summary>
/// <c>/supervisor</c>: the wallboard. Figures and agents of the supervisor's teams only, redrawn in-process when the
/// kernel's events or the metrics publication interval say so (<see cref="WallboardFeed"/>), with the feed's staleness
/// shown; coaching actions go through <see cref="SupervisorDesk"/>, which checks scope and permission and audits.
/// </summary>
public sealed partial class SupervisorPage
{
    private WallboardView? _view;
    private readonly HashSet<string> _monitoring = new(StringComparer.Ordinal);
    private AgentRow? _noteFor;
    private AgentRow? _forceFor;
    private ReassignTargets _movable = ReassignTargets.Empty;
    private Dictionary<string, string> _agentNames = new(StringComparer.Ordinal);
    private Interaction? _reassignFor;
    private string? _reading;
    private string? _notice;
    private bool _busy;

    [Inject] private SupervisorDesk Desk { get; set; } = null!;

    [Inject] private StatusForcing Forcing { get; set; } = null!;

    [Inject] private InteractionReassigning Reassigning { get; set; } = null!;

    [Inject] private LiveWorkCache LiveWork { get; set; } = null!;

    private bool CanForce => User.Has(ContactCenter.Sdk.Permissions.PresenceManage);

    private bool CanReassign => User.Has(ContactCenter.Sdk.Permissions.MonitoringIntervene);

    private IReadOnlyList<ScopeMetrics> Scope(MetricScope scope) => [.. _view?.Metrics.Entries.Where(e => e.Scope == scope) ?? []];

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        _view = await Desk.LoadAsync(User, cancellationToken);
        _movable = await Reassigning.TargetsAsync(User, _view.Agents, LiveWork, cancellationToken);
        _agentNames = _view.Agents.ToDictionary(a => a.AgentId, a => a.Name, StringComparer.Ordinal);
    }

    private async Task SendNoteAsync(AgentRow row, string text)
    {
        if (row.Current is not { } interaction)
        {
            return;
        }

        _busy = true;
        try
        {
            var outcome = await Desk.NoteAsync(User, interaction.Id, text, Guid.NewGuid().ToString("N"), Stopping);
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
            var outcome = await Desk.MonitorAsync(User, interaction.Id, mode, Stopping);
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
            var outcome = await Desk.StopMonitorAsync(User, interaction.Id, Stopping);
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
            var outcome = await Forcing.ForceAsync(User, row.AgentId, statusId, reasonCode, Stopping);
            if (outcome.Change is { } change)
            {
                _notice = string.Format(CultureInfo.CurrentCulture, Wall.StatusForced, row.Name, StatusNames.GetValueOrDefault(change.Current.StatusId, change.Current.StatusId));
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

        var outcome = await Desk.StartReadingAsync(User, interaction.Id, Stopping);
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
            await Desk.StopReadingAsync(User, reading, Stopping);
        }
    }

    private async Task ReassignAsync(Interaction interaction, string? agentId, string? queueId)
    {
        _busy = true;
        try
        {
            var outcome = await Reassigning.ReassignAsync(User, interaction.Id, agentId, queueId, Stopping);
            if (outcome.Done)
            {
                var to = agentId is not null ? _agentNames.GetValueOrDefault(agentId, agentId) : Names.GetValueOrDefault(queueId!, queueId!);
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

    protected override async Task OnLeavingAsync()
    {
        if (_reading is { } reading)
        {
            // The supervisor left (tab closed, circuit gone): the agent must not keep a "reading this chat" notice.
            _reading = null;
            await Desk.StopReadingAsync(User, reading, CancellationToken.None);
        }
    }
}
