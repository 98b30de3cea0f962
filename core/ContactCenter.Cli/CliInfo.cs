using System.Reflection;

namespace ContactCenter.Cli;

/// <summary>Facts about this build of <c>cc</c>.</summary>
internal static class CliInfo
{
    public static string Version { get; } =
        typeof(CliInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
