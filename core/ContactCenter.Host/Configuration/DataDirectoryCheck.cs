namespace ContactCenter.Host.Configuration;

/// <summary>Checks the data directory setting before anything is written there.</summary>
internal static class DataDirectoryCheck
{
    public const string Key = "CC:Storage:DataDirectory";

    public static IEnumerable<string> Problems(string? directory)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            yield return $"{Key}: must name a directory (default 'data').";
            yield break;
        }

        string full;
        try
        {
            full = Path.GetFullPath(directory);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            full = string.Empty;
        }

        if (full.Length == 0)
        {
            yield return $"{Key}: '{directory}' is not a valid path.";
        }
        else if (File.Exists(full))
        {
            yield return $"{Key}: '{full}' is a file, not a directory.";
        }
    }
}
