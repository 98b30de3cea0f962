using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Contacts;

/// <summary>Checks and normalises a <see cref="ContactRequest"/>, listing every problem before anything is written.</summary>
internal sealed class ContactRules(PhoneNormalizer phones)
{
    public const int MaxNameLength = 200;
    public const int MaxIdentities = 20;

    public bool NormalizePhone(string? phone, out string e164) => phones.TryNormalize(phone, out e164);

    public (string Name, IReadOnlyList<ContactIdentity> Identities) Normalize(ContactRequest? request)
    {
        if (request is null)
        {
            throw new InvalidRequestException("request", "The contact is missing.");
        }

        var errors = new ValidationErrors();
        var name = request.DisplayName?.Trim() ?? string.Empty;
        errors.Require(name.Length is > 0 and <= MaxNameLength && !name.Any(char.IsControl), "displayName", $"Must be 1 to {MaxNameLength} characters without control characters.");
        var identities = new List<ContactIdentity>();
        foreach (var (phone, i) in (request.Phones ?? []).Select((p, i) => (p, i)))
        {
            // The problem never echoes the value: it is personal data and may end up in logs.
            if (phones.TryNormalize(phone, out var e164))
            {
                identities.Add(new ContactIdentity(ContactIdentityKind.Phone, e164));
            }
            else
            {
                errors.Add($"phones[{i}]", "Not a valid phone number (international with +, or national in the default region).");
            }
        }

        foreach (var (email, i) in (request.Emails ?? []).Select((e, i) => (e, i)))
        {
            if (EmailNormalizer.TryNormalize(email, out var normalized))
            {
                identities.Add(new ContactIdentity(ContactIdentityKind.Email, normalized));
            }
            else
            {
                errors.Add($"emails[{i}]", "Not a valid email address.");
            }
        }

        errors.Require(identities.Count <= MaxIdentities, "identities", $"At most {MaxIdentities} phones and emails together.");
        errors.ThrowIfAny();
        return (name, identities.Distinct().ToArray());
    }
}
