namespace ContactCenter.Sdk.Domain;

/// <summary>The sort of address a <see cref="ChannelIdentity"/> holds.</summary>
public enum ChannelIdentityKind
{
    /// <summary>A phone number in E.164.</summary>
    Phone = 0,

    /// <summary>A normalised email address.</summary>
    Email = 1,

    /// <summary>A WhatsApp id (wa_id).</summary>
    WhatsApp = 2,

    /// <summary>A web visitor id, verified by HMAC when the visitor signed in.</summary>
    WebVisitor = 3,

    /// <summary>A social network account id.</summary>
    Social = 4,
}
