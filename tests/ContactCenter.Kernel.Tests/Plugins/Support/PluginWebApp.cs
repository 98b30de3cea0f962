using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ContactCenter.Kernel.Plugins;
using ContactCenter.Kernel.Plugins.Http;
using ContactCenter.Kernel.Storage.Memory;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Tests.Plugins.Support;

/// <summary>
/// A minimal real Kestrel app on <c>https://127.0.0.1:{ephemeral}</c> that maps the kernel-owned plugin routes to the
/// dispatcher (and sets a kernel security header), with an <see cref="HttpClient"/> trusting its self-signed certificate.
/// </summary>
internal sealed class PluginWebApp : IAsyncDisposable
{
    private static readonly Lazy<X509Certificate2> Certificate = new(CreateCertificate);

    private PluginWebApp(TempDirectory data, WebApplication app, Uri address)
    {
        Data = data;
        App = app;
        Address = address;
        Client = new HttpClient(new SocketsHttpHandler
        {
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == Certificate.Value.GetCertHashString() },
            MaxConnectionsPerServer = 64,
        })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public TempDirectory Data { get; }

    public WebApplication App { get; }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public IPluginManager Manager => App.Services.GetRequiredService<IPluginManager>();

    public string Work => Directory.CreateDirectory(Path.Combine(Data.Path, "work")).FullName;

    public static X509Certificate2 ServerCertificate => Certificate.Value;

    public static async Task<PluginWebApp> StartAsync(Action<Dictionary<string, string?>>? settings = null)
    {
        var data = new TempDirectory();
        var values = PluginTestHost.DefaultSettings(data.Path);
        settings?.Invoke(values);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(values);
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(Certificate.Value)));
        PluginTestHost.AddServices(builder.Services, builder.Configuration, new InMemoryDocumentStore(TimeProvider.System));
        var app = builder.Build();
        app.UseWebSockets();
        app.Use(async (context, next) =>
        {
            context.Response.Headers.XFrameOptions = "DENY";
            await next(context);
        });
        app.Map("/api/v1/channels/{pluginId}/{**path}", (HttpContext context, string pluginId, string? path, IPluginHttpDispatcher dispatcher) =>
            dispatcher.DispatchApiAsync(context, pluginId, "/" + path));
        app.Use(async (context, next) =>
        {
            if (!await context.RequestServices.GetRequiredService<IPluginHttpDispatcher>().TryDispatchPublicAsync(context))
            {
                await next(context);
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PluginWebApp(data, app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Data.Dispose();
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.Now.AddDays(-1), DateTimeOffset.Now.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}
