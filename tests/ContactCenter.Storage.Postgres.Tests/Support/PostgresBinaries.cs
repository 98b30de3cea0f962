namespace ContactCenter.Storage.Postgres.Tests.Support;

/// <summary>Finds the server binaries of Debian's <c>postgresql</c> package, newest major version first.</summary>
internal static class PostgresBinaries
{
    public const string NotInstalled =
        "PostgreSQL is not installed, so the PostgreSQL store tests cannot run. Install it with `.ci/deps.d/30-postgres.sh` " +
        "(Debian's postgresql package), or set CC_TEST_POSTGRES to the connection string of a superuser on a running server.";

    public static string Find(string root = "/usr/lib/postgresql")
    {
        var directory = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => (Dir: d, Major: int.TryParse(Path.GetFileName(d), out var major) ? major : -1))
                .OrderByDescending(d => d.Major)
                .Select(d => Path.Combine(d.Dir, "bin"))
                .FirstOrDefault(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
            : null;
        return directory ?? throw new InvalidOperationException(NotInstalled);
    }
}
