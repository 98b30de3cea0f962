namespace ContactCenter.Sdk.Voice;

/// <summary>The digits a caller pressed, and why the collection ended.</summary>
/// <param name="Digits">The digits (0-9, <c>*</c>, <c>#</c>, A-D), without the terminator; empty when none.</param>
/// <param name="EndedBy">Why the collection ended.</param>
public sealed record CollectedDigits(string Digits, DigitCollectionEnd EndedBy);
