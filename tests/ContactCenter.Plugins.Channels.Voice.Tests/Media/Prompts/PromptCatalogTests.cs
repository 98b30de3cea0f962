using ContactCenter.Plugins.Channels.Voice.Media.Prompts;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Media.Prompts;

public sealed class PromptCatalogTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"cc-prompts-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Load_LanguagesAndNamesFromFolders_CaseInsensitive()
    {
        Write("es/greeting.wav", 1, 2);
        Write("en/greeting.wav", 3);
        Write("en/Menu.wav", 4, 5, 6);
        File.WriteAllText(Path.Combine(_root, "en", "readme.txt"), "not a prompt");

        var catalog = PromptCatalog.Load(_root);

        Assert.Equal(new[] { "en", "es" }, catalog.Languages.Order(StringComparer.Ordinal));
        Assert.Equal(new short[] { 1, 2 }, catalog.Get("es", "greeting"));
        Assert.Equal(new short[] { 3 }, catalog.Get("EN", "GREETING"));
        Assert.Equal(new short[] { 4, 5, 6 }, catalog.Find("en", "menu"));
        Assert.True(catalog.Contains("es", "greeting"));
        Assert.False(catalog.Contains("es", "menu"));
        Assert.Null(catalog.Find("fr", "greeting"));
        Assert.Null(catalog.Find("en", "readme"));
        Assert.Contains("'menu'", Assert.Throws<KeyNotFoundException>(() => catalog.Get("es", "menu")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadFile_FailsNamingIt()
    {
        Write("es/greeting.wav", 1);
        Directory.CreateDirectory(Path.Combine(_root, "en"));
        File.WriteAllBytes(Path.Combine(_root, "en", "broken.wav"), WavReaderTests.Wav(1, 1, 44100, 16, new byte[4]));

        var error = Assert.Throws<InvalidDataException>(() => PromptCatalog.Load(_root));

        Assert.Contains("broken.wav", error.Message, StringComparison.Ordinal);
        Assert.Contains("44100 Hz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingRoot_Empty()
    {
        var catalog = PromptCatalog.Load(_root);

        Assert.Empty(catalog.Languages);
        Assert.Null(catalog.Find("es", "greeting"));
    }

    [Fact]
    public void ShippedCatalogue_BothLanguagesHaveEveryPromptTheFlowsUse()
    {
        var catalog = PromptCatalog.Load(Path.Combine(AppContext.BaseDirectory, "prompts"));
        string[] names = ["greeting", "menu", "invalid", "hold", "position", "in-queue", "wait", "minute", "minutes", .. Enumerable.Range(1, 20).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))];

        foreach (var language in new[] { "es", "en" })
        {
            Assert.All(names, name => Assert.True(catalog.Contains(language, name), $"{language}/{name}.wav"));
        }

        // Spanish and English are different recordings, not copies.
        Assert.NotEqual(catalog.Get("es", "menu"), catalog.Get("en", "menu"));
    }

    private void Write(string relative, params short[] samples)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, WavReaderTests.Wav(1, 1, 8000, 16, WavReaderTests.Pcm16(samples)));
    }
}
