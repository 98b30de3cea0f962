using SmtpServer.Protocol;

namespace ContactCenter.Plugins.Channels.Email.Listener;

/// <summary>The listener's own replies, with enhanced status codes (RFC 3463), in Spanish and English (ASCII: SMTP replies are).</summary>
internal static class SmtpReplies
{
    public static SmtpResponse Stored { get; } = new(SmtpReplyCode.Ok, "2.0.0 Guardado / Stored");

    public static SmtpResponse UnknownMailbox { get; } =
        new(SmtpReplyCode.MailboxUnavailable, "5.1.1 No es un buzon de este servidor / Not a mailbox here");

    public static SmtpResponse TooBig(int limit) =>
        new(SmtpReplyCode.SizeLimitExceeded, $"5.3.4 El mensaje supera {limit} bytes / Message over {limit} bytes");

    public static SmtpResponse NotStored { get; } =
        new((SmtpReplyCode)451, "4.3.0 No se pudo guardar; reintente / Could not be stored, try again later");

    public static SmtpResponse TlsFirst { get; } =
        new((SmtpReplyCode)530, "5.7.0 Primero STARTTLS / Must issue a STARTTLS command first");

    public static SmtpResponse TooManyConnections { get; } =
        new((SmtpReplyCode)421, "4.7.0 Demasiadas conexiones desde su direccion / Too many connections from your address");

    public static SmtpResponse TooManyMessages { get; } =
        new((SmtpReplyCode)450, "4.7.1 Demasiados mensajes por minuto; reintente / Too many messages per minute, try later");

    /// <summary>A permanent refusal by the ingestion rules; the reason is cut to one printable-ASCII line.</summary>
    public static SmtpResponse Refused(string reason)
    {
        var line = new string([.. reason.Select(c => c is >= ' ' and <= '~' ? c : '?')]);
        return new(SmtpReplyCode.TransactionFailed, $"5.6.0 Rechazado / Refused: {(line.Length > 200 ? line[..200] : line)}");
    }
}
