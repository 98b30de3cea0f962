using ContactCenter.Host.Demo;
using ContactCenter.Host.Security.Authentication;
using ContactCenter.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactCenter.Host.Tests.EndToEnd;

/// <summary>Starts the real host on the real kernel and LiteDB, seeded by demo mode, with no fakes.</summary>
internal static class EndToEndHost
{
    public static Task<RunningHost> StartAsync(string? dataDirectory = null, TextWriter? demoOutput = null) =>
        StartOnAsync(["--CC:Storage:Provider=LiteDb"], dataDirectory, demoOutput);

    /// <summary>The same on the store the <paramref name="storage"/> arguments choose (PostgreSQL for the tests that need it).</summary>
    public static Task<RunningHost> StartOnAsync(string[] storage, string? dataDirectory = null, TextWriter? demoOutput = null) =>
        RunningHost.StartAsync(dataDirectory, builder =>
        {
            builder.Services.AddSingleton<ITokenAuthenticator, AgentTokens>();
            builder.Services.Replace(ServiceDescriptor.Singleton(new DemoOutput(demoOutput ?? TextWriter.Null)));
        }, [.. storage, "--demo"]);
}
