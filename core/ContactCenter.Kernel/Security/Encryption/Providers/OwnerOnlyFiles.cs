namespace ContactCenter.Kernel.Security.Encryption.Providers;

/// <summary>Files only the account running the platform may read: mode 0600 in a 0700 directory on Unix, from the first byte on.</summary>
internal static class OwnerOnlyFiles
{
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerDirectory = OwnerFile | UnixFileMode.UserExecute;

    /// <summary>Writes <paramref name="path"/> atomically (a private temporary file, flushed, then renamed over it).</summary>
    public static void WriteAtomically(string path, ReadOnlySpan<byte> bytes)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(directory);
        }
        else
        {
            System.IO.Directory.CreateDirectory(directory, OwnerDirectory);
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
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
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Whether anyone but the owner may read or write <paramref name="path"/>; tightens it if so.</summary>
    /// <returns><see langword="true"/> when the mode had to be tightened.</returns>
    public static bool Restrict(string path)
    {
        if (OperatingSystem.IsWindows() || File.GetUnixFileMode(path) == OwnerFile)
        {
            return false;
        }

        File.SetUnixFileMode(path, OwnerFile);
        return true;
    }
}
