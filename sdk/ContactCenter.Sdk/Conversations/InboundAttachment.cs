namespace ContactCenter.Sdk.Conversations;

/// <summary>
/// A file a customer sent with a message, as the channel received it. The kernel checks it (type on an allow-list,
/// content matching the type for images and PDF, size limit per type, not empty), sanitises the file name and stores
/// the bytes encrypted; a bad file refuses the whole message and nothing is stored.
/// </summary>
public sealed record InboundAttachment
{
    /// <summary>The file name as given (sanitised by the kernel: no path, no control or reserved characters).</summary>
    public string? FileName { get; init; }

    /// <summary>The media type as declared by the channel (<c>image/jpeg</c>, <c>application/pdf</c>…); parameters are ignored.</summary>
    public required string ContentType { get; init; }

    /// <summary>The bytes.</summary>
    public required ReadOnlyMemory<byte> Content { get; init; }
}
