using System.Security.Cryptography;
using System.Text;
using ContactCenter.Kernel.Security;

namespace ContactCenter.Kernel.Identity.Bootstrap;

/// <summary>The generated first password and the owner-only file it is handed over in.</summary>
public static class BootstrapCredentials
{
    /// <summary>The file's path relative to the data directory.</summary>
    public static readonly string RelativePath = Path.Combine("secrets", "bootstrap-admin.txt");

    /// <summary>A random 144-bit password that passes the default policy (upper case, lower case, digit, 24 characters).</summary>
    /// <returns>The password.</returns>
    public static string GeneratePassword()
    {
        while (true)
        {
            var candidate = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18));
            if (candidate.Any(char.IsAsciiDigit) && candidate.Any(char.IsAsciiLetterUpper) && candidate.Any(char.IsAsciiLetterLower))
            {
                return candidate;
            }
        }
    }

    /// <summary>Writes the user name and password for the operator, readable by the platform's account only.</summary>
    /// <param name="dataDirectory">The data directory.</param>
    /// <param name="userName">The user name.</param>
    /// <param name="password">The one-time password.</param>
    /// <returns>The file's path.</returns>
    public static string Write(string dataDirectory, string userName, string password)
    {
        var path = Path.Combine(dataDirectory, RelativePath);
        var text = $"user name: {userName}\npassword: {password}\n" +
                   "This password works once: it must be changed, and MFA enrolled, at the first sign-in. Delete this file afterwards.\n";
        SecretFiles.WriteAtomic(path, Encoding.UTF8.GetBytes(text));
        return path;
    }
}
