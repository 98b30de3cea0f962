using MudBlazor;

namespace ContactCenter.Host.Shell;

/// <summary>
/// The shell's colours: MudBlazor's defaults with the status colours darkened until white text on them (filled
/// buttons, chips) and they as text on white (outlined buttons) reach WCAG 2.2 AA contrast (4.5:1); the default green,
/// pink, red, orange and blue do not (axe-core's color-contrast rule on /agent found them).
/// </summary>
internal static class ShellTheme
{
    public static MudTheme Accessible { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Secondary = "#ad1457",
            Success = "#2e7d32",
            Error = "#c62828",
            Warning = "#b45309",
            Info = "#0277bd",
        },
    };
}
