namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>Waits for something the plugin does in the background (at most 15 s, polling every 25 ms).</summary>
internal static class Poll
{
    public static Task<T> ForAsync<T>(Func<T?> probe)
        where T : class => ForResultAsync(() => Task.FromResult(probe()));

    /// <summary>Waits until <paramref name="condition"/> holds.</summary>
    public static Task UntilAsync(Func<bool> condition) => ForAsync(() => condition() ? string.Empty : null);

    public static async Task<T> ForResultAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        for (var i = 0; i < 600; i++)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException("The expected state was not reached within 15 s.");
    }
}
