namespace ContactCenter.Kernel.Contacts;

/// <summary>Configuration section <c>CC:Contacts</c>.</summary>
public sealed class ContactOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CC:Contacts";

    /// <summary>The ISO 3166 region national phone numbers are read in, e.g. <c>CR</c> (Costa Rica). Default <c>US</c>.</summary>
    public string DefaultRegion { get; set; } = "US";
}
