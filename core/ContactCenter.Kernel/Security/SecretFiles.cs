using System.Security.Cryptography;

namespace ContactCenter.Kernel.Security;

/// <summary>
/// Files and directories only the account running the platform may read (mode 0600 / 0700 on Unix): signing keys and
/// other secrets kept outside the store under <c>{DataDirectory}/secrets/</c>.
/// </summary>
public static class SecretFiles
{
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates <paramref name="directory"/> (and its parents) readable by the owner only.</summary>
    /// <param name="directory">The directory.</param>
    public static void EnsureDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
            return;
        }

        Directory.CreateDirectory(directory, OwnerDirectory);
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> with owner-only permissions from the first byte on, replacing it atomically.</summary>
    /// <param name="path">The file.</param>
    /// <param name="bytes">The content.</param>
    public static void WriteAtomic(string path, ReadOnlySpan<byte> bytes)
    {
        EnsureDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        // A temporary name of its own per write: two writers of the same file (two nodes' checkpoints, two test hosts
        // on one data directory) must not delete or rename each other's half-written file; the last rename wins whole.
        var temporary = $"{path}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerFile;
        }

        try
        {
            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Tightens the mode of an existing file that someone loosened.</summary>
    /// <param name="path">The file.</param>
    /// <returns><see langword="true"/> when the mode had to be tightened (worth a warning: someone loosened it).</returns>
    public static bool RestrictToOwner(string path)
    {
        if (OperatingSystem.IsWindows() || File.GetUnixFileMode(path) == OwnerFile)
        {
            return false;
        }

        File.SetUnixFileMode(path, OwnerFile);
        return true;
    }
}
