using ContactCenter.Kernel.Contacts;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Conversations;

/// <summary>Contacts by a phone number the channel proved (a WhatsApp sender): exact E.164 matches only, never by name.</summary>
internal sealed partial class ConversationService
{
    private static bool IsE164(string phone) =>
        phone.Length is >= 9 and <= 16 && phone[0] == '+' && phone[1] != '0' && phone.Skip(1).All(char.IsAsciiDigit);

    /// <summary>The contact with exactly that number (oldest first), a new one with it, or null when the directory does not take the number.</summary>
    private async ValueTask<string?> ResolveByPhoneAsync(string phone, string? name, CancellationToken cancellationToken)
    {
        IReadOnlyList<Contact> known;
        try
        {
            known = await contacts.FindByPhoneAsync(phone, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidRequestException)
        {
            // Shaped like E.164 but not a number libphonenumber knows: the message is still taken, without a phone identity.
            return null;
        }

        if (known.Count > 0)
        {
            return known.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal).First().Id;
        }

        var display = string.IsNullOrWhiteSpace(name) ? phone : name.Trim();
        var created = await contacts.CreateAsync(new ContactRequest(display[..Math.Min(display.Length, 200)], Phones: [phone]), cancellationToken).ConfigureAwait(false);
        return created.Id;
    }
}
