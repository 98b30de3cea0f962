using ContactCenter.Kernel.Contacts;
using ContactCenter.Kernel.Contacts.Timeline;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Kernel.Tests.Contacts.Timeline;

/// <summary>Upgrading a real LiteDB file written before interactions were indexed by contact: the history is there after start.</summary>
public sealed class TimelineBackfillTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cc-timeline-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Start_InteractionsStoredBeforeTheContactIndex_AppearInTheTimeline()
    {
        var time = new FakeTimeProvider(TestSilo.Start);
        string contactId;
        var created = new List<string>();
        await using (var older = await TestSilo.StartOnLiteDbAsync(_directory, time, store => new OlderSchemaStore(store)))
        {
            contactId = (await older.Services.GetRequiredService<IContactDirectory>().CreateAsync(new ContactRequest("Ana"))).Id;
            foreach (var channel in new[] { ChannelKind.Voice, ChannelKind.WhatsApp, ChannelKind.Email })
            {
                created.Add((await older.Interactions.CreateAsync(new NewInteraction { Channel = channel, ContactId = contactId })).Id);
                time.Advance(TimeSpan.FromMinutes(5));
            }

        }

        await using var upgraded = await TestSilo.StartOnLiteDbAsync(_directory, time);

        var page = await upgraded.Services.GetRequiredService<IContactTimeline>().GetAsync(contactId, 10, null);
        Assert.Equal(created.AsEnumerable().Reverse(), page.Items.Select(i => i.InteractionId));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
