using ContactCenter.Host.Shell.Services;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Host.Shell.Pages;

/// <summary>Keeping the tabs in step with the agent's work, and the workspace saved.</summary>
public sealed partial class AgentPage
{
    /// <summary>Opens a tab for every contact the agent holds, closes tabs of finished ones, loads the pending offer.</summary>
    private async Task SyncAsync()
    {
        await _sync.WaitAsync(_stopping.Token);
        try
        {
            var work = Session.Presence?.Work ?? [];
            var held = work.Where(w => w.Phase != AgentWorkPhase.Offered).Select(w => w.InteractionId).ToList();
            var wanted = _workspace.OpenTabs.Where(held.Contains).Concat(held.Where(h => !_workspace.OpenTabs.Contains(h))).ToList();
            foreach (var gone in _order.Except(wanted).ToList())
            {
                _order.Remove(gone);
                _tabs.Remove(gone);
            }

            foreach (var id in wanted)
            {
                if (!_tabs.ContainsKey(id) && await Desk.LoadTabAsync(id, _stopping.Token) is { } tab)
                {
                    _tabs[id] = tab;
                }
                else if (_tabs.TryGetValue(id, out var open) && await Desk.GetInteractionAsync(id, _stopping.Token) is { } fresh)
                {
                    _tabs[id] = open with { Interaction = fresh };
                }
            }

            foreach (var id in wanted.Where(id => _tabs.TryGetValue(id, out var t) && t.History is null && t.Interaction.ContactId is not null))
            {
                _tabs[id] = _tabs[id] with { History = await History.ForHeldInteractionAsync(_agentId!, _userId ?? _agentId!, _tabs[id].Interaction, _stopping.Token) };
            }

            Session.WatchContacts(_tabs.Values.SelectMany(t => new[] { t.Interaction.ContactId, t.History?.ContactId }).OfType<string>());
            foreach (var id in wanted.Where(id => _tabs.TryGetValue(id, out var t) && t.Dispositions is null && PhaseOf(id) == AgentWorkPhase.WrapUp))
            {
                _tabs[id] = _tabs[id] with { Dispositions = await Desk.DispositionsAsync(_tabs[id].Interaction, Options.Value.Dispositions, _stopping.Token) };
            }

            _order.Clear();
            _order.AddRange(wanted.Where(_tabs.ContainsKey));
            if (_active is null || !_order.Contains(_active))
            {
                _active = _order.LastOrDefault();
            }

            var offer = Session.PendingOffer;
            _offerInteraction = offer is null ? null
                : _offerInteraction?.Id == offer.InteractionId && _offerInteraction.OfferExpiresAt is not null ? _offerInteraction
                : await Desk.GetInteractionAsync(offer.InteractionId, _stopping.Token);
            await SaveWorkspaceAsync(_workspace with
            {
                OpenTabs = [.. _order],
                ActiveTab = _active,
                Drafts = _workspace.Drafts.Where(d => _order.Contains(d.Key)).ToDictionary(),
            });
        }
        finally
        {
            _sync.Release();
        }
    }

    /// <summary>
    /// Another interaction of a customer whose tab is open began or moved on (on any channel): re-read the history of
    /// the tabs of that customer that do not show it yet, so the panel stays live.
    /// </summary>
    private async Task RefreshHistoryAsync(ContactCenter.Sdk.Events.InteractionTransitioned transition)
    {
        await _sync.WaitAsync(_stopping.Token);
        try
        {
            var contactId = transition.Interaction.ContactId;
            var stale = _tabs.Where(t => t.Key != transition.InteractionId && t.Value.History is { } h
                && (h.ContactId == contactId || t.Value.Interaction.ContactId == contactId)
                && !h.Items.Any(e => e.InteractionId == transition.InteractionId && e.State == transition.To)).Select(t => t.Key).ToList();
            foreach (var id in stale)
            {
                _tabs[id] = _tabs[id] with { History = await History.ForHeldInteractionAsync(_agentId!, _userId ?? _agentId!, _tabs[id].Interaction, _stopping.Token) };
            }
        }
        finally
        {
            _sync.Release();
        }
    }

    private async Task SaveWorkspaceAsync(Workspace next)
    {
        if (next.OpenTabs.SequenceEqual(_workspace.OpenTabs) && next.ActiveTab == _workspace.ActiveTab
            && next.Drafts.Count == _workspace.Drafts.Count && next.Drafts.All(d => _workspace.Drafts.TryGetValue(d.Key, out var v) && v == d.Value)
            && ReferenceEquals(next.Shortcuts, _workspace.Shortcuts))
        {
            return;
        }

        _workspace = next;
        await Workspaces.SaveAsync(_agentId!, next, _stopping.Token);
    }

    private async Task SaveDraftAsync(string interactionId, string text)
    {
        var drafts = _workspace.Drafts.ToDictionary();
        drafts[interactionId] = text;
        await SaveWorkspaceAsync(_workspace with { Drafts = drafts });
    }

    private string DraftOf(string interactionId) => _workspace.Drafts.GetValueOrDefault(interactionId, "");

    private async Task SelectTabAsync(string interactionId)
    {
        _active = interactionId;
        await SaveWorkspaceAsync(_workspace with { ActiveTab = interactionId });
    }

    private AgentWorkPhase? PhaseOf(string interactionId) =>
        Session.Presence?.Work.FirstOrDefault(w => w.InteractionId == interactionId)?.Phase;

    private string PhaseText(string interactionId) => PhaseOf(interactionId) switch
    {
        AgentWorkPhase.WrapUp => Text.WrapUp,
        _ => Text.OnContact,
    };

    private AgentWorkItem? WrapUpOf(string interactionId) =>
        Session.Presence?.Work.FirstOrDefault(w => w.InteractionId == interactionId && w.Phase == AgentWorkPhase.WrapUp);

    /// <summary>When wrap-up ends, as the kernel's agent grain keeps it (the queue's mode plus any extensions; null: no limit).</summary>
    private DateTimeOffset? WrapUpEndsAt(string interactionId) => WrapUpOf(interactionId)?.WrapUpEndsAt;

    private int WrapUpExtensionsLeft(string interactionId) => WrapUpOf(interactionId)?.WrapUpExtensionsLeft ?? 0;

    /// <summary>What one extension adds for the tab's queue; null when the queue's wrap-up time is fixed (no-early-exit).</summary>
    private TimeSpan? WrapUpExtension(string interactionId) =>
        _tabs.GetValueOrDefault(interactionId)?.Queue is { AfterContactWork: AfterContactWorkMode.Timed, MaxWrapUpExtensions: > 0 } queue ? queue.WrapUpExtension : null;
}
