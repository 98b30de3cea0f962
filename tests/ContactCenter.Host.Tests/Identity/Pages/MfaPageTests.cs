using System.Net;
using ContactCenter.Kernel.Identity;
using ContactCenter.Kernel.Identity.Bootstrap;

namespace ContactCenter.Host.Tests.Identity.Pages;

/// <summary>
/// MFA through the pages over real HTTPS: the forced password change, enrolment with a TOTP code computed here,
/// recovery codes shown once, sign-in with a code, replay and wrong codes refused.
/// </summary>
public sealed class MfaPageTests(SignInHostFixture fixture) : IClassFixture<SignInHostFixture>
{
    private const string Password = "Supervisor-Password-7";

    [Fact]
    public async Task Supervisor_FirstSignIn_ChangesPasswordEnrolsAndThenSignsInWithACodeButNotAReplayedOne()
    {
        await fixture.CreateUserAsync("page.supervisor", "First-Password-1", Roles.Supervisor);
        using var browser = new PageBrowser(fixture.Host);
        await browser.GetAsync("/identity/sign-in?lang=en");

        await browser.SignInAsync("page.supervisor", "First-Password-1");
        Assert.Equal("/identity/password", browser.Path);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync("/api/v1/users")).StatusCode);
        await browser.PostAsync("/identity/password", [new("currentPassword", "First-Password-1"), new("newPassword", Password), new("confirmPassword", Password)]);
        Assert.Equal("/identity/mfa/enrol", browser.Path);
        Assert.Contains("src=\"data:image/png;base64,", browser.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync("/api/v1/users")).StatusCode);

        var key = browser.ManualKey();
        var enrolledAt = DateTimeOffset.UtcNow;
        var enrolmentCode = PageBrowser.Code(key, enrolledAt);
        Assert.Equal(HttpStatusCode.OK, await browser.PostAsync("/identity/mfa/enrol", [new("code", enrolmentCode)]));
        var codes = browser.RecoveryCodes();
        Assert.Equal(10, codes.Count);
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/api/v1/users")).StatusCode);

        await browser.GetAsync("/identity/account");
        await browser.PostAsync("/identity/sign-out", []);
        await browser.SignInAsync("page.supervisor", Password);
        Assert.Equal("/identity/mfa", browser.Path);
        Assert.Equal(HttpStatusCode.Unauthorized, await browser.PostAsync("/identity/mfa", [new("code", enrolmentCode)]));
        Assert.Contains("already used", browser.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync("/api/v1/users")).StatusCode);

        // The next step's code: within the allowed drift, and after the step already used.
        Assert.Equal(HttpStatusCode.OK, await browser.PostAsync("/identity/mfa", [new("code", PageBrowser.Code(key, enrolledAt.AddSeconds(30)))]));
        Assert.Equal("/identity/account", browser.Path);
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/api/v1/users")).StatusCode);
    }

    [Fact]
    public async Task RecoveryCode_WrongOneRefusedRightOneWorksOnce()
    {
        var codes = await EnrolledSupervisorAsync("page.recovery");
        using var browser = new PageBrowser(fixture.Host);
        await browser.GetAsync("/identity/sign-in?lang=en");
        await browser.SignInAsync("page.recovery", Password);

        Assert.Equal(HttpStatusCode.Unauthorized, await browser.PostAsync("/identity/mfa/recovery", [new("recoveryCode", "AAAAA-BBBBB")]));
        Assert.Contains("recovery code is not right", browser.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await browser.PostAsync("/identity/mfa/recovery", [new("recoveryCode", codes[3])]));
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/api/v1/users")).StatusCode);

        await browser.GetAsync("/identity/account");
        await browser.PostAsync("/identity/sign-out", []);
        await browser.SignInAsync("page.recovery", Password);
        Assert.Equal(HttpStatusCode.Unauthorized, await browser.PostAsync("/identity/mfa/recovery", [new("recoveryCode", codes[3])]));
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync("/api/v1/users")).StatusCode);
    }

    [Fact]
    public async Task Enrolment_WrongCode_ShowsTheErrorAndLeavesMfaOff()
    {
        await fixture.CreateReadyUserAsync("page.enrol-wrong", Password, Roles.Supervisor);
        using var browser = new PageBrowser(fixture.Host);
        await browser.GetAsync("/identity/sign-in?lang=es");
        await browser.SignInAsync("page.enrol-wrong", Password);

        var status = await browser.PostAsync("/identity/mfa/enrol", [new("code", "000000")]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("<a href=\"#code\">Ese código no es correcto", browser.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync("/api/v1/users")).StatusCode);
    }

    [Fact]
    public async Task FirstAdministrator_OneTimePassword_MustBeChangedThenMfaEnrolled()
    {
        var file = await File.ReadAllLinesAsync(Path.Combine(fixture.Host.DataDirectory, BootstrapCredentials.RelativePath));
        var oneTime = file.Single(l => l.StartsWith("password: ", StringComparison.Ordinal))["password: ".Length..];
        using var browser = new PageBrowser(fixture.Host);
        await browser.GetAsync("/identity/sign-in?lang=en");

        await browser.SignInAsync("admin", oneTime);
        Assert.Equal("/identity/password", browser.Path);
        Assert.Equal(HttpStatusCode.BadRequest, await browser.PostAsync("/identity/password", [new("currentPassword", oneTime), new("newPassword", "short"), new("confirmPassword", "short")]));
        Assert.Contains("at least 12 characters", browser.Html, StringComparison.Ordinal);
        await browser.PostAsync("/identity/password", [new("currentPassword", oneTime), new("newPassword", "Admin-Password-2026"), new("confirmPassword", "Admin-Password-2026")]);
        Assert.Equal("/identity/mfa/enrol", browser.Path);
        Assert.Equal(HttpStatusCode.OK, await browser.PostAsync("/identity/mfa/enrol", [new("code", PageBrowser.Code(browser.ManualKey(), DateTimeOffset.UtcNow))]));
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync("/api/v1/plugins")).StatusCode);
    }

    private async Task<IReadOnlyList<string>> EnrolledSupervisorAsync(string userName)
    {
        await fixture.CreateReadyUserAsync(userName, Password, Roles.Supervisor);
        using var browser = new PageBrowser(fixture.Host);
        await browser.GetAsync("/identity/sign-in");
        await browser.SignInAsync(userName, Password);
        await browser.PostAsync("/identity/mfa/enrol", [new("code", PageBrowser.Code(browser.ManualKey(), DateTimeOffset.UtcNow))]);
        return browser.RecoveryCodes();
    }
}
