using System.Security.Cryptography;
using System.Text;

namespace ContactCenter.Plugins.Channels.WebChat.Sessions;

/// <summary>Session tokens: 128 random bits for the browser, stored only as a SHA-256.</summary>
internal static class SessionTokens
{
    public static string Create() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string Key(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    /// <summary>The guest thread of a session: derived from its key, so it names no one.</summary>
    public static string GuestThread(string key) => "s-" + key[..32];

    /// <summary>A verified visitor's thread: every session of the same visitor on the same inbox joins it.</summary>
    public static string VisitorThread(string visitorId) =>
        "v-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(visitorId)))[..40];
}
