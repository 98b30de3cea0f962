namespace ContactCenter.Plugins.Routing.Predictive;

/// <summary>What the model expects of one agent on one work type.</summary>
/// <param name="Outcome">Expected outcome (<see cref="OutcomeFormula"/>).</param>
/// <param name="HandleSeconds">Expected handle time in seconds.</param>
/// <param name="Records">How many of the agent's outcomes on this work type the estimate rests on.</param>
public sealed record AgentEstimate(double Outcome, double HandleSeconds, int Records);
