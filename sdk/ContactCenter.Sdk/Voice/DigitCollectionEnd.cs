namespace ContactCenter.Sdk.Voice;

/// <summary>Why a digit collection ended.</summary>
public enum DigitCollectionEnd
{
    /// <summary>The caller pressed <see cref="DigitCollectionRequest.MaxDigits"/> digits.</summary>
    MaxDigits,

    /// <summary>The caller pressed the terminator.</summary>
    Terminator,

    /// <summary>No first digit came in time.</summary>
    FirstDigitTimeout,

    /// <summary>No next digit came in time.</summary>
    InterDigitTimeout,

    /// <summary>The caller hung up.</summary>
    Hangup,
}
