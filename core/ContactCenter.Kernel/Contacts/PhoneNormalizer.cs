using Microsoft.Extensions.Options;
using PhoneNumbers;

namespace ContactCenter.Kernel.Contacts;

/// <summary>
/// Phone numbers to E.164 with libphonenumber: <c>+506 8888-1234</c>, <c>(506) 8888 1234</c> with a <c>+</c>, and the
/// national <c>88881234</c> in the default region all become <c>+50688881234</c>. Numbers that are not valid for their
/// region are refused rather than guessed at.
/// </summary>
internal sealed class PhoneNormalizer(IOptions<ContactOptions> options)
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public bool TryNormalize(string? input, out string e164)
    {
        e164 = string.Empty;
        if (string.IsNullOrWhiteSpace(input) || input.Length > 64)
        {
            return false;
        }

        try
        {
            var number = Util.Parse(input, options.Value.DefaultRegion.ToUpperInvariant());
            if (!Util.IsValidNumber(number))
            {
                return false;
            }

            e164 = Util.Format(number, PhoneNumberFormat.E164);
            return true;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    /// <summary>Whether <paramref name="region"/> is a region libphonenumber knows (checked at start-up).</summary>
    public static bool IsKnownRegion(string? region) => region is { Length: 2 } && Util.GetSupportedRegions().Contains(region.ToUpperInvariant());
}
