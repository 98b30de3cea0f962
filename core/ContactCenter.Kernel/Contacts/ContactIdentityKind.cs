namespace ContactCenter.Kernel.Contacts;

/// <summary>The kinds of contact identity the kernel can look up.</summary>
public enum ContactIdentityKind
{
    /// <summary>A phone number, stored in E.164.</summary>
    Phone = 0,

    /// <summary>An email address, stored lower-cased.</summary>
    Email = 1,
}
