namespace ContactCenter.Host.Security;

/// <summary>Files and directories only the account running the host may read (mode 0600 / 0700 on Unix).</summary>
internal static class PrivateFiles
{
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public static void EnsureDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
            return;
        }

        Directory.CreateDirectory(directory, OwnerDirectory);
    }

    /// <summary>Creates <paramref name="path"/> (replacing a leftover) with owner-only permissions from the first byte on.</summary>
    public static void WriteNew(string path, ReadOnlySpan<byte> bytes)
    {
        File.Delete(path);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerFile;
        }

        using var stream = new FileStream(path, options);
        stream.Write(bytes);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Tightens the mode of an existing file that someone loosened.</summary>
    public static void RestrictToOwner(string path)
    {
        if (!OperatingSystem.IsWindows() && File.GetUnixFileMode(path) != OwnerFile)
        {
            File.SetUnixFileMode(path, OwnerFile);
        }
    }
}
