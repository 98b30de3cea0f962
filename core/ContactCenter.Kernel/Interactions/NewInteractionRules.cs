using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Kernel.Interactions;

/// <summary>Checks a creation request, listing every problem, before anything is written.</summary>
internal static class NewInteractionRules
{
    public const int MaxExternalIdLength = 200;
    public const int MaxNameLength = 100;
    public const int MaxSubjectLength = 500;
    public const int MaxAttributes = 50;
    public const int MaxAttributeValueLength = 1000;

    public static async ValueTask ValidateAsync(DirectoryRepositories directory, string? channelPluginId, NewInteraction? request, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            throw new InvalidRequestException("request", "The interaction is missing.");
        }

        var errors = new ValidationErrors();
        errors.Require(Enum.IsDefined(request.Channel), "channel", $"Unknown channel kind {(int)request.Channel}.");
        errors.Require(Enum.IsDefined(request.Direction), "direction", $"Unknown direction {(int)request.Direction}.");
        errors.Require(channelPluginId is null || channelPluginId.Length is > 0 and <= MaxNameLength, "channelPluginId", $"Must be 1 to {MaxNameLength} characters.");
        errors.Require(request.ChannelName is null || request.ChannelName.Length is > 0 and <= MaxNameLength, "channelName", $"Must be 1 to {MaxNameLength} characters.");
        errors.Require(request.ExternalId is null || (request.ExternalId.Length is > 0 and <= MaxExternalIdLength && !request.ExternalId.Any(char.IsControl)),
            "externalId", $"Must be 1 to {MaxExternalIdLength} characters without control characters.");
        errors.Require((request.Subject?.Length ?? 0) <= MaxSubjectLength, "subject", $"Limited to {MaxSubjectLength} characters.");
        var attributes = request.Attributes ?? new Dictionary<string, string>();
        errors.Require(attributes.Count <= MaxAttributes, "attributes", $"At most {MaxAttributes} attributes.");
        errors.Require(attributes.All(a => a.Key.Length is > 0 and <= MaxNameLength && (a.Value?.Length ?? 0) <= MaxAttributeValueLength), "attributes",
            $"Attribute names must be 1 to {MaxNameLength} characters and values at most {MaxAttributeValueLength}.");
        if (request.ServiceLineId is { } line)
        {
            await DirectoryRepositories.CheckExistAsync(directory.ServiceLines, [line], "service line", "serviceLineId", errors, cancellationToken)
                .ConfigureAwait(false);
        }

        errors.ThrowIfAny();
    }
}
