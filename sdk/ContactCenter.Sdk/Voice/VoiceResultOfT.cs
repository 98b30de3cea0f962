namespace ContactCenter.Sdk.Voice;

/// <summary>What a voice request that returns a value came to (made by <see cref="VoiceResult.Success{T}"/> and <see cref="VoiceResult.Refuse{T}"/>).</summary>
/// <typeparam name="T">The value returned on success.</typeparam>
public sealed record VoiceResult<T> : VoiceResult
{
    /// <summary>The value (default when refused).</summary>
    public T? Value { get; init; }
}
