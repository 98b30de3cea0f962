using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Contacts;
using ContactCenter.Kernel.Contacts.Merging;
using ContactCenter.Kernel.Contacts.Timeline;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Tests.Contacts.Merging;

public sealed class ContactMergerTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    private TestSilo Silo => fixture.Silo;

    private IContactDirectory Contacts => Silo.Services.GetRequiredService<IContactDirectory>();

    private IContactMerger Merger => Silo.Services.GetRequiredService<IContactMerger>();

    private IContactTimeline Timeline => Silo.Services.GetRequiredService<IContactTimeline>();

    [Fact]
    public async Task MergeAsync_TwoContacts_IdentitiesMoveSourceIsATombstoneAndLookupsResolveToTarget()
    {
        var (phone, email) = Identities();
        var target = await Contacts.CreateAsync(new ContactRequest("Ana Mora", [phone]));
        var source = await Contacts.CreateAsync(new ContactRequest("A. Mora", Emails: [email]));

        var result = await Merger.MergeAsync(target.Id, source.Id);

        Assert.True(result.Changed);
        Assert.Equal(("merged", 1, source.Id, target.Id), (result.Merge.Status, result.Merge.IdentitiesMoved, result.Merge.SourceId, result.Merge.TargetId));
        Assert.Equal([phone, email], (await Contacts.GetAsync(target.Id))!.Identities.Select(i => i.Value));
        var tombstone = (await Contacts.GetAsync(source.Id))!;
        Assert.Equal((target.Id, 0), (tombstone.MergedInto, tombstone.Identities.Count));
        Assert.Equal(target.Id, Assert.Single(await Contacts.FindByEmailAsync(email)).Id);
        Assert.Equal(target.Id, (await Contacts.ResolveAsync(source.Id))!.Id);
    }

    [Fact]
    public async Task MergeAsync_Repeated_ChangesNothingAndAnswersTheSameMerge()
    {
        var target = await Contacts.CreateAsync(new ContactRequest("Ana"));
        var source = await Contacts.CreateAsync(new ContactRequest("Ana M."));
        var first = await Merger.MergeAsync(target.Id, source.Id);

        var again = await Merger.MergeAsync(target.Id, source.Id);

        Assert.False(again.Changed);
        Assert.Equal(first.Merge.Id, again.Merge.Id);
        Assert.Equal((first.Target.Version, first.Source.Version), (again.Target.Version, again.Source.Version));
    }

    [Fact]
    public async Task MergeThenUnmerge_RestoresBothContactsAndTheirHistoriesExactly()
    {
        var (phone, email) = Identities();
        var shared = $"shared-{Guid.NewGuid():N}@example.com";
        var target = await Contacts.CreateAsync(new ContactRequest("Ana Mora", [phone], [shared]));
        var source = await Contacts.CreateAsync(new ContactRequest("A. Mora", Emails: [email, shared]));
        var sourceBefore = await Silo.Store.GetAsync(KernelCollections.Contacts.Name, source.Id, CancellationToken.None);
        var mine = await Silo.Interactions.CreateAsync(new NewInteraction { Channel = ChannelKind.Voice, ContactId = target.Id });
        var theirs = await Silo.Interactions.CreateAsync(new NewInteraction { Channel = ChannelKind.Email, ContactId = source.Id });
        await Merger.MergeAsync(target.Id, source.Id);
        Assert.Equal(new[] { mine.Id, theirs.Id }.Order(StringComparer.Ordinal),
            (await Timeline.GetAsync(target.Id, 10, null)).Items.Select(i => i.InteractionId).Order(StringComparer.Ordinal));
        Assert.Equal(target.Id, (await Timeline.GetAsync(source.Id, 10, null)).ContactId);

        var undone = await Merger.UnmergeAsync(target.Id, source.Id);

        Assert.Equal((true, "unmerged"), (undone.Changed, undone.Merge.Status));
        var sourceAfter = await Silo.Store.GetAsync(KernelCollections.Contacts.Name, source.Id, CancellationToken.None);
        Assert.Equal(sourceBefore!.Json, sourceAfter!.Json);
        Assert.Equal([phone, shared], (await Contacts.GetAsync(target.Id))!.Identities.Select(i => i.Value));
        Assert.Equal([email, shared], (await Contacts.GetAsync(source.Id))!.Identities.Select(i => i.Value));
        Assert.Equal(source.Id, Assert.Single(await Contacts.FindByEmailAsync(email)).Id);
        Assert.Equal(new[] { source.Id, target.Id }.Order(StringComparer.Ordinal),
            (await Contacts.FindByEmailAsync(shared)).Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.Equal([mine.Id], (await Timeline.GetAsync(target.Id, 10, null)).Items.Select(i => i.InteractionId));
        Assert.Equal([theirs.Id], (await Timeline.GetAsync(source.Id, 10, null)).Items.Select(i => i.InteractionId));
        Assert.False((await Merger.UnmergeAsync(target.Id, source.Id)).Changed);
    }

    [Fact]
    public async Task MergeAndUnmerge_AreAuditedWithDigestsBeforeAndAfter()
    {
        var target = await Contacts.CreateAsync(new ContactRequest("Ana"));
        var source = await Contacts.CreateAsync(new ContactRequest("Ana M."));

        await Merger.MergeAsync(target.Id, source.Id);
        await Merger.UnmergeAsync(target.Id, source.Id);

        var log = Silo.Services.GetRequiredService<IAuditLog>();
        var entries = new List<AuditRecord>();
        await foreach (var record in log.ReadAsync(new AuditQuery()))
        {
            if (record.Target == $"contact/{target.Id}")
            {
                entries.Add(record);
            }
        }

        Assert.Equal(["contact.merged", "contact.unmerged"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.True(e.BeforeDigest is { Length: 64 } && e.AfterDigest is { Length: 64 } && e.BeforeDigest != e.AfterDigest));
        Assert.All(entries, e => Assert.Contains(source.Id, e.Detail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MergeAsync_BadRequests_RefusedAndNothingChanged()
    {
        var a = await Contacts.CreateAsync(new ContactRequest("A"));
        var b = await Contacts.CreateAsync(new ContactRequest("B"));
        var c = await Contacts.CreateAsync(new ContactRequest("C"));
        await Merger.MergeAsync(a.Id, b.Id);
        var before = await SnapshotAsync();

        await Assert.ThrowsAsync<InvalidRequestException>(() => Merger.MergeAsync(a.Id, a.Id).AsTask());
        await Assert.ThrowsAsync<InvalidRequestException>(() => Merger.MergeAsync("", a.Id).AsTask());
        await Assert.ThrowsAsync<InvalidRequestException>(() => Merger.MergeAsync(a.Id, new string('x', 300)).AsTask());
        await Assert.ThrowsAsync<EntityNotFoundException>(() => Merger.MergeAsync(a.Id, "no-such-contact").AsTask());
        await Assert.ThrowsAsync<EntityNotFoundException>(() => Merger.MergeAsync("no-such-contact", a.Id).AsTask());
        var intoTombstone = await Assert.ThrowsAsync<ContactMergeConflictException>(() => Merger.MergeAsync(b.Id, c.Id).AsTask());
        Assert.Contains(a.Id, intoTombstone.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ContactMergeConflictException>(() => Merger.MergeAsync(c.Id, b.Id).AsTask());
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Merger.MergeAsync(a.Id, c.Id, expectedTargetVersion: 1).AsTask());
        await Assert.ThrowsAsync<EntityNotFoundException>(() => Merger.UnmergeAsync(a.Id, c.Id).AsTask());

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task MergeAsync_OneSourceIntoTwoTargetsConcurrently_ExactlyOneWins()
    {
        var source = await Contacts.CreateAsync(new ContactRequest("S", Emails: [$"s-{Guid.NewGuid():N}@example.com"]));
        var targets = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Contacts.CreateAsync(new ContactRequest($"T{i}")).AsTask()));

        var outcomes = await Task.WhenAll(targets.Select(async t =>
        {
            try
            {
                return (await Merger.MergeAsync(t.Id, source.Id)).Changed ? "merged" : "repeat";
            }
            catch (Exception e) when (e is ConcurrencyConflictException or ContactMergeConflictException)
            {
                return "refused";
            }
        }));

        Assert.Single(outcomes, o => o == "merged");
        Assert.All(outcomes, o => Assert.NotEqual("repeat", o));
        var tombstone = (await Contacts.GetAsync(source.Id))!;
        var winner = (await Contacts.GetAsync(tombstone.MergedInto!))!;
        Assert.Single(winner.Identities);
        Assert.Single(await Merger.MergedIntoAsync(winner.Id));
    }

    [Fact]
    public async Task UnmergeAsync_TargetMergedAgainSince_RefusedUntilThatIsUndone()
    {
        var a = await Contacts.CreateAsync(new ContactRequest("A"));
        var b = await Contacts.CreateAsync(new ContactRequest("B"));
        var c = await Contacts.CreateAsync(new ContactRequest("C"));
        var old = await Silo.Interactions.CreateAsync(new NewInteraction { Channel = ChannelKind.Chat, ContactId = a.Id });
        await Merger.MergeAsync(b.Id, a.Id);
        await Merger.MergeAsync(c.Id, b.Id);
        Assert.Equal(old.Id, Assert.Single((await Timeline.GetAsync(c.Id, 10, null)).Items).InteractionId);

        await Assert.ThrowsAsync<ContactMergeConflictException>(() => Merger.UnmergeAsync(b.Id, a.Id).AsTask());
        await Merger.UnmergeAsync(c.Id, b.Id);
        await Merger.UnmergeAsync(b.Id, a.Id);

        Assert.Equal(old.Id, Assert.Single((await Timeline.GetAsync(a.Id, 10, null)).Items).InteractionId);
        Assert.Empty((await Timeline.GetAsync(c.Id, 10, null)).Items);
    }

    private static (string Phone, string Email) Identities() =>
        ($"+50688{Random.Shared.Next(100000, 999999)}", $"ana-{Guid.NewGuid():N}@example.com");

    private async Task<string> SnapshotAsync()
    {
        var parts = new List<string>();
        foreach (var collection in new[] { KernelCollections.Contacts, KernelCollections.ContactLookup, KernelCollections.ContactMerges })
        {
            var page = await Silo.Store.QueryAsync(collection.Name, new Sdk.Storage.DocumentQuery { PageSize = 1000 }, CancellationToken.None);
            parts.AddRange(page.Items.Select(d => $"{d.Id}:{d.Version}"));
        }

        return string.Join('\n', parts.Order(StringComparer.Ordinal));
    }
}
