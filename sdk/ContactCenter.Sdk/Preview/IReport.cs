using System.Diagnostics.CodeAnalysis;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Sdk.Preview;

/// <summary>Preview: a named report over interaction data. May change until the reporting issue lands.</summary>
[Experimental(SdkInfo.PreviewDiagnosticId)]
public interface IReport
{
    /// <summary>The report's name, e.g. <c>service-level-by-queue</c>.</summary>
    string Name { get; }

    /// <summary>The report's title in English and Spanish.</summary>
    LocalizedText Title { get; }

    /// <summary>Runs the report.</summary>
    /// <param name="parameters">Report parameters (period, queues...).</param>
    /// <param name="progress">Receives progress from 0 to 1.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The result table.</returns>
    ValueTask<ReportTable> RunAsync(IReadOnlyDictionary<string, string> parameters, IProgress<double>? progress, CancellationToken cancellationToken);
}

/// <summary>Preview: a report result.</summary>
/// <param name="Columns">Column names.</param>
/// <param name="Rows">Rows of cell values, as many as columns each.</param>
[Experimental(SdkInfo.PreviewDiagnosticId)]
public sealed record ReportTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows);
