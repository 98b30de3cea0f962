using System.Net;
using System.Net.Http.Json;
using System.Security.Authentication;
using System.Text.Json;

namespace ContactCenter.Cli.Connection;

/// <summary>Calls the host's API over pinned HTTPS and turns its problem responses into one-line errors.</summary>
internal sealed class HostApiClient(HostTarget target) : IDisposable
{
    private readonly HttpClient _http = PinnedHttpClient.Create(target);

    public HostTarget Target => target;

    public async Task<T> SendAsync<T>(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(method, path, content, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync<T>(CliJson.Options, cancellationToken).ConfigureAwait(false)
            ?? throw new CliException($"The host answered {path} with an empty body.", ExitCodes.Refused);
    }

    public async Task SendAsync(HttpMethod method, string path, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(method, path, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Streams a response body (e.g. a JSON-lines export) to <paramref name="destination"/>.</summary>
    public async Task CopyToAsync(string path, Stream destination, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(HttpMethod.Get, path, null, cancellationToken).ConfigureAwait(false);
        await response.Content.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>GETs <paramref name="path"/> into <paramref name="destinationPath"/>, streaming (for large bodies such as snapshots).</summary>
    public async Task DownloadAsync(string path, string destinationPath, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(HttpMethod.Post, path, null, cancellationToken, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        var source = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (source.ConfigureAwait(false))
        {
            var target = new FileStream(destinationPath, FileMode.Create, FileAccess.Write, FileShare.None);
            await using (target.ConfigureAwait(false))
            {
                await source.CopyToAsync(new ProgressStream(target, progress), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken,
        HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, completion, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex) when (ex.InnerException is AuthenticationException)
        {
            throw new CliException(
                $"The certificate of {target.BaseAddress} does not match the pinned SHA-256 fingerprint {target.CertificateSha256}; refusing to talk to it.",
                ExitCodes.Connection, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new CliException($"Cannot reach the host at {target.BaseAddress} ({ex.Message}).", ExitCodes.Connection, ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliException($"The host at {target.BaseAddress} did not answer in time.", ExitCodes.Connection, ex);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var problem = await ReadProblemAsync(response, cancellationToken).ConfigureAwait(false);
            var code = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden ? ExitCodes.Connection : ExitCodes.Refused;
            throw new CliException($"{(int)response.StatusCode} {problem}", code);
        }
    }

    private static async Task<string> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var problem = JsonDocument.Parse(body).RootElement;
            var title = problem.TryGetProperty("title", out var t) ? t.GetString() : response.ReasonPhrase;
            var detail = problem.TryGetProperty("detail", out var d) ? d.GetString() : null;
            var trace = problem.TryGetProperty("traceId", out var id) ? $" (trace {id.GetString()})" : string.Empty;
            var errors = problem.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object
                ? " " + string.Join("; ", e.EnumerateObject().SelectMany(p => p.Value.EnumerateArray().Select(v => $"{p.Name}: {v.GetString()}")))
                : string.Empty;
            return $"{title}: {detail}{errors}{trace}";
        }
        catch (JsonException)
        {
            return response.ReasonPhrase ?? "error";
        }
    }
}
