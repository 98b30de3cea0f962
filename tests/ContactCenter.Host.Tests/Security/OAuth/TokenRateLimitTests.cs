using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Host.Tests.Security.OAuth;

/// <summary>The token endpoint's rate limit counts failed client authentications too (it runs before OpenIddict).</summary>
public sealed class TokenRateLimitTests
{
    [Fact]
    public async Task Token_BeyondPermitsPerMinute_Is429EvenForWrongSecrets()
    {
        await using var host = await RunningHost.StartAsync(configure: null, "--CC:OAuth:TokenPermitsPerMinute=3");
        using var client = host.CreateClient();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 5; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
            {
                Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("guess:wrong-" + i)));
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}
