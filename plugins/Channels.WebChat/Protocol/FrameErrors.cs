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
    public const string SessionRequired = "session-required";
    public const string ConversationClosed = "conversation-closed";
    public const string FileEmpty = "file-empty";
    public const string FileTooLarge = "file-too-large";
    public const string FileRefused = "file-refused";
    public const string FileNotFound = "file-not-found";
    public const string ConversationNotFound = "conversation-not-found";
    public const string TranscriptUnavailable = "transcript-unavailable";
    public const string TranscriptLimit = "transcript-limit";
    public const string TranscriptFailed = "transcript-failed";
    public const string EmailInvalid = "email-invalid";

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
        [SessionRequired] = ("Su sesión de chat no es válida; vuelva a abrir el chat.", "Your chat session is not valid; please open the chat again."),
        [ConversationClosed] = ("La conversación no está abierta; escriba un mensaje antes de adjuntar un archivo.", "The conversation is not open; write a message before attaching a file."),
        [FileEmpty] = ("El archivo está vacío; no se guardó nada.", "The file is empty; nothing was stored."),
        [FileTooLarge] = ("El archivo es demasiado grande; no se guardó nada.", "The file is too large; nothing was stored."),
        [FileRefused] = ("No podemos aceptar este archivo (tipo o tamaño no permitido); no se guardó nada.", "We cannot accept this file (type or size not allowed); nothing was stored."),
        [FileNotFound] = ("El archivo no existe o ya no está disponible.", "The file does not exist or is no longer available."),
        [ConversationNotFound] = ("No encontramos esa conversación en este chat.", "We could not find that conversation in this chat."),
        [TranscriptUnavailable] = ("El envío de la transcripción por correo no está disponible.", "Sending the transcript by email is not available."),
        [TranscriptLimit] = ("Ya enviamos la transcripción de esta conversación el máximo de veces.", "The transcript of this conversation was already sent the maximum number of times."),
        [TranscriptFailed] = ("No pudimos enviar el correo; inténtelo de nuevo más tarde.", "We could not send the email; please try again later."),
        [EmailInvalid] = ("Escriba una dirección de correo válida, por ejemplo nombre@ejemplo.com.", "Enter a valid email address, for example name@example.com."),
    };

    public static string Text(string code, string lang) =>
        Texts.TryGetValue(code, out var text) ? (lang == "en" ? text.En : text.Es) : code;
}
