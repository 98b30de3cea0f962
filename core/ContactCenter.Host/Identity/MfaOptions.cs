namespace ContactCenter.Host.Identity;

/// <summary>
/// Configuration section <c>CC:Identity:Mfa</c>: where a sign-in comes from decides whether it needs MFA. Administrators and
/// supervisors always need it; everyone else needs it when signing in from outside <see cref="TrustedNetworks"/>
/// (remote agents). Demo mode on loopback forces it on nobody.
/// </summary>
public sealed class MfaOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CC:Identity:Mfa";

    /// <summary>
    /// Networks in CIDR notation (<c>10.20.0.0/16</c>, <c>2001:db8::/32</c>) whose sign-ins need no MFA for roles that
    /// do not always need it. Default: loopback only, so that an unconfigured host asks every remote sign-in for MFA.
    /// </summary>
    public IList<string> TrustedNetworks { get; } = [];
}
