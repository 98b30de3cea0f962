namespace ContactCenter.Host.Security.OAuth;

/// <summary>The OAuth server's settings (<c>CC:OAuth</c>).</summary>
internal sealed class OAuthOptions
{
    public const string Section = "CC:OAuth";

    /// <summary>Access token lifetime in minutes (default 60).</summary>
    public int AccessTokenMinutes { get; set; } = 60;

    /// <summary>Refresh token lifetime in days (default 14); each use rotates it.</summary>
    public int RefreshTokenDays { get; set; } = 14;

    /// <summary>Token endpoint requests per client address and minute (default 60; 429 beyond).</summary>
    public int TokenPermitsPerMinute { get; set; } = 60;

    /// <summary>How often unusable tokens and authorizations are pruned, in minutes (default 60).</summary>
    public int PruneIntervalMinutes { get; set; } = 60;

    /// <summary>How long unusable token entries are kept before pruning, in hours (default 24), for investigations.</summary>
    public int PruneRetentionHours { get; set; } = 24;

    /// <summary>
    /// How long a retired signing or encryption key keeps validating: the longest token lifetime (refresh tokens,
    /// access tokens, and OpenIddict's 5-minute authorization codes), so every token it issued has expired before it goes.
    /// </summary>
    public TimeSpan KeyRetention =>
        new[] { TimeSpan.FromDays(RefreshTokenDays), TimeSpan.FromMinutes(AccessTokenMinutes), TimeSpan.FromMinutes(5) }.Max();
}
