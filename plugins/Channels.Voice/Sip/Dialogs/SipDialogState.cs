namespace ContactCenter.Plugins.Channels.Voice.Sip.Dialogs;

/// <summary>RFC 3261 §12: early (after a provisional with a To tag), confirmed (after a 2xx), terminated.</summary>
internal enum SipDialogState
{
    Early,
    Confirmed,
    Terminated,
}
