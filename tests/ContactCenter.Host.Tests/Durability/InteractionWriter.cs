using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;

namespace ContactCenter.Host.Tests.Durability;

/// <summary>
/// Writes interactions through the API until the host dies, remembering only what the host acknowledged: each
/// interaction is created (a document insert) and then failed (a snapshot replace plus an event, in one batch).
/// </summary>
internal sealed class InteractionWriter
{
    /// <summary>External id → interaction id, for every acknowledged create.</summary>
    public ConcurrentDictionary<string, string> Created { get; } = new(StringComparer.Ordinal);

    /// <summary>Interaction ids whose <c>fail</c> transition was acknowledged.</summary>
    public ConcurrentDictionary<string, bool> Failed { get; } = new(StringComparer.Ordinal);

    public async Task WriteUntilDeadAsync(HostProcess host, string prefix, CancellationToken stop)
    {
        using var client = host.CreateClient();
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var externalId = $"{prefix}-{i}";
            try
            {
                using var created = await client.PostAsJsonAsync("/api/v1/interactions", new { channel = "Email", subject = "Reclamo de póliza", externalId }, stop);
                if (!created.IsSuccessStatusCode)
                {
                    return;
                }

                var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync(stop)).RootElement.GetProperty("id").GetString()!;
                Created[externalId] = id;
                using var failed = await client.PostAsJsonAsync($"/api/v1/interactions/{id}/fail", new { reason = "crash test" }, stop);
                if (!failed.IsSuccessStatusCode)
                {
                    return;
                }

                Failed[id] = true;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or JsonException)
            {
                // The host was killed mid-request: this write is unacknowledged and may or may not be stored.
                return;
            }
        }
    }
}
