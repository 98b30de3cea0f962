using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using ContactCenter.Kernel.Identity.Mfa;
using ContactCenter.Testing.Hosting;
using OtpNet;

namespace ContactCenter.Host.Tests.Identity.Pages;

/// <summary>
/// Drives the identity pages like a browser without script: a cookie jar, redirects followed, each form posted with the
/// antiforgery token of the page it came from.
/// </summary>
internal sealed partial class PageBrowser(RunningHost host) : IDisposable
{
    private static readonly TotpAuthenticator Totp = new(HashAlgorithmName.SHA1);

    public HttpClient Client { get; } = host.CreateClient();

    /// <summary>The last page's HTML.</summary>
    public string Html { get; private set; } = "";

    /// <summary>The last response's path (after redirects).</summary>
    public string Path { get; private set; } = "";

    public HttpStatusCode Status { get; private set; }

    public async Task<string> GetAsync(string path, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        using var response = await Client.SendAsync(request);
        await KeepAsync(response);
        return Html;
    }

    /// <summary>Posts a form to <paramref name="path"/> with the token of the current page (or without one).</summary>
    public async Task<HttpStatusCode> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, bool withToken = true)
    {
        var all = fields.ToList();
        if (withToken)
        {
            all.Add(new("__RequestVerificationToken", Token()));
        }

        using var content = new FormUrlEncodedContent(all);
        using var response = await Client.PostAsync(path, content);
        await KeepAsync(response);
        return Status;
    }

    public Task<HttpStatusCode> SignInAsync(string userName, string password) =>
        PostAsync("/identity/sign-in", [new("userName", userName), new("password", password)]);

    public string Token() => TokenField().Match(Html) is { Success: true } m ? m.Groups[1].Value
        : throw new InvalidOperationException($"No antiforgery field on {Path}:\n{Html}");

    /// <summary>The enrolment page's key as typed by hand (spaces removed).</summary>
    public string ManualKey() => ManualKeyElement().Match(Html).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>The WebAuthn options the page's passkey form hands to the browser.</summary>
    public string PasskeyOptions() => PasskeyOptionsAttribute().Match(Html) is { Success: true } m ? m.Groups[1].Value
        : throw new InvalidOperationException($"No passkey form on {Path}:\n{Html}");

    public IReadOnlyList<string> RecoveryCodes() => [.. RecoveryCode().Matches(Html).Select(m => m.Groups[1].Value)];

    public static string Code(string manualKey, DateTimeOffset at) => Totp.Compute(Base32Encoding.ToBytes(manualKey), at);

    public void Dispose() => Client.Dispose();

    private async Task KeepAsync(HttpResponseMessage response)
    {
        Status = response.StatusCode;
        Path = response.RequestMessage!.RequestUri!.AbsolutePath;
        // Decoded, so tests read the text as a person does (the renderer writes non-ASCII letters as entities).
        Html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("data-testid=\"manual-key\">([^<]+)<")]
    private static partial Regex ManualKeyElement();

    [GeneratedRegex("data-options=\"(.*?)\" data-msg-unsupported=")]
    private static partial Regex PasskeyOptionsAttribute();

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCode();
}
