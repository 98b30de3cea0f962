using System.Net;
using ContactCenter.Plugins.Channels.Voice.Sip;
using ContactCenter.Plugins.Channels.Voice.Sip.Auth;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using ContactCenter.Plugins.Channels.Voice.Sip.Registrar;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Registrar;

public sealed class SipRegistrarTests : IAsyncLifetime
{
    private const string Realm = "cc.test";
    private static readonly SipSource Source = new("UDP", new IPEndPoint(IPAddress.Parse("192.0.2.50"), 5062), new IPEndPoint(IPAddress.Loopback, 5060));

    private readonly FakeTimeProvider _time = new();
    private readonly InMemorySipCredentialStore _credentials = new();
    private readonly SipBindingStore _bindings;
    private readonly SipBanList _bans;
    private readonly SipRegistrar _registrar;

    public SipRegistrarTests()
    {
        _bindings = new SipBindingStore(_time);
        _bans = new SipBanList(new SipProtectionOptions { MaxAuthFailures = 3 }, _time);
        var authenticator = new SipDigestAuthenticator(_credentials, new SipNonceService(_time, TimeSpan.FromMinutes(5)), Realm, [SipDigestAlgorithm.Sha256, SipDigestAlgorithm.Md5]);
        _registrar = new SipRegistrar(new SipRegistrarOptions(), authenticator, _bindings, _bans, _time, NullLogger.Instance);
    }

