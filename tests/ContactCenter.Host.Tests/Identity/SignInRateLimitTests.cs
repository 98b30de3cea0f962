using System.Net;
using System.Net.Http.Json;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Host.Tests.Identity;

/// <summary>The sign-in rate limit per client address, on a host of its own with a limit of 2 a minute.</summary>
public sealed class SignInRateLimitTests
{
    [Fact]
    public async Task SignIn_OverTheLimit_Answers429WithoutCheckingThePassword()
    {
        await using var host = await RunningHost.StartAsync(configure: null, "--CC:Identity:SignInPermitsPerMinute=2");
        using var client = host.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/v1/identity/sign-in", new { userName = "nobody", password = "Whatever-Pass-1" });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }
}
