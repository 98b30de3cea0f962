using ContactCenter.Host.Shell.Services;
using ContactCenter.Host.Shell.Shortcuts;
using ContactCenter.Host.Shell.Components;
using ContactCenter.Host.Shell.Text;
using ContactCenter.Kernel.Presence;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using Microsoft.JSInterop;

namespace ContactCenter.Host.Shell.Pages;

/// <summary>What the agent does: status, offers, ending contacts and wrap-up, call controls, shortcuts.</summary>
public sealed partial class AgentPage
{
    private Task SetStatusAsync(StatusChoice choice) => RunAsync(() => Session.SetStatusAsync(choice.StatusId, choice.ReasonCode, _stopping.Token));

    private Task AcceptAsync() => RunAsync(async () =>
    {
        if (Session.PendingOffer is not { } offer)
        {
            _notice = Text.OfferGone;
            return;
        }

        if (await Desk.AcceptAsync(_agentId!, offer.InteractionId, _stopping.Token) == AcceptOutcome.Refused)
        {
            // Another tab of this agent accepted first, or the offer timed out: the kernel refused this one.
            _notice = Text.AcceptedElsewhere;
        }
        else
        {
            _active = offer.InteractionId;
        }
    });

    private Task RejectAsync() => RunAsync(async () =>
    {
        if (Session.PendingOffer is not { } offer || !await Desk.RejectAsync(_agentId!, offer.InteractionId, _stopping.Token))
        {
            _notice = Text.OfferGone;
        }
    });

    private Task EndContactAsync(string interactionId) => RunAsync(() => Desk.EndContactAsync(interactionId, _stopping.Token));

    private Task FinishAsync(string interactionId, DispositionRef disposition) => RunAsync(async () =>
    {
        if (_tabs.TryGetValue(interactionId, out var tab))
        {
            await Desk.FinishWrapUpAsync(tab.Interaction, disposition, _stopping.Token);
        }
    });

    private Task ExtendWrapUpAsync(string interactionId) => RunAsync(async () =>
    {
        var result = await Desk.ExtendWrapUpAsync(_agentId!, interactionId, _userId ?? _agentId!, _stopping.Token);
        _notice = result switch
        {
            { Extended: true, EndsAt: { } end } => string.Format(Text.Culture, Text.WrapUpExtended, ShellText.Clock(end - Time.GetUtcNow())),
            { Refusal: WrapUpExtendRefusal.TimeIsUp } => Text.ExtendRefusedTimeIsUp,
            { Refusal: WrapUpExtendRefusal.LimitReached } => Text.ExtendRefusedLimit,
            { Refusal: WrapUpExtendRefusal.NoTimeLimit } => Text.ExtendRefusedNoLimit,
            { Refusal: WrapUpExtendRefusal.Fixed } => Text.NoEarlyExitNotice,
            _ => Text.ExtendRefusedNotInWrapUp,
        };
    });

    private Task HoldAsync(string interactionId) => RunAsync(() => Desk.HoldAsync(interactionId, _stopping.Token));

    private Task ResumeAsync(string interactionId) => RunAsync(() => Desk.ResumeAsync(interactionId, _stopping.Token));

    /// <summary>Runs one action: one at a time, then re-reads presence; a refusal from the kernel is shown in the agent's words.</summary>
    private async Task RunAsync(Func<Task> action)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        _notice = null;
        try
        {
            await action();
            await Session.RefreshAsync(_stopping.Token);
            await SyncAsync();
        }
        catch (ContactCenterException ex)
        {
            _notice = string.Format(Text.Culture, Text.Failed, ex.Message);
        }
        finally
        {
            _busy = false;
        }
    }

    private string Keys(ShortcutAction action) => _shortcuts.Keys[action];

    private void ToggleHelp() => _showHelp = !_showHelp;

    private async Task SaveShortcutsAsync(IReadOnlyDictionary<ShortcutAction, string> keys)
    {
        _shortcuts = ShortcutMap.From(ShortcutMap.Overrides(keys));
        await SaveWorkspaceAsync(_workspace with { Shortcuts = ShortcutMap.Overrides(keys) });
        await RegisterShortcutsAsync();
        _showHelp = false;
    }

    /// <summary>Called by shell.js for a registered key combination (or "?" outside text fields).</summary>
    [JSInvokable]
    public Task OnShortcut(string combination) => InvokeAsync(async () =>
    {
        var action = combination == "?" ? ShortcutAction.Help : _shortcuts.ActionFor(combination);
        switch (action)
        {
            case ShortcutAction.Accept:
                await AcceptAsync();
                break;
            case ShortcutAction.Reject:
                await RejectAsync();
                break;
            case ShortcutAction.Status:
                await Js.InvokeVoidAsync("ccShell.focus", "status-select");
                break;
            case ShortcutAction.Reply when _active is not null && _tabs.GetValueOrDefault(_active)?.Conversation is { } conversation:
                await Js.InvokeVoidAsync("ccShell.focus", $"reply-{conversation.Id}");
                break;
            case ShortcutAction.WrapUp when _active is not null:
                if (PhaseOf(_active) == AgentWorkPhase.Connected)
                {
                    await EndContactAsync(_active);
                }

                await Js.InvokeVoidAsync("ccShell.focus", $"disposition-{_active}");
                break;
            case ShortcutAction.ExtendWrapUp when _active is not null && PhaseOf(_active) == AgentWorkPhase.WrapUp:
                await ExtendWrapUpAsync(_active);
                break;
            case ShortcutAction.Help:
                ToggleHelp();
                break;
        }

        StateHasChanged();
    });
}
