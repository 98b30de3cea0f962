namespace ContactCenter.Plugins.Channels.WebChat.Protocol;

/// <summary>The error codes of <c>error</c> frames, with the texts the visitor reads (Spanish and English).</summary>
internal static class FrameErrors
{
    public const string Malformed = "malformed";
    public const string UnknownType = "unknown-type";
    public const string Invalid = "invalid";
    public const string TooLarge = "frame-too-large";
    public const string RateLimited = "rate-limited";
    public const string HelloRequired = "hello-required";
    public const string Binary = "binary-not-supported";
    public const string UnknownInbox = "unknown-inbox";
    public const string IdentityInvalid = "identity-invalid";
    public const string Unavailable = "unavailable";

    private static readonly Dictionary<string, (string Es, string En)> Texts = new(StringComparer.Ordinal)
    {
        [Malformed] = ("El mensaje no es JSON válido; no se guardó nada.", "The frame is not valid JSON; nothing was stored."),
        [UnknownType] = ("Tipo de mensaje desconocido; no se guardó nada.", "Unknown frame type; nothing was stored."),
        [Invalid] = ("Falta un dato o no es válido; no se guardó nada.", "A field is missing or invalid; nothing was stored."),
        [TooLarge] = ("El mensaje es demasiado grande; no se guardó nada.", "The frame is too large; nothing was stored."),
        [RateLimited] = ("Está enviando mensajes muy rápido; espere un momento.", "You are sending messages too fast; please wait a moment."),
        [HelloRequired] = ("La conexión aún no está lista.", "The connection is not ready yet."),
        [Binary] = ("Solo se aceptan mensajes de texto.", "Only text frames are accepted."),
        [UnknownInbox] = ("Este chat no está disponible.", "This chat is not available."),
        [IdentityInvalid] = ("No pudimos verificar su sesión; continúe como visitante.", "We could not verify your sign-in; continuing as a guest."),
        [Unavailable] = ("El chat no está disponible en este momento; inténtelo de nuevo.", "The chat is unavailable right now; please try again."),
    };

    public static string Text(string code, string lang) =>
        Texts.TryGetValue(code, out var text) ? (lang == "en" ? text.En : text.Es) : code;
}
