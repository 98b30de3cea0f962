using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.CenterDirectory;

/// <summary>Checks the English and Spanish names every user-facing directory entry carries.</summary>
internal static class LocalizedNames
{
    public static void Check(ValidationErrors errors, LocalizedText? name)
    {
        errors.Require(!string.IsNullOrWhiteSpace(name?.En), "name.en", "The English name is required.");
        errors.Require(!string.IsNullOrWhiteSpace(name?.Es), "name.es", "The Spanish name is required.");
    }
}
