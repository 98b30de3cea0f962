namespace ContactCenter.Kernel.Tests.Plugins.Support;

/// <summary>Waits for something that happens on another thread, failing (not hanging) if it never does.</summary>
internal static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, string what, int seconds = 10)
        where T : class
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            if (await probe() is { } value)
            {
                return value;
            }

            await Task.Delay(20);
        }

        throw new Xunit.Sdk.XunitException($"Timed out waiting for {what}.");
    }

    public static Task TrueAsync(Func<bool> condition, string what, int seconds = 10) =>
        GetAsync<object>(() => Task.FromResult(condition() ? new object() : null), what, seconds);
}
