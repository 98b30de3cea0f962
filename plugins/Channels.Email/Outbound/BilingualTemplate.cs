using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ContactCenter.Plugins.Channels.Email.Outbound;

/// <summary>
/// A text written as two Scriban templates, Spanish then English (an empty one is left out), with built-in defaults.
/// Parsed once at start-up: a template that does not parse throws with a message naming the setting. Rendering has no
/// template loader (<c>include</c> is refused), strict variable names (a misspelt name is an error, not a blank), a
/// loop limit of 100 and the invariant culture; when the configured templates fail to render, the defaults are.
/// </summary>
internal sealed class BilingualTemplate
{
    private readonly Template? _es;
    private readonly Template? _en;
    private readonly Template _defaultEs;
    private readonly Template _defaultEn;

    private BilingualTemplate(Template? es, Template? en, Template defaultEs, Template defaultEn)
    {
        (_es, _en, _defaultEs, _defaultEn) = (es, en, defaultEs, defaultEn);
    }

    /// <param name="kind">What the template is, for the parse error (<c>signature</c>, <c>auto-acknowledgement</c>).</param>
    /// <param name="es">The Spanish template and the setting it came from.</param>
    /// <param name="en">The English template and the setting it came from.</param>
    /// <param name="defaultEs">The built-in Spanish template.</param>
    /// <param name="defaultEn">The built-in English template.</param>
    /// <exception cref="InvalidOperationException">A configured template does not parse (the message names the setting).</exception>
    public static BilingualTemplate Create(string kind, (string Text, string Setting) es, (string Text, string Setting) en, string defaultEs, string defaultEn) =>
        new(Parse(kind, es.Text, es.Setting), Parse(kind, en.Text, en.Setting), Template.Parse(defaultEs, $"default {es.Setting}"),
            Template.Parse(defaultEn, $"default {en.Setting}"));

    /// <summary>
    /// A mailbox's templates for one setting (<c>{setting}Es</c>/<c>{setting}En</c>): its own when set, else the
    /// plugin-wide ones; a parse error names <c>mailboxes[{channel}].{setting}Es</c> or <c>{setting}Es</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">A configured template does not parse (the message names the setting).</exception>
    public static BilingualTemplate ForMailbox(string kind, string setting, string channel, (string? Es, string? En) own, (string Es, string En) shared,
        (string Es, string En) defaults) =>
        Create(kind,
            own.Es is { } es ? (es, $"mailboxes[{channel}].{setting}Es") : (shared.Es, $"{setting}Es"),
            own.En is { } en ? (en, $"mailboxes[{channel}].{setting}En") : (shared.En, $"{setting}En"),
            defaults.Es, defaults.En);

    /// <summary>Both languages rendered and joined by a blank line; <paramref name="fellBack"/> says the defaults were used instead.</summary>
    public string Render(ScriptObject model, out bool fellBack)
    {
        ArgumentNullException.ThrowIfNull(model);
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

        return Join(Run(_defaultEs, model), Run(_defaultEn, model));
    }

    private static Template? Parse(string kind, string text, string setting)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var template = Template.Parse(text, setting);
        return template.HasErrors
            ? throw new InvalidOperationException(
                $"Email plugin: the {kind} template '{setting}' does not parse: {string.Join("; ", template.Messages.Select(m => m.Message))}")
            : template;
    }

    private static string Run(Template? template, ScriptObject model)
    {
        if (template is null)
        {
            return string.Empty;
        }

        var context = new TemplateContext { TemplateLoader = null, StrictVariables = true, LoopLimit = 100, RecursiveLimit = 10 };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(model);
        return template.Render(context).Trim();
    }

    private static string Join(string es, string en) => string.Join("\n\n", new[] { es, en }.Where(s => s.Length > 0));
}
