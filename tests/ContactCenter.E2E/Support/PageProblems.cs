using System.Collections.Concurrent;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ContactCenter.E2E.Support;

/// <summary>
/// What went wrong inside a page: console errors and uncaught script errors, collected so that a test can assert there
/// were none; console lines (and, when asked, every response) go to the test's output for the failure report.
/// </summary>
internal static class PageProblems
{
    /// <summary>Starts watching <paramref name="page"/>; console errors containing one of <paramref name="expected"/> are not problems.</summary>
    public static ConcurrentQueue<string> Watch(IPage page, ITestOutputHelper? output, bool logResponses = false, params string[] expected)
    {
        var problems = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            output?.WriteLine($"console {message.Type}: {message.Text}");
            if (message.Type == "error" && !expected.Any(e => message.Text.Contains(e, StringComparison.Ordinal)))
            {
                problems.Enqueue(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Enqueue(error);
        if (logResponses)
        {
            page.Response += (_, response) => output?.WriteLine($"{response.Status} {response.Url}");
        }

        return problems;
    }
}
