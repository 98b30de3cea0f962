using ContactCenter.Kernel.Identity.OAuth.Keys;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Kernel.Tests.Identity.Users;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Errors;
using ContactCenter.Testing.Security;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Kernel.Tests.Identity.OAuth;

/// <summary>OAuth key rotation: a new current key per use, retired keys kept for the retention and then left out, audited without key material.</summary>
public sealed class OAuthKeyRotationTests : IAsyncLifetime
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(14);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly RecordingAuditLog _audit = new();
    private EncryptedKernel _kernel = null!;
    private OAuthKeyRing _ring = null!;

    public async Task InitializeAsync()
    {
        var store = new InMemoryDocumentStore(TimeProvider.System);
        _kernel = await EncryptedKernel.StartAsync(store);
        _ring = new OAuthKeyRing(store, _kernel.Protector, new KernelTime(_time));
    }

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    [Fact]
    public async Task RotateAsync_Both_NewCurrentKeysFirstRetiredStillLoadedAndAudited()
    {
        var first = await _ring.EnsureAndLoadAsync(Retention, CancellationToken.None);
        var oldSigning = first.Single(k => k.Use == OAuthKeyUse.Signing).Id;

        var rotated = await new OAuthKeyRotation(_ring, _audit).RotateAsync(null, "u-admin", "127.0.0.1");

        var keys = await _ring.LoadAsync(Retention, CancellationToken.None);
        Assert.Equal(4, keys.Count);
        Assert.Equal(rotated[OAuthKeyUse.Signing], keys.First(k => k.Use == OAuthKeyUse.Signing).Id);
        Assert.True(keys.First(k => k.Use == OAuthKeyUse.Signing).IsCurrent);
        Assert.False(keys.Single(k => k.Id == oldSigning).IsCurrent);
        Assert.Equal(["oauth-key.rotated", "oauth-key.rotated"], _audit.Entries.Select(e => e.Action));
        var signing = _audit.Entries.First();
        Assert.Equal(($"oauth-key/{rotated[OAuthKeyUse.Signing]}", "u-admin", $"use signing; retired {oldSigning}"), (signing.Target, signing.Actor, signing.Detail));
    }

    [Fact]
    public async Task LoadAsync_RetiredLongerThanTheRetention_IsLeftOut()
    {
        await _ring.EnsureAndLoadAsync(Retention, CancellationToken.None);
        var rotated = await new OAuthKeyRotation(_ring, _audit).RotateAsync(OAuthKeyUse.Signing, "u-admin", null);

        _time.Advance(Retention - TimeSpan.FromMinutes(1));
        var within = await _ring.LoadAsync(Retention, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(2));
        var after = await _ring.LoadAsync(Retention, CancellationToken.None);

        Assert.Equal(2, within.Count(k => k.Use == OAuthKeyUse.Signing));
        Assert.Equal([rotated[OAuthKeyUse.Signing]], after.Where(k => k.Use == OAuthKeyUse.Signing).Select(k => k.Id));
        Assert.Single(after, k => k.Use == OAuthKeyUse.Encryption);
        Assert.Equal(3, (await _ring.ListAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task RotateAsync_UnknownUse_IsRefusedAndChangesNothing()
    {
        await _ring.EnsureAndLoadAsync(Retention, CancellationToken.None);

        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => new OAuthKeyRotation(_ring, _audit).RotateAsync("sealing", "u-admin", null));

        Assert.Equal(["use"], ex.Errors.Keys);
        Assert.Equal(2, (await _ring.ListAsync(CancellationToken.None)).Count);
        Assert.Empty(_audit.Entries);
    }
}
