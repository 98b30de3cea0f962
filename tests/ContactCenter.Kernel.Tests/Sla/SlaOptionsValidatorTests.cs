using ContactCenter.Kernel.Sla;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Tests.Sla;

public sealed class SlaOptionsValidatorTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-0.5)]
    [InlineData(99.97)]
    [InlineData(double.NaN)]
    public void Validate_TargetOutsideZeroToOne_FailsNamingTheKey(double target)
    {
        var result = new SlaOptionsValidator().Validate(null, new SlaOptions { Target = target });

        Assert.True(result.Failed);
        Assert.Contains("CC:Sla:Target", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(new SlaOptionsValidator().Validate(null, new SlaOptions()).Succeeded);
        Assert.Equal(3, new SlaOptions().EffectiveRules.Count);
    }

    [Fact]
    public void Validate_BadRuleAndIntervals_ListsEveryProblem()
    {
        var options = new SlaOptions
        {
            ProbeInterval = TimeSpan.FromMinutes(2),
            BurnRateRules = [new BurnRateRule { Severity = "page", LongWindow = TimeSpan.FromMinutes(5), ShortWindow = TimeSpan.FromHours(1), Threshold = 2 }],
        };

        var result = new SlaOptionsValidator().Validate(null, options);

        Assert.Contains("CC:Sla:ProbeInterval", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("CC:Sla:BurnRateRules:0", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSlaHeartbeat_TargetFromConfiguration_ValidatedWhenOptionsAreRead()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["CC:Sla:Target"] = "1.5" }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSlaHeartbeat(configuration);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SlaOptions>>().Value);

        Assert.Contains("CC:Sla:Target", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddSlaHeartbeat_RulesFromConfiguration_ReplaceTheDefaults()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CC:Sla:BurnRateRules:0:Severity"] = "ticket",
            ["CC:Sla:BurnRateRules:0:LongWindow"] = "1.00:00:00",
            ["CC:Sla:BurnRateRules:0:ShortWindow"] = "02:00:00",
            ["CC:Sla:BurnRateRules:0:Threshold"] = "3",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSlaHeartbeat(configuration);
        using var provider = services.BuildServiceProvider();

        var rules = provider.GetRequiredService<IOptions<SlaOptions>>().Value.EffectiveRules;

        var rule = Assert.Single(rules);
        Assert.Equal(("ticket", TimeSpan.FromDays(1), TimeSpan.FromHours(2), 3.0), (rule.Severity, rule.LongWindow, rule.ShortWindow, rule.Threshold));
    }
}
