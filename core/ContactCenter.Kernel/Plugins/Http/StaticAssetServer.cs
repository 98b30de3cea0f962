using System.Globalization;
using ContactCenter.Kernel.Plugins.Runtime;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace ContactCenter.Kernel.Plugins.Http;

/// <summary>
/// Serves files from a plugin's <c>staticAssets</c> folder under its public path: GET and HEAD only, no path that
/// leaves the folder (<c>..</c>, rooted, hidden segments), content types by extension, ETag validation.
/// </summary>
internal static class StaticAssetServer
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>Serves <paramref name="subPath"/> if it names a file of the plugin's static assets.</summary>
    /// <returns><see langword="true"/> if a file was served (or validated as unchanged).</returns>
    public static async Task<bool> TryServeAsync(HttpContext http, PluginVersion version, string subPath)
    {
        if (version.Manifest.StaticAssets is not { } assets || !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)))
        {
            return false;
        }

        var relative = subPath == "/" ? "index.html" : subPath.TrimStart('/');
        if (!IsSafe(relative))
        {
            return false;
        }

        var root = Path.GetFullPath(Path.Combine(version.Directory, assets)) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        var file = new FileInfo(full);
        if (!full.StartsWith(root, StringComparison.Ordinal) || !file.Exists)
        {
            return false;
        }

        var etag = new EntityTagHeaderValue($"\"{file.Length:x}-{file.LastWriteTimeUtc.Ticks:x}\"");
        var response = http.Response;
        response.Headers.ETag = etag.ToString();
        response.Headers.CacheControl = "no-cache";
        if (http.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false) || tag.Equals(EntityTagHeaderValue.Any)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return true;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentTypes.TryGetContentType(full, out var contentType) ? contentType : "application/octet-stream";
        response.ContentLength = file.Length;
        response.Headers.LastModified = file.LastWriteTimeUtc.ToString("R", CultureInfo.InvariantCulture);
        if (HttpMethods.IsGet(http.Request.Method))
        {
            await response.SendFileAsync(full, http.RequestAborted).ConfigureAwait(false);
        }

        return true;
    }

    private static bool IsSafe(string relative) =>
        relative.Length > 0
        && !Path.IsPathRooted(relative)
        && relative.IndexOfAny(['\\', ':', '\0']) < 0
        && relative.Split('/').All(s => s.Length > 0 && !s.StartsWith('.'));
}
