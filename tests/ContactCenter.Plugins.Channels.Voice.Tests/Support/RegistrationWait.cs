namespace ContactCenter.Plugins.Channels.Voice.Tests.Support;

/// <summary>Polls a registration client's state until <c>condition</c> holds (15 s at most), then asserts it.</summary>
internal static class RegistrationWait
{
    public static async Task ForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition(), "The registration did not reach the expected state within 15 s.");
    }
}
