namespace ContactCenter.Sdk.Events;

/// <summary>Data of <see cref="EventTypes.KeyRingChanged"/>. Names key ids, never keys.</summary>
/// <param name="Operation">What was done: <c>created</c> (first start), <c>data-key-rotated</c> or <c>master-key-rotated</c>.</param>
/// <param name="CurrentDataKeyId">The data key new writes use after the change.</param>
/// <param name="MasterKeyId">The master key that now wraps the data keys.</param>
/// <param name="RewrappedKeys">How many key ring entries were re-wrapped (master-key rotation), else 0.</param>
/// <param name="At">When.</param>
public sealed record KeyRingChanged(string Operation, string CurrentDataKeyId, string MasterKeyId, int RewrappedKeys, DateTimeOffset At);
