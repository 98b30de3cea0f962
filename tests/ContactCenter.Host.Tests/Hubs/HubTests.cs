using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Threading.Channels;
using ContactCenter.Host.Tests.Support;
using ContactCenter.Host.Tests.Support.Fakes;
using ContactCenter.Kernel;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Presence;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Host.Tests.Hubs;

[Collection(SharedHostCollection.Name)]
public sealed class HubTests(SharedHostFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task AgentHub_PresenceChangedOnTheBus_ReachesThatAgent()
    {
        await using var connection = await ConnectAsync("/hubs/agent", TestTokenAuthenticator.AgentToken);
        var received = Channel.CreateUnbounded<AgentPresence>();
        connection.On<AgentPresence>("PresenceChanged", p => received.Writer.TryWrite(p));

        await PublishAsync(EventTypes.PresenceChanged, new PresenceChanged(null, FakePresenceService.Presence("break", "lunch")));

        var presence = await received.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        Assert.Equal("break", presence.StatusId);
        Assert.Equal("a1", presence.AgentId);
    }

    [Fact]
    public async Task AgentHub_OfferOnTheBus_ReachesTheOfferedAgent()
    {
        await using var connection = await ConnectAsync("/hubs/agent", TestTokenAuthenticator.AgentToken);
        var offers = Channel.CreateUnbounded<Interaction>();
        connection.On<Interaction>("Offer", i => offers.Writer.TryWrite(i));

        await PublishAsync(EventTypes.InteractionTransitioned, Transition("i-7", InteractionState.Offered, "a1"));

        var offer = await offers.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        Assert.Equal("i-7", offer.Id);
    }

    [Fact]
    public async Task SupervisorHub_TransitionOnTheBus_ReachesSupervisors()
    {
        await using var connection = await ConnectAsync("/hubs/supervisor", TestTokenAuthenticator.SupervisorToken);
        var transitions = Channel.CreateUnbounded<JsonElement>();
        connection.On<JsonElement>("InteractionTransitioned", t => transitions.Writer.TryWrite(t));

        await PublishAsync(EventTypes.InteractionTransitioned, Transition("i-8", InteractionState.Queued, null));

        var transition = await transitions.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        Assert.Equal("i-8", transition.GetProperty("interactionId").GetString());
        Assert.Equal("Queued", transition.GetProperty("to").GetString());
    }

    [Fact]
    public async Task AgentHub_GetPresence_ReturnsTheConnectedAgents()
    {
        await using var connection = await ConnectAsync("/hubs/agent", TestTokenAuthenticator.AgentToken);

        var presence = await connection.InvokeAsync<AgentPresence>("GetPresence");

        Assert.Equal("a1", presence.AgentId);
    }

    [Fact]
    public async Task AgentHub_ExtendWrapUpWithNothingInWrapUp_RefusedWithTheReasonAndAudited()
    {
        await using var connection = await ConnectAsync("/hubs/agent", TestTokenAuthenticator.AgentToken);
        var interactionId = $"i-{Guid.NewGuid():N}";

        var result = await connection.InvokeAsync<WrapUpExtendResult>("ExtendWrapUp", interactionId);

        Assert.False(result.Extended);
        Assert.Equal(WrapUpExtendRefusal.NotInWrapUp, result.Refusal);
        var audit = fixture.Host.App.Services.GetRequiredService<IAuditLog>()
            .ReadAsync(new AuditQuery { Action = "wrap-up.extended", Target = $"interaction/{interactionId}" });
        Assert.Equal(AuditOutcomes.Failure, (await audit.SingleAsync()).Outcome);
    }

    [Fact]
    public async Task AgentHub_ExtendWrapUpWithBlankId_RefusedWithAHubError()
    {
        await using var connection = await ConnectAsync("/hubs/agent", TestTokenAuthenticator.AgentToken);

        var error = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<WrapUpExtendResult>("ExtendWrapUp", " "));

        Assert.Contains("interaction id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SupervisorHub_MethodWithoutThePermission_IsRefused()
    {
        await using var connection = await ConnectAsync("/hubs/supervisor", TestTokenAuthenticator.SupervisorToken);

        var error = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<AgentPresence>("GetAgentPresence", "a1"));

        Assert.Contains("presence.read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hub_WithoutToken_Answers401()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.PostAsync("/hubs/agent/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Hub_TokenWithoutConnectPermission_Answers403()
    {
        using var client = fixture.Host.CreateClient(TestTokenAuthenticator.SupervisorToken);

        using var response = await client.PostAsync("/hubs/agent/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<HubConnection> ConnectAsync(string path, string token)
    {
        var pin = fixture.Host.CertificateSha256;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(fixture.Host.BaseAddress, path), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.HttpMessageHandlerFactory = _ => new SocketsHttpHandler { SslOptions = Pinned(pin) };
                options.WebSocketConfiguration = socket => socket.RemoteCertificateValidationCallback = (_, c, _, _) => Matches(c, pin);
            })
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()))
            .Build();
        await connection.StartAsync();
        await JoinedAsync(connection, path);
        return connection;
    }

    /// <summary>
    /// The server puts a connection in its groups in <c>OnConnectedAsync</c>, which can finish after the client's
    /// <c>StartAsync</c>; the hub handles a first invocation only after it, so one round trip (answered or refused)
    /// guarantees that events published afterwards reach the connection's groups.
    /// </summary>
    private static async Task JoinedAsync(HubConnection connection, string path)
    {
        if (path == "/hubs/agent")
        {
            await connection.InvokeAsync<AgentPresence>("GetPresence");
            return;
        }

        try
        {
            await connection.InvokeAsync<AgentPresence>("GetAgentPresence", "a1");
        }
        catch (HubException)
        {
            // Refused for lack of presence.read: still a completed round trip.
        }
    }

    private Task PublishAsync<T>(string type, T data) =>
        fixture.Host.App.Services.GetRequiredService<IEventBus>()
            .PublishAsync(CloudEvent.Create(type, "/kernel/test", null, FakeInteractionService.Now, data, KernelJson.Options)).AsTask();

    private static InteractionTransitioned Transition(string id, InteractionState to, string? agentId) => new()
    {
        InteractionId = id,
        From = InteractionState.Created,
        To = to,
        At = FakeInteractionService.Now,
        Version = 2,
        Channel = ChannelKind.Chat,
        AgentId = agentId,
        Interaction = new Interaction
        {
            Id = id, Channel = ChannelKind.Chat, Direction = Direction.Inbound, State = to, Version = 2,
            CreatedAt = FakeInteractionService.Now, StateChangedAt = FakeInteractionService.Now, AgentId = agentId,
        },
    };

    private static SslClientAuthenticationOptions Pinned(string pin) => new() { RemoteCertificateValidationCallback = (_, c, _, _) => Matches(c, pin) };

    private static bool Matches(X509Certificate? certificate, string pin) =>
        certificate is not null && new X509Certificate2(certificate).GetCertHashString(HashAlgorithmName.SHA256) == pin;
}
