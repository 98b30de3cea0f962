using System.Security.Cryptography;
using System.Text;

namespace ContactCenter.Storage.Postgres.Schema;

/// <summary>One versioned SQL script, named <c>NNNN_description.sql</c>, with the checksum that pins its content.</summary>
internal sealed record Migration(string Name, string Sql)
{
    /// <summary>SHA-256 of the script with line endings normalised, so a checkout's line-ending setting changes nothing.</summary>
    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.Replace("\r\n", "\n", StringComparison.Ordinal))));
}
