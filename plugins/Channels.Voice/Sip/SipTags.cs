using System.Security.Cryptography;

namespace ContactCenter.Plugins.Channels.Voice.Sip;

/// <summary>Random tags and branches (RFC 3261 §19.3: at least 32 bits of randomness).</summary>
internal static class SipTags
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public static string NewBranch() => "z9hG4bK" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10));
}
