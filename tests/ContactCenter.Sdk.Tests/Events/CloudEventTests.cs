using System.Text.Json;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Json;

namespace ContactCenter.Sdk.Tests.Events;

public sealed class CloudEventTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 28, 10, 30, 0, TimeSpan.FromHours(-6));

    [Fact]
    public void Serialize_UsesCloudEventsJsonAttributeNames()
    {
        var options = ContactCenterJson.CreateOptions();
        var cloudEvent = CloudEvent.Create("cc.test.happened", "/kernel/test", "subject-1", At, new Payload("hola señor", 3), options);

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(cloudEvent, options));
        var root = json.RootElement;

        Assert.Equal("1.0", root.GetProperty("specversion").GetString());
        Assert.Equal("cc.test.happened", root.GetProperty("type").GetString());
        Assert.Equal("/kernel/test", root.GetProperty("source").GetString());
        Assert.Equal("subject-1", root.GetProperty("subject").GetString());
        Assert.Equal("application/json", root.GetProperty("datacontenttype").GetString());
        Assert.Equal(At, root.GetProperty("time").GetDateTimeOffset());
        Assert.Equal("hola señor", root.GetProperty("data").GetProperty("text").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("id").GetString()));
    }

    [Fact]
    public void GetData_RoundTripsThePayload()
    {
        var options = ContactCenterJson.CreateOptions();
        var cloudEvent = CloudEvent.Create("cc.test.happened", "/kernel/test", null, At, new Payload("ñandú", 7), options);

        var roundTripped = JsonSerializer.Deserialize<CloudEvent>(JsonSerializer.Serialize(cloudEvent, options), options)!;

        Assert.Equal(new Payload("ñandú", 7), roundTripped.GetData<Payload>(options));
    }

    [Fact]
    public void Create_GivesEachEventItsOwnId()
    {
        var options = ContactCenterJson.CreateOptions();

        var ids = Enumerable.Range(0, 100)
            .Select(i => CloudEvent.Create("cc.test", "/t", null, At, new Payload("x", i), options).Id)
            .ToHashSet();

        Assert.Equal(100, ids.Count);
    }

    [Fact]
    public void GetData_WithoutData_ReturnsDefault()
    {
        var cloudEvent = new CloudEvent { Id = "1", Source = "/t", Type = "cc.test", Time = At };

        Assert.Null(cloudEvent.GetData<Payload>(ContactCenterJson.CreateOptions()));
    }

    private sealed record Payload(string Text, int Count);
}
