using ContactCenter.Plugins.Channels.Email.Plugin;
using Scriban.Runtime;

namespace ContactCenter.Plugins.Channels.Email.Outbound;

/// <summary>
/// One mailbox's reply signature, as two Scriban templates (Spanish then English, written one after the other below
/// the standard <c>-- </c> separator; an empty one is left out). A mailbox's own <c>signatureEs</c>/<c>signatureEn</c>
/// win over the plugin-wide ones, which default to <see cref="DefaultEs"/> and <see cref="DefaultEn"/>. Parsed once at
/// start-up: a template that does not parse stops the plugin with a message naming the setting. The variables are
/// <c>agent_name</c>, <c>mailbox_name</c>, <c>mailbox_address</c>, <c>service_line</c> and <c>channel</c>; a name
/// that does not exist is a rendering error, and a rendering error never sends a broken mail: the defaults are used.
/// </summary>
internal sealed class SignatureTemplates
{
    public const string DefaultEs = "Atentamente,\n{{ if agent_name != \"\" }}{{ agent_name }}\n{{ end }}Servicio al cliente";

    public const string DefaultEn = "Kind regards,\n{{ if agent_name != \"\" }}{{ agent_name }}\n{{ end }}Customer service";

    private readonly BilingualTemplate _template;

    private SignatureTemplates(BilingualTemplate template) => _template = template;

    /// <summary>The mailbox's signature templates.</summary>
    /// <exception cref="InvalidOperationException">A configured template does not parse (the message names the setting).</exception>
    public static SignatureTemplates For(MailboxBinding mailbox, EmailOptions options)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(options);
        return new SignatureTemplates(BilingualTemplate.ForMailbox("signature", "signature", mailbox.Channel, (mailbox.SignatureEs, mailbox.SignatureEn),
            (options.SignatureEs, options.SignatureEn), (DefaultEs, DefaultEn)));
    }

    /// <summary>
    /// The signature for a reply by <paramref name="agentName"/> (empty when unknown). When the configured templates
    /// fail to render, the defaults are rendered instead and <paramref name="fellBack"/> says so (the caller logs it).
    /// </summary>
    public string Render(MailboxBinding mailbox, string agentName, out bool fellBack)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        return _template.Render(new ScriptObject
        {
            ["agent_name"] = agentName,
            ["mailbox_name"] = mailbox.DisplayName,
            ["mailbox_address"] = mailbox.Address,
            ["service_line"] = mailbox.ServiceLineId,
            ["channel"] = mailbox.Channel,
        }, out fellBack);
    }
}
