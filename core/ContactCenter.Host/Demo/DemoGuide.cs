using System.Globalization;
using System.Text;

namespace ContactCenter.Host.Demo;

/// <summary>
/// The text demo mode prints once the host listens: what was seeded, where things are, and bash lines that take an
/// interaction through its whole life. English and Spanish for people; ids and commands as they are.
/// </summary>
internal static class DemoGuide
{
    public const string FileName = "demo-guide.txt";
    public const string TryHeading = "Try it in bash (curl and jq) / Pruébelo en bash (curl y jq):";

    private const string Rule = "==============================================================================";

    public static string Render(DemoSeedReport report, DemoGuideFacts facts)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(facts);
        var text = new StringBuilder();
        text.AppendLine(Rule)
            .AppendLine(" ContactCenter demo mode / modo demostración")
            .AppendLine(" Demo data, marked \"(demo)\": not for production. / Datos de demostración, marcados \"(demo)\": no son de producción.")
            .AppendLine(Rule)
            .AppendLine(Invariant($"Seeded / Sembrado: {report.Count(DemoSeedOutcome.Created)} created / creados, {report.Count(DemoSeedOutcome.Found)} found unchanged / ya existían, sin cambios."));
        foreach (var entry in report.Entries)
        {
            text.AppendLine(Invariant($"  {entry.Kind,-13} {entry.Id,-14} {Label(entry.Outcome),-8} {entry.Detail}"));
        }

        if (report.Notes.Count > 0)
        {
            text.AppendLine("Notes / Notas:");
            foreach (var note in report.Notes)
            {
                text.Append("  - ").AppendLine(note);
            }
        }

        text.AppendLine()
            .AppendLine(Invariant($"API reference / Referencia de la API:  {facts.BaseUrl}/scalar/v1"))
            .AppendLine(Invariant($"Admin token / Token de administrador:   {facts.TokenPath}"))
            .AppendLine(Invariant($"Events / Eventos:                      {facts.BaseUrl}/hubs/supervisor (SignalR; see docs/demo.md)"))
            .AppendLine(Invariant($"Tour / Recorrido:                      docs/demo.md; this guide / esta guía: {facts.GuidePath}"))
            .AppendLine(Invariant($"Web chat test pages / Páginas de prueba del chat web: {facts.BaseUrl}/demo (autos, salud, signed-in / con sesión)"))
            .AppendLine(facts.WhatsAppStandIn
                ? "WhatsApp (local Graph API stand-in / sustituto local): cc_api -X POST \"$CC/demo/whatsapp/messages\" -d '{\"from\":\"50688881234\",\"name\":\"Ana\",\"text\":\"Hola\"}'; replies / respuestas: cc_api \"$CC/demo/whatsapp/sent\""
                : "WhatsApp: stand-in off (CC__Demo__WhatsAppStandIn=false); the account is yours to set / la cuenta la configura usted")
            .AppendLine(Invariant($"CLI:                                   dotnet run --project core/ContactCenter.Cli -- plugins list --data-dir '{facts.DataDirectory}'"))
            .AppendLine()
            .AppendLine(TryHeading);
        foreach (var line in DemoTryScript.Lines(facts))
        {
            text.Append("  ").AppendLine(line);
        }

        return text.AppendLine().ToString();
    }

    private static string Label(DemoSeedOutcome outcome) => outcome switch
    {
        DemoSeedOutcome.Created => "created",
        DemoSeedOutcome.Found => "found",
        DemoSeedOutcome.Deleted => "deleted",
        _ => "REFUSED",
    };

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
