using ContactCenter.Plugins.Channels.Email.Plugin;
using Scriban.Runtime;

namespace ContactCenter.Plugins.Channels.Email.Outbound;

/// <summary>
/// One mailbox's auto-acknowledgement text, as two Scriban templates (Spanish then English) with the same rules and
/// fallback as the signatures: the mailbox's own <c>autoAckEs</c>/<c>autoAckEn</c> win over the plugin-wide ones, which
/// default to <see cref="DefaultEs"/> and <see cref="DefaultEn"/>; parsed at start-up (a template that does not parse
/// stops the plugin naming the setting); a rendering error sends the defaults. Variables: <c>customer_name</c>,
/// <c>subject</c>, <c>reference</c> (the conversation's id), <c>response_hours</c>, <c>mailbox_name</c>,
/// <c>mailbox_address</c>, <c>service_line</c> and <c>channel</c>.
/// </summary>
internal sealed class AutoAckTemplates
{
    public const string DefaultEs =
        "Hola{{ if customer_name != \"\" }} {{ customer_name }}{{ end }}:\n\n"
        + "Recibimos su mensaje{{ if subject != \"\" }} «{{ subject }}»{{ end }}. Su referencia es {{ reference }}.\n"
        + "Le responderemos en un plazo de {{ response_hours }} horas. Si quiere añadir algo, responda a este correo.\n\n"
        + "Este es un mensaje automático de {{ mailbox_name }}.";

    public const string DefaultEn =
        "Hello{{ if customer_name != \"\" }} {{ customer_name }}{{ end }},\n\n"
        + "We received your message{{ if subject != \"\" }} \"{{ subject }}\"{{ end }}. Your reference is {{ reference }}.\n"
        + "We will answer within {{ response_hours }} hours. To add anything, reply to this mail.\n\n"
        + "This is an automatic message from {{ mailbox_name }}.";

    private readonly BilingualTemplate _template;

    private AutoAckTemplates(BilingualTemplate template) => _template = template;

    /// <exception cref="InvalidOperationException">A configured template does not parse (the message names the setting).</exception>
    public static AutoAckTemplates For(MailboxBinding mailbox, EmailOptions options)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(options);
        return new AutoAckTemplates(BilingualTemplate.ForMailbox("auto-acknowledgement", "autoAck", mailbox.Channel, (mailbox.AutoAckEs, mailbox.AutoAckEn),
            (options.AutoAckEs, options.AutoAckEn), (DefaultEs, DefaultEn)));
    }

    /// <summary>The acknowledgement's text; <paramref name="fellBack"/> says the defaults were rendered instead (the caller logs it).</summary>
    public string Render(MailboxBinding mailbox, int responseHours, string customerName, string subject, string reference, out bool fellBack)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        return _template.Render(new ScriptObject
        {
            ["customer_name"] = customerName,
            ["subject"] = subject,
            ["reference"] = reference,
            ["response_hours"] = responseHours,
            ["mailbox_name"] = mailbox.DisplayName,
            ["mailbox_address"] = mailbox.Address,
            ["service_line"] = mailbox.ServiceLineId,
            ["channel"] = mailbox.Channel,
        }, out fellBack);
    }
}
