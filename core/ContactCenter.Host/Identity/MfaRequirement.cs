using System.Net;
using ContactCenter.Host.Demo;
using ContactCenter.Host.Security.Identity;
using ContactCenter.Kernel.Identity.Users;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Identity;

/// <summary>
/// Whether a sign-in must pass MFA: always for an account that turned MFA on; for administrators and supervisors
/// (<see cref="MfaPolicy"/>); and for anyone signing in from outside the trusted networks. In demo mode, a sign-in
/// from loopback is not forced (issue 5: demo users try the product on their own machine).
/// </summary>
internal sealed class MfaRequirement
{
    private static readonly IPNetwork[] LoopbackOnly = [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")];
    private readonly IPNetwork[] _trusted;
    private readonly bool _demo;

    public MfaRequirement(IOptions<MfaOptions> options, IOptions<DemoOptions> demo)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(demo);
        _trusted = options.Value.TrustedNetworks.Count == 0 ? LoopbackOnly : [.. options.Value.TrustedNetworks.Select(n => IPNetwork.Parse(n.Trim()))];
        _demo = demo.Value.Enabled;
    }

    /// <summary>Whether <paramref name="user"/> signing in from <paramref name="address"/> must give a second factor.</summary>
    public bool Requires(UserAccount user, IPAddress? address)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.TwoFactorEnabled)
        {
            return true;
        }

        var ip = address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address;
        if (_demo && ip is not null && IPAddress.IsLoopback(ip))
        {
            return false;
        }

        return MfaPolicy.Requires(user) || ip is null || !_trusted.Any(n => n.Contains(ip));
    }

    /// <summary>Checks the configured networks parse (start-up refuses a bad one, naming the setting).</summary>
    public static IEnumerable<string> Problems(MfaOptions options) =>
        options.TrustedNetworks.Where(n => !IPNetwork.TryParse(n?.Trim(), out _))
            .Select(n => $"{MfaOptions.Section}:TrustedNetworks has '{n}', which is not a network in CIDR notation (e.g. 10.0.0.0/8).");
}
