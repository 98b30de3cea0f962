namespace ContactCenter.Plugins.Channels.Email.Outbound;

/// <summary>A file of an agent's reply, read from the kernel, to go into the mail as a MIME attachment.</summary>
/// <param name="FileName">The sanitised file name (any script: written with RFC 2231).</param>
/// <param name="ContentType">The checked media type.</param>
/// <param name="Content">Its bytes.</param>
internal sealed record MailAttachment(string FileName, string ContentType, byte[] Content);
