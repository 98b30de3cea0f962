using System.Reflection;
using ContactCenter.Plugins.Channels.Voice.Plugin;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Plugin;

/// <summary>Log event ids name one event each: operators filter and alert on them.</summary>
public sealed class VoiceLogEventIdTests
{
    // Used by the host (OAuth bootstrap and pruning): a plugin log must not be mistaken for them.
    private static readonly int[] HostIds = [7101, 7102, 7103];

    [Fact]
    public void LoggerMessages_EveryEventIdUsedOnce_NoneOfTheHosts()
    {
        var ids = typeof(VoiceOptions).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(x => x.Attribute is not null)
            .Select(x => (x.Attribute!.EventId, Name: $"{x.Method.DeclaringType!.Name}.{x.Method.Name}"))
            .ToList();

        Assert.True(ids.Count > 40, $"only {ids.Count} logger messages found");
        var duplicates = ids.GroupBy(x => x.EventId).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Name))}");
        Assert.Empty(duplicates);
        Assert.Empty(ids.Where(x => HostIds.Contains(x.EventId)).Select(x => $"{x.EventId}: {x.Name}"));
        Assert.All(ids, x => Assert.InRange(x.EventId, 7000, 7299));
    }
}
