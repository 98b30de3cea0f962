using Bunit;
using ContactCenter.Host.Shell.Components;
using ContactCenter.Host.Shell.Services;
using ContactCenter.Host.Shell.Tests.Support;
using ContactCenter.Kernel.Contacts;
using ContactCenter.Kernel.Contacts.Timeline;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Domain;
using Contact = ContactCenter.Kernel.Contacts.Contact;

namespace ContactCenter.Host.Shell.Tests.Components;

public sealed class CustomerPanelTests : ShellComponentTest
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    private static readonly Interaction Current = new()
    {
        Id = "i-now", Channel = ChannelKind.Chat, Direction = Direction.Inbound, State = InteractionState.Connected, Version = 4,
        CreatedAt = Now, StateChangedAt = Now, ContactId = "c-ana",
    };

    private static readonly Contact Ana = new("c-ana", "Ana Mora", [new ContactIdentity(ContactIdentityKind.Email, "ana@example.com")], 1, Now, Now);

    [Fact]
    public void Render_TimelineAcrossChannels_ListsEarlierContactsNewestFirstWithoutTheOneInHand()
    {
        var history = new TimelinePage("c-ana",
        [
            Entry("i-now", ChannelKind.Chat, InteractionState.Connected, Now, null),
            Entry("i-call", ChannelKind.Voice, InteractionState.Closed, Now.AddDays(-1), "siniestro/parte-nuevo/autos"),
            Entry("i-chat", ChannelKind.Chat, InteractionState.Abandoned, Now.AddDays(-3), null) with
            {
                Conversation = new TimelineConversation("cv-1", "webchat", ConversationStatus.Closed, 6, Now.AddDays(-3)),
            },
        ], Cursor: null);

        var cut = Render<CustomerPanel>(p => p.AddCascadingValue(Spanish).Add(c => c.Tab, new WorkTab(Current, null, Ana, null) { History = history }));

        var entries = cut.FindAll("[data-testid=history-entry]");
        Assert.Equal(["i-call", "i-chat"], entries.Select(e => e.GetAttribute("data-interaction")));
        Assert.Contains("Voz · Cerrado · siniestro/parte-nuevo/autos", entries[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Chat · Abandonado", entries[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("6 mensajes", entries[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("Ana Mora", cut.Find("[data-testid=customer-name]").TextContent);
    }

    [Fact]
    public void Render_OnlyTheContactInHand_SaysThereIsNoEarlierContact()
    {
        var history = new TimelinePage("c-ana", [Entry("i-now", ChannelKind.Chat, InteractionState.Connected, Now, null)], Cursor: null);

        var cut = Render<CustomerPanel>(p => p.AddCascadingValue(English).Add(c => c.Tab, new WorkTab(Current, null, Ana, null) { History = history }));

        Assert.Empty(cut.FindAll("[data-testid=history-entry]"));
        Assert.Equal("No earlier contacts on any channel.", cut.Find("[data-testid=customer-history-empty]").TextContent);
    }

    [Fact]
    public void Render_NoCrmConnector_ShowsTheEmptyStateInTheAgentsLanguage()
    {
        var cut = Render<CustomerPanel>(p => p.AddCascadingValue(Spanish).Add(c => c.Tab, new WorkTab(Current, null, null, null)));

        Assert.Equal("Sin datos de CRM: no hay un conector de CRM activo.", cut.Find("[data-testid=customer-crm-empty]").TextContent);
        Assert.Equal("Cliente sin identificar", cut.Find("[data-testid=customer-name]").TextContent);
        Assert.Single(cut.FindAll("[data-testid=customer-history-empty]"));
    }

    [Fact]
    public void Render_CrmRecord_ShowsItsFields()
    {
        var crm = new Dictionary<string, string> { ["Policy"] = "AUT-2231", ["Segment"] = "Gold" };

        var cut = Render<CustomerPanel>(p => p.AddCascadingValue(English).Add(c => c.Tab, new WorkTab(Current, null, Ana, null) { Crm = crm }));

        Assert.Equal(["Policy", "Segment"], cut.FindAll("[data-testid=customer-crm] dt").Select(d => d.TextContent));
        Assert.Equal(["AUT-2231", "Gold"], cut.FindAll("[data-testid=customer-crm] dd").Select(d => d.TextContent));
        Assert.Empty(cut.FindAll("[data-testid=customer-crm-empty]"));
    }

    private static TimelineEntry Entry(string id, ChannelKind channel, InteractionState state, DateTimeOffset at, string? disposition) => new()
    {
        InteractionId = id, ContactId = "c-ana", Channel = channel, Direction = Direction.Inbound, State = state, CreatedAt = at, StateChangedAt = at,
        DispositionCode = disposition,
    };
}
