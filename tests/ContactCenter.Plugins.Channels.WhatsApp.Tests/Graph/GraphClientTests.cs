using System.Text.Json;
using ContactCenter.Plugins.Channels.WhatsApp.Account;
using ContactCenter.Plugins.Channels.WhatsApp.Graph;
using ContactCenter.Plugins.Channels.WhatsApp.Plugin;
using ContactCenter.Plugins.Channels.WhatsApp.Tests.Support;

namespace ContactCenter.Plugins.Channels.WhatsApp.Tests.Graph;

/// <summary>The Graph client against the stand-in over real HTTP: retries on 429 honouring Retry-After, media download, refusals.</summary>
public sealed class GraphClientTests
{
    private const string Token = "graph-client-token-0123456789";

    [Fact]
    public async Task SendAsync_429WithRetryAfter_RetriedAndSentOnce()
    {
        await using var standIn = await GraphStandIn.StartAsync(Token);
        standIn.ThrottleNext(1);
        using var client = new GraphClient(new HttpClient(), new WhatsAppOptions { MaxRetries = 3 });

        var result = await client.SendAsync(Account(standIn, Token), "123", Text, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(result.Id, Assert.Single(standIn.Sends).AnsweredId);
    }

    [Fact]
    public async Task SendAsync_StillThrottledAfterTheRetries_RefusedSayingWhenToRetry()
    {
        await using var standIn = await GraphStandIn.StartAsync(Token);
        standIn.ThrottleNext(5);
        using var client = new GraphClient(new HttpClient(), new WhatsAppOptions { MaxRetries = 1 });

        var result = await client.SendAsync(Account(standIn, Token), "123", Text, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("429", result.Error, StringComparison.Ordinal);
        Assert.Contains("retry in 1 s", result.Error, StringComparison.Ordinal);
        Assert.Empty(standIn.Sends);
    }

    [Fact]
    public async Task SendAsync_WrongToken_RefusedWithMetasErrorAndTheTokenNotInIt()
    {
        await using var standIn = await GraphStandIn.StartAsync(Token);
        using var client = new GraphClient(new HttpClient(), new WhatsAppOptions { MaxRetries = 0 });

        var result = await client.SendAsync(Account(standIn, "wrong-token-0123456789"), "123", Text, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("190", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-token", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadMediaAsync_ById_TheBytesWithTheirType()
    {
        await using var standIn = await GraphStandIn.StartAsync(Token);
        byte[] pdf = [.. "%PDF-1.7 poliza"u8];
        standIn.AddMedia("m-9", pdf, "application/pdf");
        using var client = new GraphClient(new HttpClient(), new WhatsAppOptions { MaxRetries = 0 });

        var (content, mimeType) = await client.DownloadMediaAsync(Account(standIn, Token), "m-9", CancellationToken.None);

        Assert.Equal(pdf, content);
        Assert.Equal("application/pdf", mimeType);
        await Assert.ThrowsAsync<HttpRequestException>(() => client.DownloadMediaAsync(Account(standIn, Token), "unknown", CancellationToken.None).AsTask());
    }

    private static AccountSettings Account(GraphStandIn standIn, string token) => new("app-secret-0123456789", token, "verify-0123456789", standIn.BaseAddress, GraphStandIn.Version);

    private static void Text(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("messaging_product", "whatsapp");
        writer.WriteString("to", "50688881234");
        writer.WriteString("type", "text");
        writer.WriteStartObject("text");
        writer.WriteString("body", "Hola");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
