using System.Net;

namespace ContactCenter.Host.Demo;

/// <summary>Tells listening addresses reachable only from this machine from the others.</summary>
internal static class LoopbackAddresses
{
    /// <summary>
    /// Whether <paramref name="url"/> listens on loopback only: <c>localhost</c>, <c>127.0.0.0/8</c>, <c>::1</c>, or a
    /// Unix socket or named pipe. Wildcards (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c>), other addresses and
    /// host names are not, nor is anything that does not parse.
    /// </summary>
    /// <param name="url">A Kestrel listening URL.</param>
    /// <returns>Whether it is loopback only.</returns>
    public static bool IsLoopback(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        BindingAddress address;
        try
        {
            address = BindingAddress.Parse(url.Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        if (address.IsUnixPipe || address.IsNamedPipe)
        {
            return true;
        }

        var host = address.Host.TrimStart('[').TrimEnd(']');
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }
}
