namespace ContactCenter.Host.Demo.WebChat;

/// <summary>The test pages' words in one language (Spanish by default, English with <c>?lang=en</c>).</summary>
internal sealed record DemoPageText(
    string Lang,
    string Insurer,
    string Autos,
    string Salud,
    string Intro,
    string SignedInAs,
    string SignedInLink,
    string GuestLink,
    string Switch,
    string SwitchLang,
    string Footer,
    string IndexTitle,
    string IndexIntro)
{
    public static DemoPageText Es { get; } = new(
        "es",
        "Aseguradora Demo",
        "Seguros de automóvil",
        "Seguros de salud",
        "Página de prueba del modo demostración. Abra el chat con el botón de la esquina: su mensaje llega a la cola de esta línea y la atiende un agente de demostración.",
        "Sesión iniciada como {0} ({1}). El servidor de esta página firmó su identidad, así que el agente ve su historial.",
        "Ver como cliente con sesión iniciada",
        "Ver como visitante sin sesión",
        "English",
        "en",
        "Datos de demostración (demo): no es un sitio real.",
        "Páginas de prueba del modo demostración",
        "Cada página inserta el chat web con una sola etiqueta <script> y una política de seguridad de contenido estricta.");

    public static DemoPageText En { get; } = new(
        "en",
        "Demo Insurer",
        "Car insurance",
        "Health insurance",
        "Demo-mode test page. Open the chat with the button in the corner: your message reaches this line's queue and a demo agent answers it.",
        "Signed in as {0} ({1}). This page's server signed your identity, so the agent sees your history.",
        "View as a signed-in customer",
        "View as a guest visitor",
        "Español",
        "es",
        "Demo data (demo): not a real site.",
        "Demo-mode test pages",
        "Each page embeds the web chat with one <script> tag under a strict Content-Security-Policy.");

    /// <summary><c>en</c> gives English; anything else (or nothing) Spanish, the demo's first language.</summary>
    public static DemoPageText For(string? lang) => string.Equals(lang, "en", StringComparison.OrdinalIgnoreCase) ? En : Es;

    public string LineName(string line) => line == "salud" ? Salud : Autos;
}
