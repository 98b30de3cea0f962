namespace ContactCenter.Kernel.Presence;

/// <summary>The answer to a request to extend a wrap-up, with the wrap-up's end and extensions left either way.</summary>
[GenerateSerializer]
[Immutable]
public sealed record WrapUpExtendResult
{
    /// <summary>Whether the end moved out.</summary>
    [Id(0)] public required bool Extended { get; init; }

    /// <summary>Why not, when <see cref="Extended"/> is <see langword="false"/>.</summary>
    [Id(1)] public WrapUpExtendRefusal Refusal { get; init; }

    /// <summary>When the wrap-up now ends, if it is timed.</summary>
    [Id(2)] public DateTimeOffset? EndsAt { get; init; }

    /// <summary>How many more times the agent may extend it.</summary>
    [Id(3)] public int ExtensionsLeft { get; init; }
}