    public async Task InitializeAsync() => await _credentials.RotateAsync(Realm, "agent1", "s3cret", CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task HandleAsync_NoCredentials_401OfferingSha256ThenMd5()
    {
        var response = await Handle(SipTestClient.Register("agent1", Realm, 1));

        Assert.Equal(401, response.StatusCode);
        var challenges = response.Headers.GetAll(SipHeaderNames.WwwAuthenticate).ToList();
        Assert.Equal(2, challenges.Count);
        Assert.Contains("algorithm=SHA-256", challenges[0], StringComparison.Ordinal);
        Assert.Contains("algorithm=MD5", challenges[1], StringComparison.Ordinal);
        Assert.All(challenges, c => Assert.Contains("qop=\"auth\"", c, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(SipDigestAlgorithm.Md5)]
    [InlineData(SipDigestAlgorithm.Sha256)]
    public async Task HandleAsync_RightAnswer_200WithBinding(string algorithm)
    {
        var challenge = await Handle(SipTestClient.Register("agent1", Realm, 1));

        var response = await Handle(SipTestClient.Register("agent1", Realm, 2, SipTestClient.Answer(challenge, algorithm, "agent1", "s3cret", $"sip:{Realm}")));

        Assert.Equal(200, response.StatusCode);
        var contact = Assert.Single(response.Contacts);
        Assert.Equal("sip:agent1@192.0.2.50:5062", contact.Uri!.ToString());
        Assert.Equal("600", contact.Parameters.Get("expires"));
        Assert.Single(_bindings.Current($"sip:agent1@{Realm}"));
    }

    [Fact]
    public async Task HandleAsync_BindingNotRefreshed_ExpiresOnTime()
    {
        await RegisterAsync(";expires=600");

        _time.Advance(TimeSpan.FromSeconds(599));
        var before = _bindings.Current($"sip:agent1@{Realm}").Count;
        _time.Advance(TimeSpan.FromSeconds(1));
        var after = _bindings.Current($"sip:agent1@{Realm}").Count;

        Assert.Equal(1, before);
        Assert.Equal(0, after);
    }

    [Fact]
    public async Task HandleAsync_WildcardWithExpiresZero_RemovesAllBindings()
    {
        await RegisterAsync(";expires=600");
        var challenge = await Handle(SipTestClient.Register("agent1", Realm, 5));
        var text = SipTestClient.Register("agent1", Realm, 6, SipTestClient.Answer(challenge, SipDigestAlgorithm.Md5, "agent1", "s3cret", $"sip:{Realm}", nc: "00000001"))
            .Replace("Contact: <sip:agent1@192.0.2.50:5062>;expires=600", "Contact: *\r\nExpires: 0", StringComparison.Ordinal);

        var response = await Handle(text);

        Assert.Equal(200, response.StatusCode);
        Assert.Empty(_bindings.Current($"sip:agent1@{Realm}"));
    }

    [Fact]
    public async Task HandleAsync_ExpiresBelowMinimum_423WithMinExpires()
    {
        var response = await RegisterAsync(";expires=10");

        Assert.Equal(423, response.StatusCode);
        Assert.Equal("60", response.Headers.Get(SipHeaderNames.MinExpires));
    }

    [Fact]
    public async Task HandleAsync_ReplayedNonceCount_Rejected()
    {
        var challenge = await Handle(SipTestClient.Register("agent1", Realm, 1));
        var answer = SipTestClient.Answer(challenge, SipDigestAlgorithm.Md5, "agent1", "s3cret", $"sip:{Realm}");
        await Handle(SipTestClient.Register("agent1", Realm, 2, answer));

        var replay = await Handle(SipTestClient.Register("agent1", Realm, 3, answer));

        Assert.Equal(401, replay.StatusCode);
    }

    [Fact]
    public async Task HandleAsync_ExpiredNonceWithRightAnswer_401Stale()
    {
        var challenge = await Handle(SipTestClient.Register("agent1", Realm, 1));
        _time.Advance(TimeSpan.FromMinutes(6));

        var response = await Handle(SipTestClient.Register("agent1", Realm, 2, SipTestClient.Answer(challenge, SipDigestAlgorithm.Sha256, "agent1", "s3cret", $"sip:{Realm}")));

        Assert.Equal(401, response.StatusCode);
        Assert.All(response.Headers.GetAll(SipHeaderNames.WwwAuthenticate), c => Assert.Contains("stale=true", c, StringComparison.Ordinal));
        Assert.False(_bans.IsBanned(Source.Remote.Address));
    }

    [Fact]
    public async Task HandleAsync_WrongSecretRepeatedly_BansSourceWith403()
    {
        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            var challenge = await Handle(SipTestClient.Register("agent1", Realm, (i * 2) + 1));
            var response = await Handle(SipTestClient.Register("agent1", Realm, (i * 2) + 2, SipTestClient.Answer(challenge, SipDigestAlgorithm.Md5, "agent1", "guess" + i, $"sip:{Realm}")));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([401, 401, 403], statuses);
        Assert.True(_bans.IsBanned(Source.Remote.Address));
    }

    [Fact]
    public async Task HandleAsync_SecretRotated_OldSecretFailsNewSecretWorks()
    {
        await _credentials.RotateAsync(Realm, "agent1", "n3w-secret", CancellationToken.None);
        var challenge = await Handle(SipTestClient.Register("agent1", Realm, 1));

        var old = await Handle(SipTestClient.Register("agent1", Realm, 2, SipTestClient.Answer(challenge, SipDigestAlgorithm.Md5, "agent1", "s3cret", $"sip:{Realm}")));
        var fresh = await Handle(SipTestClient.Register("agent1", Realm, 3, SipTestClient.Answer(challenge, SipDigestAlgorithm.Md5, "agent1", "n3w-secret", $"sip:{Realm}", nc: "00000002")));

        Assert.Equal(401, old.StatusCode);
        Assert.Equal(200, fresh.StatusCode);
    }

    [Fact]
    public async Task HandleAsync_AuthenticatedUserRegistersSomeoneElse_403()
    {
        await _credentials.RotateAsync(Realm, "agent2", "other", CancellationToken.None);
        var challenge = await Handle(SipTestClient.Register("agent1", Realm, 1));
        var text = SipTestClient.Register("agent1", Realm, 2, SipTestClient.Answer(challenge, SipDigestAlgorithm.Md5, "agent2", "other", $"sip:{Realm}"));

        var response = await Handle(text);

        Assert.Equal(403, response.StatusCode);
        Assert.Empty(_bindings.Current($"sip:agent1@{Realm}"));
    }

    [Fact]
    public async Task Credentials_StoredOnlyAsHa1()
    {
        var credential = (await _credentials.FindAsync(Realm, "agent1", CancellationToken.None))!;

        Assert.Equal(SipDigestAlgorithm.Hash("MD5", $"agent1:{Realm}:s3cret"), credential.Ha1Md5);
        Assert.Equal(SipDigestAlgorithm.Hash("SHA-256", $"agent1:{Realm}:s3cret"), credential.Ha1Sha256);
        Assert.DoesNotContain("s3cret", credential.ToString(), StringComparison.Ordinal);
    }

    private async Task<SipResponse> RegisterAsync(string contactTail)
    {
        var challenge = await Handle(SipTestClient.Register("agent1", Realm, 1, contactTail: contactTail));
        return await Handle(SipTestClient.Register("agent1", Realm, 2, SipTestClient.Answer(challenge, SipDigestAlgorithm.Md5, "agent1", "s3cret", $"sip:{Realm}"), contactTail));
    }

    private async Task<SipResponse> Handle(string text) =>
        await _registrar.HandleAsync(SipTestClient.Parse(text), Source, CancellationToken.None);
}
