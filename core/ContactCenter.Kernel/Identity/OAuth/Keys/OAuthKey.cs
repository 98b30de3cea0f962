using System.Security.Cryptography;

namespace ContactCenter.Kernel.Identity.OAuth.Keys;

/// <summary>A loaded OAuth key: its id, use, whether it is the one issuing now, and the RSA key itself.</summary>
/// <param name="Id">The key id (also the JWT <c>kid</c>).</param>
/// <param name="Use">What it is for (<see cref="OAuthKeyUse"/>).</param>
/// <param name="IsCurrent">Whether new tokens use it; retired keys only validate or decrypt older tokens.</param>
/// <param name="Rsa">The key.</param>
public sealed record OAuthKey(string Id, string Use, bool IsCurrent, RSA Rsa);
