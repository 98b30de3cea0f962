using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Conversations;

/// <summary>The conversation is not in a state that allows the change (closed, for example). Nothing changed; the host answers 409.</summary>
public sealed class ConversationConflictException : ContactCenterException
{
    /// <summary>Creates the error.</summary>
    /// <param name="errorCode">A stable code, for example <c>conversation.closed</c>.</param>
    /// <param name="message">What was refused and why.</param>
    public ConversationConflictException(string errorCode, string message)
        : base(errorCode, message)
    {
    }
}
