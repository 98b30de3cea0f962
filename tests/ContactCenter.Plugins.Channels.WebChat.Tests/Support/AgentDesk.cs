using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ContactCenter.Plugins.Channels.WebChat.Tests.Support;

/// <summary>What an agent desktop does over the host's API (the admin token acts for every agent until sign-in).</summary>
internal sealed class AgentDesk(HttpClient client)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {path}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public Task<JsonElement> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<JsonElement> PostAsync(string path, object? body = null, HttpStatusCode expected = HttpStatusCode.OK) => SendAsync(HttpMethod.Post, path, body, expected);

    public Task<JsonElement> SetPresenceAsync(string agentId, string statusId) =>
        SendAsync(HttpMethod.Put, $"/api/v1/agents/{agentId}/presence", new { statusId });

    /// <summary>Every conversation id the host has (open and closed).</summary>
    public async Task<IReadOnlyList<string>> ConversationIdsAsync() =>
        [.. (await GetAsync("/api/v1/conversations?limit=1000")).EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];

    /// <summary>Waits until routing offered the conversation's interaction to the agent, then takes it.</summary>
    public async Task TakeWhenOfferedAsync(string conversationId, string agentId)
    {
        var interactionId = (await GetAsync($"/api/v1/conversations/{conversationId}")).GetProperty("interactionId").GetString()!;
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var interaction = await GetAsync($"/api/v1/interactions/{interactionId}");
            if (interaction.GetProperty("state").GetString() == "Offered")
            {
                Assert.Equal(agentId, interaction.GetProperty("agentId").GetString());
                break;
            }

            Assert.False(timeout.IsCancellationRequested, $"Interaction {interactionId} was not offered; it is {interaction.GetProperty("state").GetString()}.");
            await Task.Delay(50);
        }

        await PostAsync($"/api/v1/conversations/{conversationId}/take", new { agentId });
    }

    public Task<JsonElement> ReplyAsync(string conversationId, string agentId, string text, string clientMessageId) =>
        PostAsync($"/api/v1/conversations/{conversationId}/messages", new { agentId, text, clientMessageId });

    /// <summary>A reply with one file, as multipart/form-data (the route the API picks by content type).</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> ReplyWithFileAsync(string conversationId, string agentId, string? text, string clientMessageId,
        byte[] file, string fileName, string contentType)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(agentId), "agentId" },
            { new StringContent(clientMessageId), "clientMessageId" },
        };
        if (text is not null)
        {
            form.Add(new StringContent(text), "text");
        }

        var part = new ByteArrayContent(file);
        part.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        form.Add(part, "files", fileName);
        using var response = await client.PostAsync(new Uri($"/api/v1/conversations/{conversationId}/messages", UriKind.Relative), form);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone());
    }

    public Task<JsonElement> CloseAsync(string conversationId) => PostAsync($"/api/v1/conversations/{conversationId}/close", new { disposition = new { code = "consulta/cobertura" } });

    /// <summary>Reads the conversation's messages until one satisfies the condition (statuses move on the widget's turn).</summary>
    public async Task<JsonElement> WaitForMessageAsync(string conversationId, Func<JsonElement, bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var messages = await GetAsync($"/api/v1/conversations/{conversationId}/messages");
            if (messages.EnumerateArray().FirstOrDefault(condition) is { ValueKind: JsonValueKind.Object } found)
            {
                return found;
            }

            Assert.False(timeout.IsCancellationRequested, $"No such message in {conversationId}: {messages}");
            await Task.Delay(50);
        }
    }
}
