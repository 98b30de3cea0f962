using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Cluster;

/// <summary>Runs a grain operation and turns the SDK errors it throws into an <see cref="Outcome{T}"/>.</summary>
internal static class Outcomes
{
    public static async Task<Outcome<T>> Run<T>(Func<Task<T>> operation)
    {
        try
        {
            // Grain code: the continuation must stay on the grain's scheduler.
            return Outcome<T>.Success(await operation().ConfigureAwait(true));
        }
        catch (ContactCenterException error)
        {
            return Outcome<T>.Failure(error);
        }
    }
}
