namespace ContactCenter.Sdk.Domain;

/// <summary>The part a participant plays in an interaction.</summary>
public enum ParticipantRole
{
    /// <summary>The insurer's customer.</summary>
    Customer = 0,

    /// <summary>A contact-center agent.</summary>
    Agent = 1,

    /// <summary>A supervisor monitoring or coaching.</summary>
    Supervisor = 2,

    /// <summary>An IVR or bot.</summary>
    Bot = 3,

    /// <summary>A third party outside the contact center (conference, consultation).</summary>
    External = 4,
}
