namespace ContactCenter.Plugins.Routing.Predictive;

/// <summary>
/// The outcome the strategy maximises, fixed before any evaluation: resolved +1, transferred −0.5, repeat contact
/// within 7 days −0.5, survey (1–5) adds (score − 3) × 0.125 when present, and each minute of handle time costs 0.02
/// (a slow resolution is worth a little less, and it is capacity the queue's service level needs).
/// </summary>
public static class OutcomeFormula
{
    /// <summary>The value of one outcome.</summary>
    /// <param name="resolved">The matter was resolved.</param>
    /// <param name="transferred">The interaction was transferred away.</param>
    /// <param name="repeat">The contact came back within 7 days.</param>
    /// <param name="surveyScore">The survey score 1–5, if any.</param>
    /// <param name="handleSeconds">Handle time in seconds.</param>
    /// <returns>The outcome value (higher is better).</returns>
    public static double Score(bool resolved, bool transferred, bool repeat, int? surveyScore, double handleSeconds) =>
        (resolved ? 1.0 : 0.0) - (transferred ? 0.5 : 0.0) - (repeat ? 0.5 : 0.0)
        + (surveyScore is { } s ? (Math.Clamp(s, 1, 5) - 3) * 0.125 : 0.0)
        - (0.02 * Math.Max(0, handleSeconds) / 60.0);

    /// <summary>The value of a stored outcome.</summary>
    /// <param name="record">The outcome.</param>
    /// <returns>The outcome value.</returns>
    public static double Score(OutcomeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Score(record.Resolved, record.Transferred, record.Repeat, record.SurveyScore, record.HandleSeconds);
    }
}
