namespace ContactCenter.Kernel.Identity.Bootstrap;

/// <summary>
/// The first administrator (<c>CC:Bootstrap</c>, e.g. <c>CC__Bootstrap__AdminPassword</c>). Used only when no
/// administrator exists; without a password one is generated and written to
/// <c>{DataDirectory}/secrets/bootstrap-admin.txt</c> (mode 0600), never logged.
/// </summary>
public sealed class BootstrapOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CC:Bootstrap";

    /// <summary>The administrator's e-mail address; it is also the user name when given.</summary>
    public string? AdminEmail { get; set; }

    /// <summary>The administrator's password (must pass the password policy); generated when absent.</summary>
    public string? AdminPassword { get; set; }
}
