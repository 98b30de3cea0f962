using ContactCenter.Host.Demo.Directory;
using ContactCenter.Kernel.Dispositions;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Host.Demo.Dispositions;

/// <summary>
/// The demo insurer's disposition catalogue: reasons (marked as demo data) with categories and, for new claims, an
/// area per service line. Parents come before children, as the catalogue requires.
/// </summary>
internal static class DemoDispositionData
{
    public static IReadOnlyList<DispositionCode> Codes { get; } =
    [
        Code("siniestro", "Claim", "Siniestro", reason: true),
        Code("siniestro/parte-nuevo", "New claim", "Parte nuevo"),
        Code("siniestro/parte-nuevo/autos", "Car", "Autos", lines: ["autos"]),
        Code("siniestro/parte-nuevo/salud", "Health", "Salud", lines: ["salud"]),
        Code("siniestro/seguimiento", "Claim follow-up", "Seguimiento de siniestro", notes: true),
        Code("poliza", "Policy", "Póliza", reason: true),
        Code("poliza/cambio-datos", "Change of details", "Cambio de datos"),
        Code("poliza/renovacion", "Renewal", "Renovación"),
        Code("poliza/cancelacion", "Cancellation request", "Solicitud de cancelación", notes: true),
        Code("consulta", "Enquiry", "Consulta", reason: true),
        Code("consulta/cobertura", "Coverage", "Cobertura"),
        Code("consulta/asistencia-vial", "Roadside assistance", "Asistencia vial", lines: ["autos"]),
        Code("consulta/red-medica", "Medical network", "Red médica", lines: ["salud"]),
    ];

    private static DispositionCode Code(string code, string en, string es, bool reason = false, bool notes = false, string[]? lines = null) => new()
    {
        Code = code,
        Label = reason ? new LocalizedText($"{en} {DemoDirectoryData.Marker}", $"{es} {DemoDirectoryData.Marker}") : new LocalizedText(en, es),
        NotesRequired = notes,
        Scope = new DispositionScope { ServiceLineIds = lines ?? [] },
    };
}
