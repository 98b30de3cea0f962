namespace ContactCenter.Host.Identity;

/// <summary>Where a finished sign-in goes: only a path on this host (an open redirect would help phishing).</summary>
internal static class ReturnUrls
{
    public const string Default = "/identity/account";

    public static string Local(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            && !url.Contains('\r', StringComparison.Ordinal) && !url.Contains('\n', StringComparison.Ordinal)
            ? url
            : Default;
}
