using System.Diagnostics.CodeAnalysis;

namespace ContactCenter.Sdk.Preview;

/// <summary>
/// Preview: a named outbound dialing mode (preview, progressive, predictive) that decides how many calls to place.
/// The kernel enforces abandon-rate and do-not-call rules around it. May change until the dialer issue lands.
/// </summary>
[Experimental(SdkInfo.PreviewDiagnosticId)]
public interface IDialerMode
{
    /// <summary>The mode's name, e.g. <c>predictive</c>.</summary>
    string Name { get; }

    /// <summary>How many calls to place now for a campaign.</summary>
    /// <param name="snapshot">The campaign's current figures.</param>
    /// <param name="cancellationToken">Cancelled when the call overruns its time budget.</param>
    /// <returns>The number of calls to place (zero or more).</returns>
    ValueTask<int> CallsToPlaceAsync(DialerSnapshot snapshot, CancellationToken cancellationToken);
}

/// <summary>Preview: a campaign's figures a dialer mode decides on.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="AgentsAvailable">Agents idle and routable for the campaign.</param>
/// <param name="CallsRinging">Calls placed and not yet answered.</param>
/// <param name="AnswerRate">Share of placed calls answered by a person, recently.</param>
/// <param name="AbandonRate">Share of answered calls abandoned for want of an agent, over the regulatory period.</param>
/// <param name="MaxAbandonRate">The abandon-rate ceiling the campaign must stay under.</param>
[Experimental(SdkInfo.PreviewDiagnosticId)]
public sealed record DialerSnapshot(string CampaignId, int AgentsAvailable, int CallsRinging, double AnswerRate, double AbandonRate, double MaxAbandonRate);
