namespace ContactCenter.Host.Demo;

/// <summary>
/// Turns the host's demo switches into configuration keys before the command line is parsed. The standard parser
/// reads a bare <c>--demo</c> as a key whose value is the next argument, which would swallow e.g. <c>--urls</c>.
/// </summary>
internal static class DemoSwitches
{
    /// <summary>Seeds the demo (<c>CC:Demo:Enabled=true</c>).</summary>
    public const string Demo = "--demo";

    /// <summary>Seeds the demo even when the host listens beyond loopback (<c>CC:Demo:Enabled=true</c>, <c>CC:Demo:AllowRemote=true</c>).</summary>
    public const string Force = "--demo-force";

    private static readonly string Enabled = $"--{DemoOptions.Section}:{nameof(DemoOptions.Enabled)}=true";
    private static readonly string AllowRemote = $"--{DemoOptions.Section}:{nameof(DemoOptions.AllowRemote)}=true";

    /// <summary>The arguments with each demo switch replaced by the keys it stands for; everything else unchanged and in order.</summary>
    /// <param name="args">The host's command-line arguments.</param>
    /// <returns>The translated arguments.</returns>
    public static string[] Translate(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var translated = new List<string>(args.Length + 1);
        foreach (var arg in args)
        {
            if (string.Equals(arg, Demo, StringComparison.OrdinalIgnoreCase))
            {
                translated.Add(Enabled);
            }
            else if (string.Equals(arg, Force, StringComparison.OrdinalIgnoreCase))
            {
                translated.Add(Enabled);
                translated.Add(AllowRemote);
            }
            else
            {
                translated.Add(arg);
            }
        }

        return [.. translated];
    }
}
