using System.Diagnostics;
using ContactCenter.Kernel.Security.Encryption;

namespace ContactCenter.Benchmarks;

/// <summary>Encrypt and decrypt throughput of the data protector for small fields and blob-sized chunks.</summary>
internal static class CryptoThroughput
{
    public static void Print(IDataProtector protector)
    {
        foreach (var size in new[] { 32, 1024, 256 * 1024 })
        {
            var plaintext = new byte[size];
            var iterations = Math.Max(200, 64 * 1024 * 1024 / size / 4);
            var sealedBytes = protector.Protect(plaintext, "bench/field");
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < iterations; i++)
            {
                sealedBytes = protector.Protect(plaintext, "bench/field");
            }

            var encrypt = watch.Elapsed;
            watch.Restart();
            for (var i = 0; i < iterations; i++)
            {
                protector.Unprotect(sealedBytes, "bench/field");
            }

            var decrypt = watch.Elapsed;
            Console.WriteLine(FormattableString.Invariant(
                $"{size,7} B values: encrypt {iterations / encrypt.TotalSeconds,10:F0} ops/s ({(double)size * iterations / encrypt.TotalSeconds / (1 << 20),8:F1} MiB/s), decrypt {iterations / decrypt.TotalSeconds,10:F0} ops/s ({(double)size * iterations / decrypt.TotalSeconds / (1 << 20),8:F1} MiB/s)"));
        }
    }
}
