using System.Globalization;
using ContactCenter.Plugins.Channels.Email.Plugin;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

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

    private static readonly (Template Es, Template En) Defaults = (Template.Parse(DefaultEs, "default signatureEs"), Template.Parse(DefaultEn, "default signatureEn"));

    private readonly Template? _es;
    private readonly Template? _en;

    private SignatureTemplates(Template? es, Template? en)
    {
        _es = es;
        _en = en;
    }

    /// <summary>The mailbox's signature templates.</summary>
    /// <exception cref="InvalidOperationException">A configured template does not parse (the message names the setting).</exception>
    public static SignatureTemplates For(MailboxBinding mailbox, EmailOptions options)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(options);
        return new SignatureTemplates(
            mailbox.SignatureEs is { } ownEs ? Parse(ownEs, $"mailboxes[{mailbox.Channel}].signatureEs") : Parse(options.SignatureEs, "signatureEs"),
            mailbox.SignatureEn is { } ownEn ? Parse(ownEn, $"mailboxes[{mailbox.Channel}].signatureEn") : Parse(options.SignatureEn, "signatureEn"));
    }

    /// <summary>
    /// The signature for a reply by <paramref name="agentName"/> (empty when unknown). When the configured templates
    /// fail to render, the defaults are rendered instead and <paramref name="fellBack"/> says so (the caller logs it).
    /// </summary>
    public string Render(MailboxBinding mailbox, string agentName, out bool fellBack)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        var model = Model(mailbox, agentName);
        try
        {
            fellBack = false;
            return Join(Run(_es, model), Run(_en, model));
        }
        catch (ScriptRuntimeException)
        {
            fellBack = true;
        }
        catch (InvalidOperationException)
        {
            fellBack = true;
        }

        return Join(Run(Defaults.Es, model), Run(Defaults.En, model));
    }

    private static Template? Parse(string text, string setting)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var template = Template.Parse(text, setting);
        return template.HasErrors
            ? throw new InvalidOperationException(
                $"Email plugin: the signature template '{setting}' does not parse: {string.Join("; ", template.Messages.Select(m => m.Message))}")
            : template;
    }

    private static ScriptObject Model(MailboxBinding mailbox, string agentName) => new()
    {
        ["agent_name"] = agentName,
        ["mailbox_name"] = mailbox.DisplayName,
        ["mailbox_address"] = mailbox.Address,
        ["service_line"] = mailbox.ServiceLineId,
        ["channel"] = mailbox.Channel,
    };

    private static string Run(Template? template, ScriptObject model)
    {
        if (template is null)
        {
            return string.Empty;
        }

        // No template loader (include is refused), strict names (a typo is an error, not a silent blank), small limits.
        var context = new TemplateContext { TemplateLoader = null, StrictVariables = true, LoopLimit = 100, RecursiveLimit = 10 };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(model);
        return template.Render(context).Trim();
    }

    private static string Join(string es, string en) => string.Join("\n\n", new[] { es, en }.Where(s => s.Length > 0));
}
