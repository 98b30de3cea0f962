using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ContactCenter.E2E.Accessibility;

/// <summary>
/// Runs axe-core (Deque.AxeCore.Playwright) on the page as it is and fails on any serious or critical violation,
/// naming the rule, the elements and the rules checked. WCAG 2.0–2.2 A/AA rules and axe's best practices.
/// </summary>
internal static class AxeCheck
{
    private static readonly string[] Impacts = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page, string name, ITestOutputHelper log)
    {
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        };
        var result = await page.RunAxe(options);
        var checkedRules = result.Passes.Concat(result.Violations).Concat(result.Incomplete).Select(r => r.Id).Distinct().Order(StringComparer.Ordinal).ToList();
        log.WriteLine($"axe {name}: {checkedRules.Count} rules checked, violations: "
            + (result.Violations.Length == 0 ? "none" : string.Join(", ", result.Violations.Select(v => $"{v.Id} ({v.Impact})"))));
        var serious = result.Violations.Where(v => Impacts.Contains(v.Impact)).ToList();
        Assert.True(serious.Count == 0,
            $"{name} ({page.Url}) has serious or critical accessibility violations:\n"
            + string.Join('\n', serious.Select(v => $"- {v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Select(n => n.Html))))
            + $"\nRules checked: {string.Join(", ", checkedRules)}");
    }
}
