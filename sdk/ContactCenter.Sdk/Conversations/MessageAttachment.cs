namespace ContactCenter.Sdk.Conversations;

/// <summary>A stored attachment of a message (the bytes are read through the conversation service).</summary>
/// <param name="Id">The attachment id, unique within its conversation.</param>
/// <param name="FileName">The sanitised file name.</param>
/// <param name="ContentType">The checked media type.</param>
/// <param name="Length">Its length in bytes.</param>
public sealed record MessageAttachment(string Id, string FileName, string ContentType, long Length);
