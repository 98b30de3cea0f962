using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Host.Identity.Passkeys;

/// <summary>
/// Which origin a passkey answer must come from: this host's own (the scheme and host the request was made to), never
/// from a frame of another site. Identity's default compares with the request's <c>Origin</c> header, but the identity
/// pages send <c>Referrer-Policy: no-referrer</c>, under which browsers post forms with <c>Origin: null</c>. A phishing
/// site cannot pass either way: the browser writes its real origin into the signed client data, and the authenticator
/// signs only for the relying party id it was registered with.
/// </summary>
internal static class PasskeyOrigins
{
    public const string Section = "CC:Identity:Passkeys";

    public static ValueTask<bool> ValidateAsync(PasskeyOriginValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        var own = $"{request.Scheme}://{request.Host.Value}";
        return ValueTask.FromResult(!context.CrossOrigin && context.TopOrigin is null
            && string.Equals(context.Origin, own, StringComparison.OrdinalIgnoreCase));
    }
}
