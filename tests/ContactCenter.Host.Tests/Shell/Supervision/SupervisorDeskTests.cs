using System.Security.Claims;
using ContactCenter.Host.Identity.Scoping;
using ContactCenter.Host.Security.Permissions;
using ContactCenter.Host.Shell.Supervision;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Conversations;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;
using ContactCenter.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Host.Tests.Shell.Supervision;

/// <summary>
/// The wallboard's desk on the real demo host: a supervisor sees only their teams, coaching outside them or without
/// the intervene permission is refused and audited as denied, and a call action without a voice channel says why.
/// </summary>
public sealed class SupervisorDeskTests : IAsyncLifetime
{
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync(configure: null, "--demo", "--CC:Demo:Password=Desk-Test-Password-3");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task LoadAsync_SupervisorOfOneTeam_SeesOnlyThatTeamsAgentsAndQueues()
    {
        await using var scope = _host.App.Services.CreateAsyncScope();
        var desk = scope.ServiceProvider.GetRequiredService<SupervisorDesk>();

        var view = await desk.LoadAsync(Supervisor("team-salud"), CancellationToken.None);

        Assert.Equal(["agent3", "agent4"], view.Agents.Select(a => a.AgentId).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(view.Metrics.Entries, e => e.Key is "autos" or "autos-general" or "center");
    }

    [Fact]
    public async Task NoteAsync_InteractionOutsideTheSupervisorsTeams_IsRefusedAndAuditedAsDenied()
    {
        await using var scope = _host.App.Services.CreateAsyncScope();
        var desk = scope.ServiceProvider.GetRequiredService<SupervisorDesk>();
        var salud = await Interactions().CreateAsync(new NewInteraction { Channel = ChannelKind.Chat, ServiceLineId = "salud", ExternalId = "desk-test-1" });

        var outcome = await desk.NoteAsync(Supervisor("team-autos"), salud.Id, "hola", "n-1", CancellationToken.None);

        Assert.False(outcome.Done);
        Assert.True(outcome.OutOfScope);
        var entry = Assert.Single(await AuditAsync($"interaction/{salud.Id}"));
        Assert.Equal(("supervision.note", AuditOutcomes.Denied, "sup-test"), (entry.Action, entry.Outcome, entry.Actor));
    }

    [Fact]
    public async Task NoteAsync_WithoutInterveneOrUnknownInteraction_IsRefused()
    {
        await using var scope = _host.App.Services.CreateAsyncScope();
        var desk = scope.ServiceProvider.GetRequiredService<SupervisorDesk>();
        var salud = await Interactions().CreateAsync(new NewInteraction { Channel = ChannelKind.Chat, ServiceLineId = "salud", ExternalId = "desk-test-2" });

        var readOnly = await desk.NoteAsync(Supervisor("team-salud", intervene: false), salud.Id, "hola", "n-2", CancellationToken.None);
        var unknown = await desk.NoteAsync(Supervisor("team-salud"), "no-such-interaction", "hola", "n-3", CancellationToken.None);
        var notAConversation = await desk.NoteAsync(Supervisor("team-salud"), salud.Id, "hola", "n-4", CancellationToken.None);

        Assert.Equal((false, false), (readOnly.Done, readOnly.OutOfScope));
        Assert.Contains("monitoring.intervene", readOnly.Reason, StringComparison.Ordinal);
        Assert.True(unknown.OutOfScope);
        Assert.False(notAConversation.Done);
        Assert.Equal([AuditOutcomes.Denied, AuditOutcomes.Failure], (await AuditAsync($"interaction/{salud.Id}")).Select(e => e.Outcome));
    }

    [Fact]
    public async Task MonitorAsync_NoVoiceChannelInstalled_IsRefusedWithTheReasonAndAudited()
    {
        await using var scope = _host.App.Services.CreateAsyncScope();
        var desk = scope.ServiceProvider.GetRequiredService<SupervisorDesk>();
        var call = await Interactions().CreateAsync(new NewInteraction { Channel = ChannelKind.Voice, ServiceLineId = "salud", ExternalId = "desk-test-3" });

        var outcome = await desk.MonitorAsync(Supervisor("team-salud"), call.Id, ParticipationMode.Whisper, CancellationToken.None);

        Assert.False(outcome.Done);
        Assert.StartsWith("VoiceUnavailable: ", outcome.Reason, StringComparison.Ordinal);
        var entry = Assert.Single(await AuditAsync($"interaction/{call.Id}"));
        Assert.Equal(("supervision.whisper", AuditOutcomes.Failure), (entry.Action, entry.Outcome));
    }

    [Fact]
    public async Task ChatTranscripts_ChatOfTheTeam_ReadsItWithNotesAndOnlyWhatFollows_AndNothingOutsideTheTeams()
    {
        await using var scope = _host.App.Services.CreateAsyncScope();
        var transcripts = scope.ServiceProvider.GetRequiredService<IChatTranscripts>();
        var conversations = scope.ServiceProvider.GetRequiredService<IKernelConversationService>();
        var inbox = await conversations.OpenInboxAsync("cc.test.webchat", new InboxRequest { ChannelName = "web", ServiceLineId = "salud", QueueId = "salud-general" });
        var visitor = "v-" + Guid.NewGuid().ToString("N");
        var first = await conversations.IngestAsync("cc.test.webchat", new InboundMessage
        {
            InboxId = inbox.Id, SourceConversationId = visitor, SourceMessageId = "m1", Text = "Necesito una cita",
        });
        var interactionId = first.Conversation.InteractionId;
        await conversations.IngestAsync("cc.test.webchat", new InboundMessage
        {
            InboxId = inbox.Id, SourceConversationId = visitor, SourceMessageId = "m2", Text = "Es urgente",
        });
        var call = await Interactions().CreateAsync(new NewInteraction { Channel = ChannelKind.Voice, ServiceLineId = "salud", ExternalId = "desk-test-4" });

        var read = await transcripts.ReadAsync(Supervisor("team-salud"), interactionId, 0, CancellationToken.None);
        var after = await transcripts.ReadAsync(Supervisor("team-salud"), interactionId, 1, CancellationToken.None);

        Assert.Equal(first.Conversation.Id, read?.ConversationId);
        Assert.Equal(["Necesito una cita", "Es urgente"], read!.Messages.Select(m => m.Text));
        Assert.Equal(["Es urgente"], after!.Messages.Select(m => m.Text));
        Assert.Null(await transcripts.ReadAsync(Supervisor("team-autos"), interactionId, 0, CancellationToken.None));
        Assert.Null(await transcripts.ReadAsync(Supervisor("team-salud", intervene: false), interactionId, 0, CancellationToken.None));
        Assert.Null(await transcripts.ReadAsync(Supervisor("team-salud"), "no-such-interaction", 0, CancellationToken.None));
        Assert.Null(await transcripts.ReadAsync(Supervisor("team-salud"), call.Id, 0, CancellationToken.None));
    }

    private IKernelInteractionService Interactions() => _host.App.Services.GetRequiredService<IKernelInteractionService>();

    private async Task<List<AuditRecord>> AuditAsync(string target) =>
        await _host.App.Services.GetRequiredService<IAuditLog>().ReadAsync(new AuditQuery { Target = target }).ToListAsync();

    private static ClaimsPrincipal Supervisor(string team, bool intervene = true)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, "sup-test"), new(ClaimTypes.Name, "sup-test"),
            new(PermissionClaims.Type, Permissions.MonitoringRead), new(TeamScope.ScopedClaim, "true"), new(TeamScope.TeamClaim, team),
        ];
        if (intervene)
        {
            claims.Add(new Claim(PermissionClaims.Type, Permissions.MonitoringIntervene));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
