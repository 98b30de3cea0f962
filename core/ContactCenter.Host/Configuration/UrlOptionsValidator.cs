using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Configuration;

/// <summary>Refuses any listening address that is not HTTPS: the host serves HTTPS only.</summary>
internal sealed class UrlOptionsValidator : IValidateOptions<UrlOptions>
{
    public ValidateOptionsResult Validate(string? name, UrlOptions options)
    {
        var failures = new List<string>();
        foreach (var url in options.Urls)
        {
            if (!IsHttps(url))
            {
                failures.Add($"urls (--urls, ASPNETCORE_URLS): '{url}' is not an https:// address; ContactCenter serves HTTPS only (e.g. {UrlOptions.DefaultUrl}).");
            }
        }

        foreach (var (key, url) in options.KestrelEndpoints)
        {
            if (!IsHttps(url))
            {
                failures.Add($"{key}: '{url}' is not an https:// address; ContactCenter serves HTTPS only.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHttps(string url) => url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
