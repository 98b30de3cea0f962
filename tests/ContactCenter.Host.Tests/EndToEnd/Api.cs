using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ContactCenter.Host.Tests.EndToEnd;

/// <summary>Small calls over the host's HTTP API, answering the JSON body.</summary>
internal static class Api
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public static async Task<JsonElement> SendAsync(HttpClient client, HttpMethod method, string path, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {path}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Task<JsonElement> GetAsync(HttpClient client, string path) => SendAsync(client, HttpMethod.Get, path);

    public static Task<JsonElement> PostAsync(HttpClient client, string path, object? body = null) => SendAsync(client, HttpMethod.Post, path, body);

    public static Task<JsonElement> SetPresenceAsync(HttpClient client, string agentId, string statusId) =>
        SendAsync(client, HttpMethod.Put, $"/api/v1/agents/{agentId}/presence", new { statusId });

    public static async Task<string> CreateAndEnqueueAsync(HttpClient client, string serviceLineId, string queueId)
    {
        var created = await SendAsync(client, HttpMethod.Post, "/api/v1/interactions",
            new { channel = "Chat", serviceLineId, subject = "E2E", attributes = new Dictionary<string, string> { ["demo"] = "true" } }, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString()!;
        var queued = await PostAsync(client, $"/api/v1/interactions/{id}/enqueue", new { queueId });
        Assert.Equal(queueId, queued.GetProperty("queueId").GetString());
        return id;
    }

    /// <summary>Reads the interaction until it reaches <paramref name="state"/>: routing offers on its own turn, after the enqueue answered.</summary>
    public static async Task<JsonElement> WaitForStateAsync(HttpClient client, string id, string state)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var interaction = await GetAsync(client, $"/api/v1/interactions/{id}");
            if (interaction.GetProperty("state").GetString() == state)
            {
                return interaction;
            }

            Assert.False(timeout.IsCancellationRequested, $"Interaction {id} did not reach {state}; it is {interaction.GetProperty("state").GetString()}.");
            await Task.Delay(50);
        }
    }
}
