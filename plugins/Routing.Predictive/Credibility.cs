namespace ContactCenter.Plugins.Routing.Predictive;

/// <summary>
/// Bühlmann–Straub credibility: each agent's estimate is a weighted mean of the agent's own average and the work type's
/// average, weight Z = n ÷ (n + k) with k = expected within-agent variance ÷ variance between agents' true means, both
/// estimated from the data (unbiased moment estimators). When the agents do not differ more than noise explains, the
/// between-variance estimate is zero or negative, Z is 0 for everyone and every agent gets the same estimate: the model
/// claims no difference it cannot support.
/// </summary>
internal static class Credibility
{
    /// <summary>Fits one quantity over groups of observations.</summary>
    /// <param name="groups">Observations per agent.</param>
    /// <returns>The overall mean, k (∞ when agents do not differ), and each group's credibility estimate.</returns>
    public static (double Mean, double K, Dictionary<string, double> Estimates) Fit(IReadOnlyDictionary<string, List<double>> groups)
    {
        var total = groups.Values.Sum(g => g.Count);
        if (total == 0)
        {
            return (0, double.PositiveInfinity, []);
        }

        var mean = groups.Values.Sum(g => g.Sum()) / total;
        var withinSum = 0.0;
        var withinDf = 0;
        var betweenSum = 0.0;
        foreach (var g in groups.Values)
        {
            var m = g.Average();
            withinSum += g.Sum(x => (x - m) * (x - m));
            withinDf += g.Count - 1;
            betweenSum += g.Count * (m - mean) * (m - mean);
        }

        var within = withinDf > 0 ? withinSum / withinDf : 0;
        var denominator = total - (groups.Values.Sum(g => (double)g.Count * g.Count) / total);
        var between = denominator > 0 ? (betweenSum - ((groups.Count - 1) * within)) / denominator : 0;
        var k = between > 1e-12 ? within / between : double.PositiveInfinity;
        var estimates = groups.ToDictionary(
            g => g.Key,
            g => double.IsPositiveInfinity(k) ? mean : Blend(g.Value.Count, g.Value.Average(), mean, k),
            StringComparer.Ordinal);
        return (mean, k, estimates);
    }

    private static double Blend(int n, double own, double mean, double k)
    {
        var z = n / (n + k);
        return (z * own) + ((1 - z) * mean);
    }
}
