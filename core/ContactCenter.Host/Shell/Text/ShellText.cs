using System.Globalization;

namespace ContactCenter.Host.Shell.Text;

/// <summary>Every text the agent shell shows, in one language (<see cref="English"/> or <see cref="Spanish"/>).</summary>
public sealed partial record ShellText
{
    public required string Lang { get; init; }
    public required string OtherLang { get; init; }
    public required string OtherLanguageName { get; init; }
    public required string LanguageLabel { get; init; }
    public required string NotFound { get; init; }
    public required string Title { get; init; }
    public required string Loading { get; init; }
    public required string NotAnAgent { get; init; }
    public required string Status { get; init; }
    public required string Reason { get; init; }
    public required string ChooseReason { get; init; }
    public required string ReasonRequired { get; init; }
    public required string SetStatus { get; init; }
    public required string InStatusFor { get; init; }
    public required string SubStateLabel { get; init; }
    public required string Idle { get; init; }
    public required string Reserved { get; init; }
    public required string OnContact { get; init; }
    public required string WrapUp { get; init; }
    public required string NotResponding { get; init; }
    public required string IncomingOffer { get; init; }
    public required string OfferAnnouncement { get; init; }
    public required string OfferAnnouncementOpen { get; init; }
    public required string SecondsLeft { get; init; }
    public required string Accept { get; init; }
    public required string Reject { get; init; }
    public required string OfferGone { get; init; }
    public required string AcceptedElsewhere { get; init; }
    public required string NoWork { get; init; }
    public required string Workspace { get; init; }
    public required string Transcript { get; init; }
    public required string Reply { get; init; }
    public required string Send { get; init; }
    public required string AddNote { get; init; }
    public required string NoteLabel { get; init; }
    public required string CannedResponses { get; init; }
    public required string TextRequired { get; init; }
    public required string TextTooLong { get; init; }
    public required string Customer { get; init; }
    public required string Visitor { get; init; }
    public required string You { get; init; }
    public required string Agent { get; init; }
    public required string PrivateNote { get; init; }
    public required string CoachingNote { get; init; }
    public required string Activity { get; init; }
    public required string ActivityAgentJoined { get; init; }
    public required string ActivityClosed { get; init; }
    public required string AutomaticMessage { get; init; }
    public required string DeliveryFailed { get; init; }
    public required string Identities { get; init; }
    public required string PreviousInteractions { get; init; }
    public required string NoPreviousInteractions { get; init; }
    public required string UnknownCustomer { get; init; }
    public required string EndContact { get; init; }
    public required string Disposition { get; init; }
    public required string ChooseDisposition { get; init; }
    public required string DispositionRequired { get; init; }
    public required string Notes { get; init; }
    public required string NotesTooLong { get; init; }
    public required string NotesRequired { get; init; }
    public required string FinishWrapUp { get; init; }
    public required string WrapUpTimeLeft { get; init; }
    public required string WrapUpNoLimit { get; init; }
    public required string WrapUpWarning { get; init; }
    public required string Extend { get; init; }
    public required string NoEarlyExitNotice { get; init; }
    public required string ExtensionsLeft { get; init; }
    public required string CrmHeading { get; init; }
    public required string CrmEmpty { get; init; }
    public required string MessageCount { get; init; }
    public required string HistoryOpen { get; init; }
    public required string HistoryClosed { get; init; }
    public required string HistoryAbandoned { get; init; }
    public required string HistoryFailed { get; init; }
    public required string HistoryTransferred { get; init; }
    public required string ChannelVoice { get; init; }
    public required string ChannelEmail { get; init; }
    public required string ChannelVideo { get; init; }
    public required string ChannelTask { get; init; }
    public required string NoExtensionsLeft { get; init; }
    public required string WrapUpEndingSoon { get; init; }
    public required string ExtendHint { get; init; }
    public required string ExtendAction { get; init; }
    public required string WrapUpExtended { get; init; }
    public required string ExtendRefusedTimeIsUp { get; init; }
    public required string ExtendRefusedLimit { get; init; }
    public required string ExtendRefusedNoLimit { get; init; }
    public required string ExtendRefusedNotInWrapUp { get; init; }
    public required string VoiceControls { get; init; }
    public required string VoiceUnavailable { get; init; }
    public required string Hold { get; init; }
    public required string Resume { get; init; }
    public required string Mute { get; init; }
    public required string Transfer { get; init; }
    public required string Dtmf { get; init; }
    public required string Answer { get; init; }
    public required string Shortcuts { get; init; }
    public required string ShortcutHelpTitle { get; init; }
    public required string ShortcutAction { get; init; }
    public required string ShortcutKeys { get; init; }
    public required string ShortcutInvalid { get; init; }
    public required string ShortcutTaken { get; init; }
    public required string SaveShortcuts { get; init; }
    public required string Close { get; init; }
    public required string DraftSaved { get; init; }
    public required string Failed { get; init; }
    public required string SignOut { get; init; }
    public required string StatusForcedBy { get; init; }
    public required string SupervisionHeading { get; init; }
    public required string SupervisionListening { get; init; }
    public required string SupervisionCoaching { get; init; }
    public required string SupervisionInTheCall { get; init; }
    public required string SupervisionReading { get; init; }

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Lang);

    /// <summary>The text for a language code (<c>es</c> or anything else, which is English).</summary>
    public static ShellText For(string? lang) => lang == "es" ? Spanish : English;

    /// <summary>The routing sub-state, as the agent reads it.</summary>
    /// <summary>"Supervisor X is listening / coaching / in the call / reading this chat".</summary>
    public string Supervision(ContactCenter.Host.Shell.Supervision.SupervisionKind kind, string supervisor) => string.Format(Culture, kind switch
    {
        ContactCenter.Host.Shell.Supervision.SupervisionKind.Listening => SupervisionListening,
        ContactCenter.Host.Shell.Supervision.SupervisionKind.Coaching => SupervisionCoaching,
        ContactCenter.Host.Shell.Supervision.SupervisionKind.InTheCall => SupervisionInTheCall,
        _ => SupervisionReading,
    }, supervisor);

    public string SubState(ContactCenter.Sdk.Domain.RoutingSubState state) => state switch
    {
        ContactCenter.Sdk.Domain.RoutingSubState.Reserved => Reserved,
        ContactCenter.Sdk.Domain.RoutingSubState.OnContact => OnContact,
        ContactCenter.Sdk.Domain.RoutingSubState.WrapUp => WrapUp,
        ContactCenter.Sdk.Domain.RoutingSubState.NotResponding => NotResponding,
        _ => Idle,
    };

    /// <summary>An interaction's state in the customer's history, as the agent reads it.</summary>
    public string HistoryState(ContactCenter.Sdk.Domain.InteractionState state) => state switch
    {
        ContactCenter.Sdk.Domain.InteractionState.Closed => HistoryClosed,
        ContactCenter.Sdk.Domain.InteractionState.Abandoned => HistoryAbandoned,
        ContactCenter.Sdk.Domain.InteractionState.Failed => HistoryFailed,
        ContactCenter.Sdk.Domain.InteractionState.Transferred => HistoryTransferred,
        _ => HistoryOpen,
    };

    /// <summary>A channel's name, as the agent reads it (chat, WhatsApp, SMS are the same in both languages).</summary>
    public string Channel(ContactCenter.Sdk.Domain.ChannelKind channel) => channel switch
    {
        ContactCenter.Sdk.Domain.ChannelKind.Voice => ChannelVoice,
        ContactCenter.Sdk.Domain.ChannelKind.Email => ChannelEmail,
        ContactCenter.Sdk.Domain.ChannelKind.Video => ChannelVideo,
        ContactCenter.Sdk.Domain.ChannelKind.Task => ChannelTask,
        _ => channel.ToString(),
    };

    /// <summary>A duration as m:ss (or h:mm:ss), for timers.</summary>
    public static string Clock(TimeSpan span)
    {
        var s = span < TimeSpan.Zero ? TimeSpan.Zero : span;
        return s.TotalHours >= 1
            ? s.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
            : s.ToString(@"m\:ss", CultureInfo.InvariantCulture);
    }
}
