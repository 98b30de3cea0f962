using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Audit;

/// <summary>Checks <see cref="AuditOptions"/> at start-up, naming every wrong key at once.</summary>
internal sealed class AuditOptionsValidator : IValidateOptions<AuditOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditOptions options)
    {
        var errors = new List<string>();
        if (options.CheckpointEvery is < 1 or > 100_000)
        {
            errors.Add(FormattableString.Invariant($"{AuditOptions.Section}:CheckpointEvery must be from 1 to 100000 (was {options.CheckpointEvery})."));
        }

        if (options.CheckpointIntervalSeconds is < 1 or > 86_400)
        {
            errors.Add(FormattableString.Invariant($"{AuditOptions.Section}:CheckpointIntervalSeconds must be from 1 to 86400 (was {options.CheckpointIntervalSeconds})."));
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
