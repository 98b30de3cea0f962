namespace ContactCenter.Host;

/// <summary>Builds and runs the ContactCenter host.</summary>
public static class HostApplication
{
    /// <summary>Runs the host until it is stopped.</summary>
    /// <param name="args">Command-line arguments (standard ASP.NET Core ones such as <c>--urls</c>).</param>
    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(string[] args)
    {
        var app = WebApplication.CreateBuilder(args).Build();
        await app.RunAsync().ConfigureAwait(false);
        return 0;
    }
}
