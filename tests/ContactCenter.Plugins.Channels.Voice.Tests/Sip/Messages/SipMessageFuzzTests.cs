using ContactCenter.Plugins.Channels.Voice.Tests.Support;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Messages;

/// <summary>A short deterministic fuzz run (fixed seed); the long run is tests/ContactCenter.Plugins.Channels.Voice.Fuzz.</summary>
public sealed class SipMessageFuzzTests
{
    internal static readonly string[] SeedNames =
    [
        "wsinv", "intmeth", "esc01", "escnull", "esc02", "lwsdisp", "longreq", "dblreq", "semiuri", "transports",
        "unreason", "noreason", "badinv01", "scalar02", "quotbal", "badaspec", "baddn", "mismatch02", "multi01", "regescrt",
    ];

    [Fact]
    public void Parse_TwentyThousandMutations_OnlyTypedRejections()
    {
        var seeds = SeedNames.Select(TortureMessages.Load).ToList();

        // A generous bound: the run shares two cores with other builds; a hang or quadratic blow-up takes far longer.
        var failures = SipFuzzRun.Run(seeds, iterations: 20_000, seed: 4475, slowBound: TimeSpan.FromSeconds(2));

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
