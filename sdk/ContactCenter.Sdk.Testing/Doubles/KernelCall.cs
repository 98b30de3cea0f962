namespace ContactCenter.Sdk.Testing.Doubles;

/// <summary>One call made to a kernel service double (<see cref="TestInteractionService"/>, <see cref="TestPresenceService"/>).</summary>
/// <param name="Operation">The method, without <c>Async</c> (e.g. <c>Create</c>, <c>Enqueue</c>, <c>SetStatus</c>).</param>
/// <param name="Subject">The interaction or agent the call was about, once known.</param>
/// <param name="FromPlugin">Whether the plugin under test made the call (as opposed to the test).</param>
/// <param name="Succeeded">Whether the call was accepted; a refused transition or unknown agent records <see langword="false"/>.</param>
public sealed record KernelCall(string Operation, string? Subject, bool FromPlugin, bool Succeeded);
