using System.Globalization;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Sdk.Tests.Domain;

public sealed class LocalizedTextTests
{
    private static readonly LocalizedText Break = new("Break", "Descanso");

    [Theory]
    [InlineData("es-CR", "Descanso")]
    [InlineData("es", "Descanso")]
    [InlineData("en-US", "Break")]
    [InlineData("fr-FR", "Break")]
    public void For_PicksSpanishForAnySpanishCultureAndEnglishOtherwise(string culture, string expected) =>
        Assert.Equal(expected, Break.For(CultureInfo.GetCultureInfo(culture)));
}
