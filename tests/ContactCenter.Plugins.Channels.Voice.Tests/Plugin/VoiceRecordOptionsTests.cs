using ContactCenter.Plugins.Channels.Voice.Plugin;
using Microsoft.Extensions.Configuration;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Plugin;

/// <summary>
/// Which calls are recorded: <c>record</c> for all, <c>recordLines</c> by dialled line over it, <c>recordQueues</c> by
/// queue over both; anything but true/false is refused naming the setting.
/// </summary>
public sealed class VoiceRecordOptionsTests
{
    [Theory]
    [InlineData(null, null, "autos", "q-autos", true)]
    [InlineData("false", null, "otra", "q-otra", false)]
    [InlineData("false", null, "autos", "q-otra", true)]
    [InlineData("false", "q-autos", "autos", "q-autos", true)]
    [InlineData(null, "q-autos", "salud", "q-salud", false)]
    [InlineData(null, "q-autos", "SALUD", "q-pagos", false)]
    [InlineData(null, "q-autos", "autos", "q-pagos", false)]
    [InlineData(null, "q-autos", "autos", null, true)]
    [InlineData(null, "q-autos", null, null, true)]
    public void Records_QueueOverLineOverGlobal(string? global, string? queueOn, string? line, string? queue, bool expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["recordLines:autos"] = "true",
            ["recordLines:salud"] = "false",
            ["recordQueues:q-pagos"] = "false",
        };
        if (global is not null)
        {
            settings["record"] = global;
        }

        if (queueOn is not null)
        {
            settings[$"recordQueues:{queueOn}"] = "true";
        }

        var options = VoiceOptions.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

        Assert.Equal(expected, options.Records(line, queue));
    }

    [Theory]
    [InlineData("recordLines:autos", "yes", "Voice: recordLines.autos 'yes' must be true or false.")]
    [InlineData("recordQueues:q-pagos", "0", "Voice: recordQueues.q-pagos '0' must be true or false.")]
    [InlineData("record", "sometimes", "Voice: record 'sometimes' must be true or false.")]
    public void Records_NotABoolean_RefusedNamingTheSetting(string key, string value, string message)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new KeyValuePair<string, string?>(key, value)]).Build();

        var error = Assert.Throws<InvalidOperationException>(() => VoiceOptions.From(configuration));

        Assert.Equal(message, error.Message);
    }
}
