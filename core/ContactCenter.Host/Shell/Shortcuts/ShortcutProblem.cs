namespace ContactCenter.Host.Shell.Shortcuts;

/// <summary>Why a proposed shortcut is refused.</summary>
public enum ShortcutProblem
{
    Invalid = 0,
    Taken = 1,
}
