using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Kernel.Audit;
using ContactCenter.Plugins.Channels.Email.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Plugins.Channels.Email.Tests.Host;

/// <summary>
/// Mailbox account changes through the plugin's API on the real host: creating, changing and removing an account each
/// write an audit entry with digests of the stored (encrypted) form and the requesting actor, never a password; a
/// refused change writes none. The account is restored afterwards for the other classes of the collection.
/// </summary>
[Collection(EmailHostCollection.Name)]
public sealed class EmailAccountAuditTests(EmailHostFixture fixture)
{
    private const string Path = "/api/v1/channels/cc.channels.email/accounts/autos";
    private const string Target = "plugin/cc.channels.email/account/autos";

    [Fact]
    public async Task ChangeAndRemoveAccount_EachAuditedWithDigestsAndNeverTheSecret()
    {
        using var client = fixture.Host.CreateAdminClient();
        var log = fixture.Host.App.Services.GetRequiredService<IAuditLog>();
        var before = await EntriesAsync(log);
        try
        {
            using var changed = await client.PutAsJsonAsync(Path, EmailHostFixture.Account(fixture.Servers));
            using var refused = await client.PutAsJsonAsync(Path, new { imap = new { host = "", port = 0 } });
            using var removed = await client.DeleteAsync(new Uri(Path, UriKind.Relative));
            using var removedAgain = await client.DeleteAsync(new Uri(Path, UriKind.Relative));

            Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.BadRequest, HttpStatusCode.NoContent, HttpStatusCode.NotFound),
                (changed.StatusCode, refused.StatusCode, removed.StatusCode, removedAgain.StatusCode));
            var created = Assert.Single(before, e => e.Action == "settings.account.created");
            Assert.Null(created.BeforeDigest);
            var added = (await EntriesAsync(log)).Skip(before.Count).ToList();
            Assert.Equal(["settings.account.changed", "settings.account.removed"], added.Select(e => e.Action));
            Assert.Equal(created.AfterDigest, added[0].BeforeDigest);
            Assert.NotNull(added[0].AfterDigest);
            Assert.Equal((added[0].AfterDigest, (string?)null), (added[1].BeforeDigest, added[1].AfterDigest));

            // The actor is the caller of the request (the same as the request's own audit entry), not the plugin.
            var requests = await log.ReadAsync(new AuditQuery { Target = Path }).ToListAsync();
            Assert.All(added, e => Assert.Contains(requests, r => r.CorrelationId == e.CorrelationId && r.Actor == e.Actor));
            var everything = JsonSerializer.Serialize(await log.ReadAsync(new AuditQuery()).ToListAsync());
            Assert.DoesNotContain(MailServers.Password, everything, StringComparison.Ordinal);
        }
        finally
        {
            using var restored = await client.PutAsJsonAsync(Path, EmailHostFixture.Account(fixture.Servers));
            Assert.Equal(HttpStatusCode.NoContent, restored.StatusCode);
        }
    }

    private static async Task<List<AuditRecord>> EntriesAsync(IAuditLog log) =>
        await log.ReadAsync(new AuditQuery { Target = Target }).ToListAsync();
}
