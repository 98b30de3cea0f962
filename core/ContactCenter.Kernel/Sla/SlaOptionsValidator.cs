using System.Globalization;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Sla;

/// <summary>Checks <see cref="SlaOptions"/> at start-up, naming every wrong key at once.</summary>
internal sealed class SlaOptionsValidator : IValidateOptions<SlaOptions>
{
    public ValidateOptionsResult Validate(string? name, SlaOptions options)
    {
        var errors = new List<string>();
        if (!(options.Target > 0 && options.Target < 1))
        {
            errors.Add(Invariant($"{SlaOptions.Section}:Target must be greater than 0 and less than 1, e.g. 0.9997 (was {options.Target})."));
        }

        if (options.ProbeInterval <= TimeSpan.Zero || options.ProbeInterval >= TimeSpan.FromMinutes(1))
        {
            errors.Add(Invariant($"{SlaOptions.Section}:ProbeInterval must be more than zero and less than a minute (was {options.ProbeInterval})."));
        }

        if (options.ProbeBudget <= TimeSpan.Zero || options.ProbeBudget > options.ProbeInterval)
        {
            errors.Add(Invariant($"{SlaOptions.Section}:ProbeBudget must be more than zero and at most ProbeInterval (was {options.ProbeBudget})."));
        }

        if (options.ReportTimeout <= TimeSpan.Zero)
        {
            errors.Add(Invariant($"{SlaOptions.Section}:ReportTimeout must be more than zero (was {options.ReportTimeout})."));
        }

        var rules = options.EffectiveRules;
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (string.IsNullOrWhiteSpace(rule.Severity) || rule.Threshold <= 0 || rule.ShortWindow <= TimeSpan.Zero
                || rule.ShortWindow >= rule.LongWindow || rule.LongWindow > TimeSpan.FromDays(30))
            {
                errors.Add(Invariant($"{SlaOptions.Section}:BurnRateRules:{i} needs a severity, a threshold above 0, and 0 < ShortWindow < LongWindow <= 30 days."));
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
