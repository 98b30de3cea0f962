using System.Globalization;
using System.Security.Cryptography;
using OtpNet;

namespace ContactCenter.Kernel.Identity.Mfa;

/// <summary>
/// RFC 6238 time-based one-time passwords (Otp.NET): 30-second steps, one step of clock drift either way, and the
/// step of the last accepted code remembered by the caller so a code cannot be used twice.
/// </summary>
public sealed class TotpAuthenticator
{
    private static readonly VerificationWindow Drift = new(previous: 1, future: 1);
    private readonly OtpHashMode _mode;
    private readonly int _digits;

    /// <summary>Creates an authenticator.</summary>
    /// <param name="algorithm">SHA1 (what authenticator apps use), SHA256 or SHA512.</param>
    /// <param name="digits">Code length, 6 to 8.</param>
    public TotpAuthenticator(HashAlgorithmName algorithm, int digits = 6)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 6);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 8);
        _mode = algorithm.Name switch
        {
            "SHA1" => OtpHashMode.Sha1,
            "SHA256" => OtpHashMode.Sha256,
            "SHA512" => OtpHashMode.Sha512,
            _ => throw new ArgumentException($"TOTP supports SHA1, SHA256 and SHA512, not {algorithm.Name}.", nameof(algorithm)),
        };
        _digits = digits;
    }

    /// <summary>The step length in seconds.</summary>
    public const int StepSeconds = 30;

    /// <summary>A new random shared key of 20 bytes (160 bits, as RFC 4226 recommends).</summary>
    /// <returns>The key.</returns>
    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(20);

    /// <summary>The code for <paramref name="time"/>.</summary>
    /// <param name="key">The shared key.</param>
    /// <param name="time">The instant.</param>
    /// <returns>The code, zero-padded.</returns>
    public string Compute(byte[] key, DateTimeOffset time) =>
        new Totp(key, StepSeconds, _mode, _digits).ComputeTotp(time.UtcDateTime);

    /// <summary>
    /// Checks <paramref name="code"/> at <paramref name="time"/>, allowing one step of drift; refuses a code whose step is
    /// not after <paramref name="lastUsedStep"/> (replay).
    /// </summary>
    /// <param name="key">The shared key.</param>
    /// <param name="code">What the user typed (spaces ignored).</param>
    /// <param name="time">Now.</param>
    /// <param name="lastUsedStep">The step of the last code accepted for this user, if any.</param>
    /// <returns>The step matched (store it as the new <paramref name="lastUsedStep"/>), or <see langword="null"/> when refused.</returns>
    public long? Verify(byte[] key, string code, DateTimeOffset time, long? lastUsedStep)
    {
        ArgumentNullException.ThrowIfNull(key);
        var digits = (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (digits.Length != _digits || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        var totp = new Totp(key, StepSeconds, _mode, _digits);
        return totp.VerifyTotp(time.UtcDateTime, digits, out var step, Drift) && (lastUsedStep is null || step > lastUsedStep) ? step : null;
    }

    /// <summary>The <c>otpauth://</c> URI an authenticator app scans (Key Uri Format), for the enrolment QR code.</summary>
    /// <param name="issuer">The service name shown in the app.</param>
    /// <param name="account">The user's name or e-mail.</param>
    /// <param name="key">The shared key.</param>
    /// <returns>The URI.</returns>
    public string EnrolmentUri(string issuer, string account, byte[] key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(issuer);
        ArgumentException.ThrowIfNullOrWhiteSpace(account);
        var label = Uri.EscapeDataString(issuer) + ":" + Uri.EscapeDataString(account);
        var algorithm = _mode switch { OtpHashMode.Sha256 => "SHA256", OtpHashMode.Sha512 => "SHA512", _ => "SHA1" };
        return string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{label}?secret={Base32Encoding.ToString(key).TrimEnd('=')}&issuer={Uri.EscapeDataString(issuer)}&algorithm={algorithm}&digits={_digits}&period={StepSeconds}");
    }
}
