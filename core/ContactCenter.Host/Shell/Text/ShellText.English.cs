namespace ContactCenter.Host.Shell.Text;

public sealed partial record ShellText
{
    public static ShellText English { get; } = new()
    {
        Lang = "en", OtherLang = "es", OtherLanguageName = "Español", LanguageLabel = "Language",
        NotFound = "There is nothing at this address.",
        Title = "Agent workspace", Loading = "Connecting…",
        NotAnAgent = "Your account is not linked to an agent. Ask an administrator to link it.",
        Status = "Status", Reason = "Reason", ChooseReason = "Choose a reason", ReasonRequired = "Choose a reason for this status.",
        SetStatus = "Set status", InStatusFor = "In this status for", SubStateLabel = "Activity",
        Idle = "Waiting for work", Reserved = "Reserved", OnContact = "On contact", WrapUp = "Wrap-up", NotResponding = "Not responding",
        IncomingOffer = "Incoming contact", OfferAnnouncement = "New {0} contact offered. {1} seconds to answer.",
        SecondsLeft = "{0} s left", Accept = "Accept", Reject = "Reject",
        OfferGone = "The offer is no longer available.",
        AcceptedElsewhere = "This contact was already taken (perhaps in another tab or window). Nothing was changed.",
        NoWork = "No open contacts. New offers appear here.", Workspace = "Open contacts",
        Transcript = "Conversation", Reply = "Reply to the customer", Send = "Send", AddNote = "Add internal note",
        NoteLabel = "internal note", CannedResponses = "Canned responses",
        TextRequired = "Write a message first.", TextTooLong = "At most 4,096 characters.",
        Customer = "Customer", Visitor = "Customer", You = "You", Agent = "Agent", CoachingNote = "Note from your supervisor (only you see it)", PrivateNote = "Internal note", Activity = "Activity",
        ActivityAgentJoined = "An agent joined the conversation.", ActivityClosed = "The conversation was closed.", Identities = "Contact details", PreviousInteractions = "Previous contacts", NoPreviousInteractions = "No previous contacts.",
        UnknownCustomer = "Unidentified customer",
        EndContact = "End contact and wrap up", Disposition = "Disposition", ChooseDisposition = "Choose a disposition",
        DispositionRequired = "Choose a disposition before finishing.", Notes = "Notes", NotesTooLong = "At most 1,000 characters.",
        NotesRequired = "This disposition needs a note.", FinishWrapUp = "Finish wrap-up", WrapUpTimeLeft = "Wrap-up time left: {0}", WrapUpNoLimit = "Wrap-up has no time limit.",
        WrapUpWarning = "Wrap-up ends in {0}. Extend it if you need more time.", Extend = "Extend by {0}",
        NoEarlyExitNotice = "This queue uses a fixed wrap-up time that cannot be extended.",
        ExtensionsLeft = "{0} extensions left", NoExtensionsLeft = "No extensions left: when the time is up the contact closes with the timeout code.",
        WrapUpEndingSoon = "Wrap-up ends in less than 20 seconds.", ExtendHint = "Press {0} or the Extend button for more time.",
        ExtendAction = "Extend wrap-up", WrapUpExtended = "Wrap-up extended: it now ends in {0}.",
        ExtendRefusedTimeIsUp = "The wrap-up time is already up; the contact is closing with the timeout code.",
        ExtendRefusedLimit = "You have used every extension this queue allows.", ExtendRefusedNoLimit = "This wrap-up has no time limit: there is nothing to extend.",
        ExtendRefusedNotInWrapUp = "This contact is no longer in wrap-up.",
        VoiceControls = "Call controls", VoiceUnavailable = "Not available from the browser yet: use your phone's controls.",
        Hold = "Hold", Resume = "Resume", Mute = "Mute", Transfer = "Transfer", Dtmf = "Keypad", Answer = "Answer",
        Shortcuts = "Keyboard shortcuts", ShortcutHelpTitle = "Keyboard shortcuts", ShortcutAction = "Action", ShortcutKeys = "Keys",
        ShortcutInvalid = "Use Alt, Ctrl or Shift with a letter or digit, for example Alt+A.", ShortcutTaken = "Already used by another action.",
        SaveShortcuts = "Save shortcuts", Close = "Close", DraftSaved = "Draft saved", Failed = "That did not work: {0}", SignOut = "Sign out",
    };
}
