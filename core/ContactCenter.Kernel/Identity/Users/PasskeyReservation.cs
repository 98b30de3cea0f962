namespace ContactCenter.Kernel.Identity.Users;

/// <summary>
/// Which account holds a passkey (document id = the credential id, base64url, in
/// <see cref="Storage.KernelCollections.UserPasskeys"/>). Written in the same batch as the account, so a credential
/// belongs to one account only and an assertion finds its account without scanning them all.
/// </summary>
/// <param name="UserId">The account holding the credential.</param>
public sealed record PasskeyReservation(string UserId);
