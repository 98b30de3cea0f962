using System.Diagnostics;
using System.Globalization;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;

// Long fuzz run of the SIP parser, framer and serializer over mutated RFC 4475 messages. Exit code 1 on any
// failure (an exception other than the typed parse error, or one input slower than the bound).
var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var seed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : Environment.TickCount;
string[] names =
[
    "wsinv", "intmeth", "esc01", "escnull", "esc02", "lwsdisp", "longreq", "dblreq", "semiuri", "transports",
    "unreason", "noreason", "badinv01", "clerr", "scalar02", "quotbal", "badaspec", "baddn", "mismatch02", "multi01",
    "regescrt", "badbranch", "zeromf", "unksm2",
];
var seeds = names.Select(TortureMessages.Load).ToList();
Console.WriteLine($"SIP fuzz: {iterations} iterations, seed {seed}");
var started = Stopwatch.GetTimestamp();
var failures = SipFuzzRun.Run(seeds, iterations, seed, TimeSpan.FromMilliseconds(500));
var elapsed = Stopwatch.GetElapsedTime(started);
Console.WriteLine($"{iterations / elapsed.TotalSeconds:F0} inputs/s, {failures.Count} failures");
foreach (var failure in failures)
{
    Console.WriteLine(failure);
}

return failures.Count == 0 ? 0 : 1;
