namespace ContactCenter.Kernel.Identity.Users;

/// <summary>
/// Claims a normalised user name for one account (document id = the normalised name in
/// <see cref="Storage.KernelCollections.UserNames"/>). It is inserted in the same batch as the account, so two
/// accounts can never take one name, even when two nodes create them at once.
/// </summary>
/// <param name="UserId">The account holding the name.</param>
public sealed record UserNameReservation(string UserId);
