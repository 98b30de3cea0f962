namespace ContactCenter.Host.Configuration;

/// <summary>The addresses the host listens on: the standard <c>urls</c> setting (<c>--urls</c>, <c>ASPNETCORE_URLS</c>).</summary>
public sealed class UrlOptions
{
    /// <summary>The configuration key.</summary>
    public const string Key = "urls";

    /// <summary>The default address: loopback only, HTTPS.</summary>
    public const string DefaultUrl = "https://127.0.0.1:8443";

    /// <summary>The configured URLs.</summary>
    public IReadOnlyList<string> Urls { get; set; } = [DefaultUrl];

    /// <summary>URLs of endpoints configured under <c>Kestrel:Endpoints</c>, by configuration key.</summary>
    public IReadOnlyDictionary<string, string> KestrelEndpoints { get; set; } = new Dictionary<string, string>();
}
