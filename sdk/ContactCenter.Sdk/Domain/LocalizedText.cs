using System.Globalization;

namespace ContactCenter.Sdk.Domain;

/// <summary>User-facing text in English and Spanish.</summary>
/// <param name="En">English text.</param>
/// <param name="Es">Spanish text.</param>
public sealed record LocalizedText(string En, string Es)
{
    /// <summary>The text for <paramref name="culture"/>: Spanish for any <c>es</c> culture, English otherwise.</summary>
    /// <param name="culture">The reader's culture; the current UI culture when <see langword="null"/>.</param>
    /// <returns>The text in the reader's language.</returns>
    public string For(CultureInfo? culture = null) =>
        (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName == "es" ? Es : En;
}
