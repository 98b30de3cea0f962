using ContactCenter.Host.Security.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Benchmarks.Realtime;

/// <summary>What the real-time benchmarks add to the real host: their hub tokens, and errors only in the log so the figures stay readable.</summary>
internal static class BenchHostSetup
{
    public static void Configure(WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ITokenAuthenticator, BenchTokens>();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        // Orleans' placement retries while the demo seeds the directory before the silo is up are noise here.
        builder.Logging.AddFilter((category, level) => level >= LogLevel.Error && !(category ?? "").StartsWith("Orleans", StringComparison.Ordinal) && category != "Polly");
    }
}
