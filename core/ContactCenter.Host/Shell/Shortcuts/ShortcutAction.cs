namespace ContactCenter.Host.Shell.Shortcuts;

/// <summary>The actions that have keyboard shortcuts.</summary>
public enum ShortcutAction
{
    Accept = 0,
    Reject = 1,
    Status = 2,
    WrapUp = 3,
    Reply = 4,
    Help = 5,
    ExtendWrapUp = 6,
}
