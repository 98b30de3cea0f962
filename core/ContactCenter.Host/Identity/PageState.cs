namespace ContactCenter.Host.Identity;

/// <summary>What every identity page renders with: its texts, the antiforgery field, the errors to announce and a notice.</summary>
/// <param name="Text">The texts in the page's language.</param>
/// <param name="Token">The antiforgery field of the page's forms.</param>
/// <param name="Errors">Problems with what was sent, announced at the top and beside their fields.</param>
/// <param name="Notice">A status message (e.g. signed out), announced politely.</param>
public sealed record PageState(PageText Text, FormToken Token, IReadOnlyList<PageError> Errors, string? Notice = null)
{
    /// <summary>The error of one field, if any.</summary>
    /// <param name="field">The field's id.</param>
    /// <returns>The message, or <see langword="null"/>.</returns>
    public string? ErrorOf(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;
}

/// <summary>The hidden antiforgery field every form carries.</summary>
/// <param name="FieldName">The form field's name.</param>
/// <param name="Value">The request token.</param>
public sealed record FormToken(string FieldName, string Value);

/// <summary>A problem with what was sent.</summary>
/// <param name="Field">The id of the field it is about (linked from the summary), or <see langword="null"/> for the form.</param>
/// <param name="Message">What is wrong and how to fix it, in the page's language.</param>
public sealed record PageError(string? Field, string Message);
