using Microsoft.Net.Http.Headers;

namespace ContactCenter.Host.Identity;

/// <summary>
/// The language of the identity pages: <c>?lang=es|en</c> (the switch in the layout, remembered in a cookie), else the
/// remembered choice, else the best of Spanish and English in <c>Accept-Language</c>, else English.
/// </summary>
internal static class PageLanguage
{
    public const string Spanish = "es";
    public const string English = "en";
    public const string CookieName = "__Host-cc.lang";

    public static string Resolve(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Known(context.Request.Query["lang"].ToString()) is { } chosen)
        {
            context.Response.Cookies.Append(CookieName, chosen, new CookieOptions
            {
                Secure = true, HttpOnly = true, SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax, Path = "/", MaxAge = TimeSpan.FromDays(365), IsEssential = true,
            });
            return chosen;
        }

        if (Known(context.Request.Cookies[CookieName]) is { } remembered)
        {
            return remembered;
        }

        var accepted = context.Request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1);
        foreach (StringWithQualityHeaderValue language in accepted)
        {
            var primary = language.Value.ToString().Split('-')[0];
            if (Known(primary) is { } match)
            {
                return match;
            }
        }

        return English;
    }

    private static string? Known(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        Spanish => Spanish,
        English => English,
        _ => null,
    };
}
