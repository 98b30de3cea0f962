using System.Threading.Channels;
using Microsoft.Playwright;

namespace ContactCenter.E2E.Support;

/// <summary>
/// The file choosers a page opens, intercepted from the moment the page is created. Playwright turns interception on
/// when something listens for the event, without waiting for the browser to confirm it; waiting for the chooser only
/// around the click that opens it races that switch (on a busy machine the dialog opened unintercepted and the wait
/// timed out). Listening long before the click, with the page's own round trips in between, leaves no race.
/// </summary>
internal sealed class FileChoosers
{
    private readonly Channel<IFileChooser> _opened = Channel.CreateUnbounded<IFileChooser>();

    public FileChoosers(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.FileChooser += (_, chooser) => _opened.Writer.TryWrite(chooser);
    }

    /// <summary>The next chooser the page opens (or one it opened since the last call).</summary>
    public async Task<IFileChooser> NextAsync(TimeSpan timeout)
    {
        using var expiry = new CancellationTokenSource(timeout);
        try
        {
            return await _opened.Reader.ReadAsync(expiry.Token);
        }
        catch (OperationCanceledException) when (expiry.IsCancellationRequested)
        {
            throw new TimeoutException($"The page opened no file chooser within {timeout.TotalSeconds:F0} s.");
        }
    }
}
