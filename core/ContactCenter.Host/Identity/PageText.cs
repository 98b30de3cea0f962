namespace ContactCenter.Host.Identity;

/// <summary>Everything the identity pages say, in one language (<see cref="English"/>, <see cref="Spanish"/>).</summary>
public sealed partial record PageText
{
    public required string Lang { get; init; }
    public required string OtherLang { get; init; }
    public required string OtherLanguageName { get; init; }
    public required string LanguageLabel { get; init; }
    public required string ErrorSummaryTitle { get; init; }
    public required string FieldRequired { get; init; }
    public required string SessionExpired { get; init; }

    public required string SignInTitle { get; init; }
    public required string UserName { get; init; }
    public required string Password { get; init; }
    public required string SignInButton { get; init; }
    public required string SignInFailed { get; init; }
    public required string LockedOut { get; init; }
    public required string SignedOut { get; init; }

    public required string MfaTitle { get; init; }
    public required string MfaIntro { get; init; }
    public required string Code { get; init; }
    public required string CodeHint { get; init; }
    public required string VerifyButton { get; init; }
    public required string RecoveryTitle { get; init; }
    public required string RecoveryIntro { get; init; }
    public required string RecoveryCode { get; init; }
    public required string RecoveryButton { get; init; }
    public required string CodeWrong { get; init; }
    public required string RecoveryWrong { get; init; }

    public required string EnrolTitle { get; init; }
    public required string EnrolIntro { get; init; }
    public required string QrAlt { get; init; }
    public required string ManualKey { get; init; }
    public required string EnrolButton { get; init; }

    public required string CodesTitle { get; init; }
    public required string CodesIntro { get; init; }
    public required string ContinueLink { get; init; }

    public required string PasswordTitle { get; init; }
    public required string PasswordIntro { get; init; }
    public required string CurrentPassword { get; init; }
    public required string NewPassword { get; init; }
    public required string ConfirmPassword { get; init; }
    public required string PasswordHint { get; init; }
    public required string ChangeButton { get; init; }
    public required string PasswordMismatch { get; init; }
    public required string CurrentPasswordWrong { get; init; }
    public required string PasswordTooShort { get; init; }
    public required string PasswordRequiresDigit { get; init; }
    public required string PasswordRequiresLower { get; init; }
    public required string PasswordRequiresUpper { get; init; }
    public required string PasswordRequiresUniqueChars { get; init; }
    public required string PasswordRequiresNonAlphanumeric { get; init; }
    public required string PasswordRejected { get; init; }

    public required string AccountTitle { get; init; }
    public required string SignedInAs { get; init; }
    public required string RolesLabel { get; init; }
    public required string MfaOn { get; init; }
    public required string MfaOff { get; init; }
    public required string EnrolLink { get; init; }
    public required string SignOutTitle { get; init; }
    public required string SignOutIntro { get; init; }
    public required string SignOutButton { get; init; }

    public required string PasskeyTitle { get; init; }
    public required string PasskeyIntro { get; init; }
    public required string PasskeyButton { get; init; }
    public required string PasskeyWaiting { get; init; }
    public required string PasskeyUnsupported { get; init; }
    public required string PasskeyCancelled { get; init; }
    public required string PasskeyFailed { get; init; }
    public required string PasskeyRefused { get; init; }
    public required string PasskeyMissing { get; init; }
    public required string PasskeysTitle { get; init; }
    public required string PasskeysIntro { get; init; }
    public required string PasskeyName { get; init; }
    public required string PasskeyNameHint { get; init; }
    public required string PasskeyDefaultName { get; init; }
    public required string AddPasskeyButton { get; init; }
    public required string RemovePasskeyButton { get; init; }
    public required string PasskeyAdded { get; init; }
    public required string PasskeyRemoved { get; init; }
    public required string NoPasskeys { get; init; }
    public required string PasskeyAddedOn { get; init; }
    public required string EnrolPasskeyTitle { get; init; }
    public required string EnrolPasskeyIntro { get; init; }
    public required string EnrolPasskeyButton { get; init; }
    public required string ManagePasskeysLink { get; init; }
    public required string BackToAccount { get; init; }

    public static PageText For(string language) => language == PageLanguage.Spanish ? Spanish : English;
}
