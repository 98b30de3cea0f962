using System.Text;
using ContactCenter.E2E.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ContactCenter.E2E.Accessibility;

/// <summary>The accessibility check itself fails on a page with serious violations, naming the rules (so a green run means something).</summary>
public sealed class AxeCheckTests(ITestOutputHelper log)
{
    [Fact]
    public async Task AssertNoSeriousViolations_PageWithoutLanguageAndWithAnUnlabelledInput_FailsNamingTheRules()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync();
        await context.RouteAsync("https://broken.test/", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html; charset=utf-8",
            BodyBytes = Encoding.UTF8.GetBytes("<!doctype html><html><head><title>Broken</title></head><body><main><input type=\"text\"></main></body></html>"),
        }));
        var page = await context.NewPageAsync();
        await page.GotoAsync("https://broken.test/");

        var failure = await Assert.ThrowsAsync<TrueException>(() => AxeCheck.AssertNoSeriousViolationsAsync(page, "broken page", log));

        Assert.Contains("html-has-lang", failure.Message, StringComparison.Ordinal);
        Assert.Contains("label", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Rules checked:", failure.Message, StringComparison.Ordinal);
    }
}
