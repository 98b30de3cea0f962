using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactCenter.Host.Identity;

/// <summary>Renders an identity page: the page's language, a fresh antiforgery token, the errors to announce.</summary>
internal static class IdentityPage
{
    public static PageState State(HttpContext context, IReadOnlyList<PageError>? errors = null, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = PageText.For(PageLanguage.Resolve(context));
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return new PageState(text, new FormToken(tokens.FormFieldName, tokens.RequestToken ?? ""), errors ?? [], notice);
    }

    public static PageState State(HttpContext context, string? field, Func<PageText, string> message) =>
        State(context, [new PageError(field, message(PageText.For(PageLanguage.Resolve(context))))]);

    public static RazorComponentResult<TComponent> Render<TComponent>(object parameters, int status = StatusCodes.Status200OK)
        where TComponent : IComponent =>
        new(parameters) { StatusCode = status };

    /// <summary>Back to the sign-in page saying the step expired (no pending sign-in, or one at another step).</summary>
    public static IResult Expired() => TypedResults.LocalRedirect("/identity/sign-in?expired=1");
}
