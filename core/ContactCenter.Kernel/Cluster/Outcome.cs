using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Cluster;

/// <summary>What a grain answers: a value, or the <see cref="Fault"/> that refused the request.</summary>
/// <typeparam name="T">The value type.</typeparam>
[GenerateSerializer]
[Immutable]
internal sealed record Outcome<T>
{
    [Id(0)] public T? Value { get; init; }

    [Id(1)] public Fault? Fault { get; init; }

    public static Outcome<T> Success(T value) => new() { Value = value };

    public static Outcome<T> Failure(ContactCenterException error) => new() { Fault = Fault.From(error) };

    /// <summary>The value, or the SDK error the fault stands for.</summary>
    /// <returns>The value.</returns>
    public T Unwrap() => Fault is null ? Value! : throw Fault.ToException();
}
