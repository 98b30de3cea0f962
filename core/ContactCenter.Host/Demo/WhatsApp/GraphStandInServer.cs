using System.Text.Json;
using ContactCenter.Host.Demo.Plugins;
using ContactCenter.Kernel.Time;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Demo.WhatsApp;

/// <summary>
/// Starts the Graph API stand-in once the plugins run, and points the bundled WhatsApp plugin's account at it through
/// the plugin's own <c>PUT /account</c> (validated and audited by the plugin, actor <c>demo</c>). The stand-in listens on
/// its own plain-HTTP loopback port because the plugin's HTTP client, like any Graph client, checks certificates and
/// the host's is self-signed. Only in demo mode with <see cref="DemoOptions.WhatsAppStandIn"/>; each start makes new
/// secrets and a new port, so each start sets the account again.
/// </summary>
internal sealed partial class GraphStandInServer(
    IOptions<DemoOptions> options,
    DemoWhatsAppStandIn standIn,
    DemoPluginCalls calls,
    KernelTime time,
    ILogger<GraphStandInServer> logger) : IHostedLifecycleService, IAsyncDisposable
{
    private WebApplication? _app;

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled || !options.Value.WhatsAppStandIn)
        {
            return;
        }

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddRoutingCore();
        _app = builder.Build();
        _app.UseRouting();
        GraphStandInRoutes.Map(_app, standIn, time);
        await _app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = _app.Urls.First();
        standIn.BaseUrl = new Uri(address.TrimEnd('/') + DemoWhatsAppStandIn.PathBase);

        var account = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
        {
            ["appSecret"] = standIn.AppSecret,
            ["accessToken"] = standIn.AccessToken,
            ["verifyToken"] = standIn.VerifyToken,
            ["graphBaseUrl"] = standIn.BaseUrl.AbsoluteUri,
        });
        var answer = await calls.CallAsDemoAsync(DemoWhatsAppStandIn.PluginId, HttpMethods.Put, "/account", account, cancellationToken).ConfigureAwait(false);
        standIn.Ready = answer.Succeeded;
        if (standIn.Ready)
        {
            LogReady(standIn.BaseUrl.AbsoluteUri);
        }
        else
        {
            LogRefused(answer.Status);
        }
    }

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync().ConfigureAwait(false);
            _app = null;
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 2911, Level = LogLevel.Information, Message = "Demo mode: the WhatsApp account points at the Graph API stand-in {Url}")]
    private partial void LogReady(string url);

    [LoggerMessage(EventId = 2912, Level = LogLevel.Warning, Message = "Demo mode: the WhatsApp plugin refused the stand-in's account ({Status}); POST /demo/whatsapp/messages answers 503")]
    private partial void LogRefused(int status);
}
