using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Conversations;

/// <summary>Field limits and checks shared by ingestion and the agent verbs; a bad field names itself and stores nothing.</summary>
internal static class ConversationLimits
{
    public const int MaxTextLength = 4096;
    public const int MaxSourceIdLength = 200;
    public const int MaxChannelNameLength = 64;

    public static void Text(IDictionary<string, string[]> errors, string? text, bool optional = false, string field = "text")
    {
        if (optional && string.IsNullOrEmpty(text))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            errors[field] = ["Required."];
        }
        else if (text.Length > MaxTextLength)
        {
            errors[field] = [$"At most {MaxTextLength} characters."];
        }
        else if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors[field] = ["Control characters other than line breaks and tabs are not allowed."];
        }
    }

    public static void SourceId(IDictionary<string, string[]> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = ["Required."];
        }
        else if (value.Length > MaxSourceIdLength || value.Any(char.IsControl))
        {
            errors[field] = [$"1 to {MaxSourceIdLength} characters without control characters."];
        }
    }

    public static void ChannelName(IDictionary<string, string[]> errors, string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxChannelNameLength
            || !value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_'))
        {
            errors["channelName"] = [$"1 to {MaxChannelNameLength} lower-case letters, digits, '-' or '_'."];
        }
    }

    public static void ThrowIfAny(Dictionary<string, string[]> errors)
    {
        if (errors.Count > 0)
        {
            throw new InvalidRequestException(errors);
        }
    }
}
