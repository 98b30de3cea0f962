using System.Text;

namespace ContactCenter.Storage.LiteDb.Files;

/// <summary>
/// The store's two files in the data directory: <c>contactcenter.db</c> (LiteDB data) and
/// <c>contactcenter-log.db</c> (LiteDB's write-ahead log), opened exclusively. The exclusive open of the data file is
/// the lock that keeps a second process or store instance out; the operating system drops it when the process dies,
/// even by SIGKILL, so a crash never leaves a stale lock behind.
/// </summary>
internal sealed class StoreFiles : IDisposable
{
    /// <summary>The data file's name.</summary>
    public const string DataFileName = "contactcenter.db";

    /// <summary>The log file's name (LiteDB's own naming for a data file's log).</summary>
    public const string LogFileName = "contactcenter-log.db";

    private const int PageSize = 8192;
    private const string LiteDbSignature = "** This is a LiteDB file **";

    private StoreFiles(DurableFileStream data, DurableFileStream log)
    {
        Data = data;
        Log = log;
    }

    public DurableFileStream Data { get; }

    public DurableFileStream Log { get; }

    /// <summary>Opens (creating if missing) the files in <paramref name="directory"/>.</summary>
    /// <exception cref="InvalidOperationException">The directory is in use, or the data file is not a LiteDB file.</exception>
    public static StoreFiles Open(string directory)
    {
        Directory.CreateDirectory(directory);
        var dataPath = System.IO.Path.Combine(directory, DataFileName);
        var data = OpenExclusive(dataPath, directory);
        try
        {
            CheckDataFile(data, dataPath);
            var log = OpenExclusive(System.IO.Path.Combine(directory, LogFileName), directory);
            TrimTornPage(log);
            return new StoreFiles(new DurableFileStream(data), new DurableFileStream(log));
        }
        catch
        {
            data.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Log.Dispose();
        Data.Dispose();
    }

    private static FileStream OpenExclusive(string path, string directory)
    {
        try
        {
            // bufferSize 0: no managed buffer, so each LiteDB page write is handed to the operating system immediately.
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 0, FileOptions.RandomAccess);
        }
        catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException and not PathTooLongException)
        {
            throw new InvalidOperationException(
                $"The data directory '{directory}' is in use: '{path}' is held by another ContactCenter process or store instance. " +
                "Stop the other instance or set CC:Storage:DataDirectory to another directory.", ex);
        }
    }

    private static void CheckDataFile(FileStream data, string path)
    {
        if (data.Length == 0)
        {
            return;
        }

        var header = new byte[PageSize];
        var problem = data.Length % PageSize != 0 || data.Length < PageSize
            ? $"its length ({data.Length} bytes) is not a whole number of {PageSize}-byte pages"
            : data.Read(header, 0, PageSize) != PageSize || Encoding.ASCII.GetString(header, 32, LiteDbSignature.Length) != LiteDbSignature
                ? "it does not start with a LiteDB header"
                : header[59] != 8 ? $"it is a LiteDB file of an unsupported format version ({header[59]})" : null;
        data.Position = 0;
        if (problem is not null)
        {
            throw new InvalidOperationException(
                $"The data file '{path}' is corrupt or not a ContactCenter store: {problem}. Restore it from a backup or move it away; it was not changed.");
        }
    }

    private static void TrimTornPage(FileStream log)
    {
        // A page cut short by a crash belongs to a transaction whose commit never returned (its confirming page is
        // written last), so dropping it loses nothing acknowledged. LiteDB would refuse to read a partial page.
        var torn = log.Length % PageSize;
        if (torn != 0)
        {
            log.SetLength(log.Length - torn);
            log.Flush(flushToDisk: true);
        }
    }
}
