using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Contacts;

/// <summary>Checks <c>CC:Contacts</c> at start-up.</summary>
internal sealed class ContactOptionsValidator : IValidateOptions<ContactOptions>
{
    public ValidateOptionsResult Validate(string? name, ContactOptions options) => PhoneNormalizer.IsKnownRegion(options.DefaultRegion)
        ? ValidateOptionsResult.Success
        : ValidateOptionsResult.Fail($"{ContactOptions.Section}:DefaultRegion: '{options.DefaultRegion}' is not an ISO 3166 region known to libphonenumber (e.g. CR, US, ES).");
}
