using System.Text.Json;
using ContactCenter.Sdk.Json;

namespace ContactCenter.Cli;

/// <summary>The CLI's serializer options: the platform's conventions, indented for people.</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = ContactCenterJson.CreateOptions();
        options.WriteIndented = true;

        // Output is for terminals and scripts, not for embedding in HTML: keep '+' and accents readable.
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        return options;
    }
}
