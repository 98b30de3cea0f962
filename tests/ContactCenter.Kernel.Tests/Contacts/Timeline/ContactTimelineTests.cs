using ContactCenter.Kernel.Contacts;
using ContactCenter.Kernel.Contacts.Timeline;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Tests.Contacts.Timeline;

/// <summary>The timeline on its own silo, whose clock the tests move (interactions at distinct instants and at the same one).</summary>
public sealed class ContactTimelineTests : IAsyncLifetime
{
    private TestSilo _silo = null!;

    private IContactTimeline Timeline => _silo.Services.GetRequiredService<IContactTimeline>();

    private IContactDirectory Contacts => _silo.Services.GetRequiredService<IContactDirectory>();

    public async Task InitializeAsync() => _silo = await TestSilo.StartAsync();

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task GetAsync_PagesOfTwo_WalkEveryInteractionOnceNewestFirstIncludingTies()
    {
        var ana = await Contacts.CreateAsync(new ContactRequest("Ana"));
        var other = await Contacts.CreateAsync(new ContactRequest("Otro"));
        var created = new List<Interaction>();
        foreach (var channel in new[] { ChannelKind.Voice, ChannelKind.Chat, ChannelKind.Email, ChannelKind.WhatsApp })
        {
            created.Add(await _silo.Interactions.CreateAsync(new NewInteraction { Channel = channel, ContactId = ana.Id }));
            await _silo.Interactions.CreateAsync(new NewInteraction { Channel = channel, ContactId = other.Id });
            _silo.Time.Advance(TimeSpan.FromMinutes(1));
        }

        // Three at the very same instant: the order falls back to the id, and paging must neither repeat nor skip them.
        for (var i = 0; i < 3; i++)
        {
            created.Add(await _silo.Interactions.CreateAsync(new NewInteraction { Channel = ChannelKind.Chat, ContactId = ana.Id }));
        }

        var seen = new List<TimelineEntry>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Timeline.GetAsync(ana.Id, 2, cursor);
            Assert.Equal(ana.Id, page.ContactId);
            Assert.InRange(page.Items.Count, 1, 2);
            seen.AddRange(page.Items);
            cursor = page.Cursor;
            pages++;
        }
        while (cursor is not null && pages < 20);

        var expected = created.OrderByDescending(x => x.CreatedAt).ThenByDescending(x => x.Id, StringComparer.Ordinal).Select(x => x.Id);
        Assert.Equal(expected, seen.Select(e => e.InteractionId));
        Assert.Equal(4, pages);
        Assert.All(seen, e => Assert.Equal(ana.Id, e.ContactId));
        Assert.Equal(ChannelKind.Voice, seen[^1].Channel);
    }

    [Fact]
    public async Task GetAsync_ClosedInteraction_ShowsQueueAgentDispositionAndState()
    {
        var ana = await Contacts.CreateAsync(new ContactRequest("Ana"));
        var queue = await _silo.QueueAsync(Scenario.Unique("claims"));
        var agent = await _silo.AgentAsync(queue.RequiredSkills[0].SkillId);
        var interaction = await _silo.Interactions.CreateAsync(new NewInteraction { Channel = ChannelKind.Voice, ContactId = ana.Id });
        await _silo.Interactions.EnqueueAsync(interaction.Id, new EnqueueRequest { QueueId = queue.Id });
        await _silo.WaitForStateAsync(interaction.Id, InteractionState.Offered);
        await _silo.Interactions.AcceptOfferAsync(interaction.Id, agent);
        await _silo.Interactions.EndContactAsync(interaction.Id);
        await _silo.Interactions.CloseAsync(interaction.Id, new DispositionRef("claims/new", "Cliente satisfecho"));

        var entry = Assert.Single((await Timeline.GetAsync(ana.Id, 10, null)).Items);

        Assert.Equal((InteractionState.Closed, queue.Id, agent, "claims/new", queue.ServiceLineId, (TimelineConversation?)null),
            (entry.State, entry.QueueId, entry.AgentId, entry.DispositionCode, entry.ServiceLineId, entry.Conversation));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(-1)]
    public async Task GetAsync_PageSizeOutOfRange_RefusedNamingIt(int size)
    {
        var ana = await Contacts.CreateAsync(new ContactRequest("Ana"));

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => Timeline.GetAsync(ana.Id, size, null).AsTask());

        Assert.Contains("pageSize", error.Errors.Keys);
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("eyJrIjoyLCJuIjoxfQ")]
    [InlineData("")]
    public async Task GetAsync_MalformedCursor_RefusedNamingIt(string cursor)
    {
        var ana = await Contacts.CreateAsync(new ContactRequest("Ana"));

        await Assert.ThrowsAsync<InvalidRequestException>(() => Timeline.GetAsync(ana.Id, 10, cursor).AsTask());
    }

    [Theory]
    [InlineData("no-such-contact")]
    [InlineData("")]
    public async Task GetAsync_UnknownContact_NotFound(string id) =>
        await Assert.ThrowsAsync<EntityNotFoundException>(() => Timeline.GetAsync(id, 10, null).AsTask());

    [Fact]
    public async Task GetAsync_ContactWithoutInteractions_EmptyPageWithoutCursor()
    {
        var ana = await Contacts.CreateAsync(new ContactRequest("Ana"));

        var page = await Timeline.GetAsync(ana.Id, 10, null);

        Assert.Equal((0, (string?)null), (page.Items.Count, page.Cursor));
    }

    [Fact]
    public async Task StoreCollections_Interactions_IndexContactId() =>
        Assert.Contains("contactId", KernelCollections.Interactions.IndexedFields);
}
