using System.CommandLine;
using ContactCenter.Cli.Connection;

namespace ContactCenter.Cli.Commands;

/// <summary>Options every command accepts.</summary>
internal sealed class GlobalOptions
{
    public Option<string> DataDirectory { get; } = new("--data-dir")
    {
        Description = "The platform's data directory (default: CC__Storage__DataDirectory, else ./data).",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CC__Storage__DataDirectory") is { Length: > 0 } fromEnvironment ? fromEnvironment : "data",
    };

    public Option<Uri?> Url { get; } = new("--url")
    {
        Description = "The host's HTTPS address; by default the one in {data-dir}/host.json when the host runs.",
        Recursive = true,
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
            {
                return uri;
            }

            result.AddError($"--url must be an absolute https:// address; got '{text}'.");
            return null;
        },
    };

    public Option<string?> Pin { get; } = new("--pin")
    {
        Description = "The SHA-256 fingerprint of the host's certificate; by default the one in {data-dir}/host.json.",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json") { Description = "Print JSON instead of text.", Recursive = true };

    public void AddTo(Command command)
    {
        command.Options.Add(DataDirectory);
        command.Options.Add(Url);
        command.Options.Add(Pin);
        command.Options.Add(Json);
    }

    public CliSettings Read(ParseResult result) => new(
        Path.GetFullPath(result.GetValue(DataDirectory)!),
        result.GetValue(Url),
        result.GetValue(Pin),
        result.GetValue(Json));
}
