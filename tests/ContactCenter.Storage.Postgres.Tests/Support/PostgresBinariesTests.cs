namespace ContactCenter.Storage.Postgres.Tests.Support;

public sealed class PostgresBinariesTests
{
    [Fact]
    public void Find_NoServerInstalled_FailsSayingHowToInstallIt()
    {
        var empty = Directory.CreateTempSubdirectory("cc-no-pg-");
        try
        {
            Directory.CreateDirectory(Path.Combine(empty.FullName, "15", "bin"));

            var error = Assert.Throws<InvalidOperationException>(() => PostgresBinaries.Find(empty.FullName));

            Assert.Contains(".ci/deps.d/30-postgres.sh", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void Find_SeveralVersions_PicksTheNewest()
    {
        var root = Directory.CreateTempSubdirectory("cc-pg-versions-");
        try
        {
            foreach (var version in new[] { "9", "15", "13" })
            {
                var bin = Directory.CreateDirectory(Path.Combine(root.FullName, version, "bin")).FullName;
                File.WriteAllText(Path.Combine(bin, "initdb"), string.Empty);
                File.WriteAllText(Path.Combine(bin, "pg_ctl"), string.Empty);
            }

            Assert.Equal(Path.Combine(root.FullName, "15", "bin"), PostgresBinaries.Find(root.FullName));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
