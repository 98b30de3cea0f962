using System.Security.Cryptography;
using ContactCenter.Host.Security.Authentication;
using ContactCenter.Host.Security.Tls;
using ContactCenter.Kernel.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Demo;

/// <summary>Prints the guide once the host listens (the real port is known only then) and keeps a copy in the data directory.</summary>
internal sealed class DemoGuidePrinter(
    IServer server,
    AdminTokenFile token,
    HostCertificateProvider certificates,
    IOptions<StorageOptions> storage,
    IOptions<DemoOptions> options,
    DemoOutput output)
{
    public async ValueTask<DemoGuideFacts> PrintAsync(DemoSeedReport report, CancellationToken cancellationToken)
    {
        var facts = Facts();
        var guide = DemoGuide.Render(report, facts);
        var temporary = facts.GuidePath + ".tmp";
        await File.WriteAllTextAsync(temporary, guide, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, facts.GuidePath, overwrite: true);

        // One write, so the console logger's lines cannot interleave with the guide.
        await output.Writer.WriteAsync(guide.AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.Writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return facts;
    }

    private DemoGuideFacts Facts()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var url = addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) ?? Configuration.UrlOptions.DefaultUrl;
        var pin = "sha256//" + Convert.ToBase64String(SHA256.HashData(certificates.Certificate.PublicKey.ExportSubjectPublicKeyInfo()));
        return new DemoGuideFacts(Callable(url), token.Path, pin, storage.Value.FullDataDirectory, options.Value.WhatsAppStandIn);
    }

    // A wildcard listener is reached on loopback from this machine, which is where the guide's commands run.
    private static string Callable(string url)
    {
        var address = BindingAddress.Parse(url);
        return address.Host is "0.0.0.0" or "[::]" or "*" or "+"
            ? $"{address.Scheme}://127.0.0.1:{address.Port}"
            : url.TrimEnd('/');
    }
}
