using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Interactions;

internal sealed partial class InteractionGrain
{
    /// <summary>Writes the snapshot again with the current data key (a key rotation's re-encryption); no transition, no event.</summary>
    public async Task<bool> ResealAsync()
    {
        if (_current is null)
        {
            return false;
        }

        try
        {
            _storeVersion = await journal.ResealAsync(_current, _storeVersion, CancellationToken.None).ConfigureAwait(true);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            // Written elsewhere (a stale activation): take the stored truth; its writer used the keys it had.
            await OnActivateAsync(CancellationToken.None).ConfigureAwait(true);
            return false;
        }
    }
}
