using ContactCenter.Kernel.Contacts;

namespace ContactCenter.Kernel.Conversations;

/// <summary>Contacts by a phone number the channel proved (a WhatsApp sender): exact E.164 matches only, never by name.</summary>
internal sealed partial class ConversationService
{
    private static bool IsE164(string phone) =>
        phone.Length is >= 9 and <= 16 && phone[0] == '+' && phone[1] != '0' && phone.Skip(1).All(char.IsAsciiDigit);

    private async ValueTask<string> ResolveByPhoneAsync(string phone, string? name, CancellationToken cancellationToken)
    {
        var known = await contacts.FindByPhoneAsync(phone, cancellationToken).ConfigureAwait(false);
        if (known.Count > 0)
        {
            return known.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal).First().Id;
        }

        var display = string.IsNullOrWhiteSpace(name) ? phone : name.Trim();
        var created = await contacts.CreateAsync(new ContactRequest(display[..Math.Min(display.Length, 200)], Phones: [phone]), cancellationToken).ConfigureAwait(false);
        return created.Id;
    }
}
