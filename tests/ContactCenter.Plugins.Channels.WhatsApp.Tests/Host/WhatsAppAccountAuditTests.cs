using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Kernel.Audit;
using ContactCenter.Plugins.Channels.WhatsApp.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Plugins.Channels.WhatsApp.Tests.Host;

/// <summary>Setting the WhatsApp account secrets on the real host is audited with digests of the encrypted form, never a secret.</summary>
[Collection(WhatsAppHostCollection.Name)]
public sealed class WhatsAppAccountAuditTests(WhatsAppHostFixture fixture)
{
    private const string Target = "plugin/cc.channels.whatsapp/account";

    [Fact]
    public async Task SetAccount_CreatedThenChanged_AuditedWithDigestsAndNeverTheSecrets()
    {
        using var client = fixture.Host.CreateAdminClient();
        var log = fixture.Host.App.Services.GetRequiredService<IAuditLog>();

        using var changed = await client.PutAsJsonAsync(new Uri("/api/v1/channels/cc.channels.whatsapp/account", UriKind.Relative), new
        {
            appSecret = WhatsAppHostFixture.AppSecret, accessToken = WhatsAppHostFixture.AccessToken, verifyToken = WhatsAppHostFixture.VerifyToken,
            graphBaseUrl = fixture.Graph.BaseAddress.AbsoluteUri, graphVersion = GraphStandIn.Version,
        });
        using var refused = await client.PutAsJsonAsync(new Uri("/api/v1/channels/cc.channels.whatsapp/account", UriKind.Relative), new { appSecret = "" });

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.BadRequest), (changed.StatusCode, refused.StatusCode));
        var entries = await log.ReadAsync(new AuditQuery { Target = Target }).ToListAsync();
        Assert.Equal(["settings.account.created", "settings.account.changed"], entries.Select(e => e.Action));
        Assert.Equal((null, entries[0].AfterDigest), (entries[0].BeforeDigest, entries[1].BeforeDigest));
        Assert.NotNull(entries[1].AfterDigest);
        Assert.All(entries, e => Assert.NotEqual("plugin/cc.channels.whatsapp", e.Actor));
        var everything = JsonSerializer.Serialize(await log.ReadAsync(new AuditQuery()).ToListAsync());
        Assert.DoesNotContain(WhatsAppHostFixture.AppSecret, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(WhatsAppHostFixture.AccessToken, everything, StringComparison.Ordinal);
    }
}
