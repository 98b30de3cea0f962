using Microsoft.Playwright;

namespace ContactCenter.E2E.Support;

/// <summary>
/// Debian's Chromium (installed by .ci/deps.d/20-chromium.sh) driven by Playwright's bundled driver; Playwright's own
/// browser downloads are never used, and nothing in the browser talks to the network.
/// </summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static readonly string[] Arguments =
    [
        "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright, params string[] extraArguments)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: run .ci/deps.d/20-chromium.sh (apt-get install chromium).");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = [.. Arguments, .. extraArguments],
            Timeout = 60_000,
        });
    }
}
