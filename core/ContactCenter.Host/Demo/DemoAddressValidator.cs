using ContactCenter.Host.Configuration;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Demo;

/// <summary>
/// Refuses demo mode on an address beyond loopback unless forced: demo data has well-known names and the guide
/// invites anyone to drive it, so it must not be reachable from the network by accident.
/// </summary>
internal sealed class DemoAddressValidator(IOptions<UrlOptions> urls) : IValidateOptions<DemoOptions>
{
    public const string ForceHint = "Listen on loopback (e.g. --urls https://127.0.0.1:8443), or pass --demo-force (CC__Demo__AllowRemote=true) to expose the demo anyway.";

    public ValidateOptionsResult Validate(string? name, DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled || options.AllowRemote)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        foreach (var url in urls.Value.Urls.Where(u => !LoopbackAddresses.IsLoopback(u)))
        {
            failures.Add(Refusal($"urls (--urls, ASPNETCORE_URLS) has '{url}'"));
        }

        foreach (var (key, url) in urls.Value.KestrelEndpoints.Where(e => !LoopbackAddresses.IsLoopback(e.Value)))
        {
            failures.Add(Refusal($"{key} is '{url}'"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Refusal(string where) =>
        $"CC:Demo:AllowRemote: demo mode (--demo) listens on loopback only, but {where}, which is not a loopback address. {ForceHint}";
}
