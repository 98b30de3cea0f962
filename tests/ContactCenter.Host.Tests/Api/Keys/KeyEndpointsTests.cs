using System.Net;
using System.Text.Json;
using ContactCenter.Host.Tests.Support;

namespace ContactCenter.Host.Tests.Api.Keys;

[Collection(SharedHostCollection.Name)]
public sealed class KeyEndpointsTests(SharedHostFixture fixture)
{
    [Fact]
    public async Task Rotate_WithAdminToken_StartsAReEncryptionThatGetKeysShowsCompleted()
    {
        using var client = fixture.Host.CreateAdminClient();

        using var response = await client.PostAsync("/api/v1/keys/rotate", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("/api/v1/keys", response.Headers.Location?.OriginalString);
        var started = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("rotation");
        var rotationId = started.GetProperty("rotationId").GetString();
        var dataKeyId = started.GetProperty("dataKeyId").GetString();
        JsonElement keys = default;
        for (var attempt = 0; attempt < 300; attempt++)
        {
            keys = JsonDocument.Parse(await client.GetStringAsync("/api/v1/keys")).RootElement;
            if (keys.GetProperty("rotation").GetProperty("state").GetString() != "Running")
            {
                break;
            }

            await Task.Delay(100);
        }

        var rotation = keys.GetProperty("rotation");
        Assert.Equal(rotationId, rotation.GetProperty("rotationId").GetString());
        Assert.Equal("Completed", rotation.GetProperty("state").GetString());
        Assert.Equal(0, rotation.GetProperty("failed").GetInt64());
        Assert.Equal(dataKeyId, keys.GetProperty("keys").GetProperty("currentDataKeyId").GetString());
    }

    [Fact]
    public async Task Rotate_WithoutToken_Answers401()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.PostAsync("/api/v1/keys/rotate", null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }
}
