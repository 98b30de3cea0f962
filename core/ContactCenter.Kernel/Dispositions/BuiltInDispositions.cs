using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Dispositions;

/// <summary>The codes built into the kernel: the <c>system</c> reason and the wrap-up timeout under it. Never deletable, never picked by agents.</summary>
internal static class BuiltInDispositions
{
    public const string SystemReason = "system";

    public static IReadOnlyList<DispositionCode> All { get; } =
    [
        new DispositionCode { Code = SystemReason, Label = new LocalizedText("System", "Sistema"), BuiltIn = true },
        new DispositionCode
        {
            Code = DispositionRef.TimeoutCode, Label = new LocalizedText("Wrap-up timed out", "Tiempo de tipificación agotado"), BuiltIn = true,
        },
    ];

    public static bool IsSystem(string code) =>
        code == SystemReason || code.StartsWith(SystemReason + "/", StringComparison.Ordinal);
}
