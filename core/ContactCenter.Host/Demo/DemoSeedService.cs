using ContactCenter.Kernel;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Events;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Demo;

/// <summary>
/// Demo mode at start-up: seeds once the store is open and before anything serves requests, then, once the host
/// listens and the plugins run, announces what it created on the event bus (for the audit log), sets up the demo phones
/// with a generated password (<see cref="Voice.DemoVoicePhones"/>) and prints the guide. Does nothing unless
/// <see cref="DemoOptions.Enabled"/>.
/// </summary>
internal sealed partial class DemoSeedService(
    IOptions<DemoOptions> options,
    DemoSeedRunner runner,
    DemoGuidePrinter printer,
    Voice.DemoVoicePhones phones,
    IEventBus bus,
    KernelTime time,
    ILogger<DemoSeedService> logger) : IHostedLifecycleService
{
    private IReadOnlyList<DemoSeeded> _changes = [];

    /// <summary>What the seed did at this start; <see langword="null"/> when demo mode is off.</summary>
    public DemoSeedReport? Report { get; private set; }

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        (Report, _changes) = await runner.RunAsync(cancellationToken).ConfigureAwait(false);
        LogSeeded(Report.Count(DemoSeedOutcome.Created), Report.Count(DemoSeedOutcome.Found), Report.Count(DemoSeedOutcome.Deleted));
        foreach (var refused in Report.Entries.Where(e => e.Outcome == DemoSeedOutcome.Refused))
        {
            LogRefused(refused.Kind, refused.Id, refused.Detail);
        }
    }

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        if (Report is null)
        {
            return;
        }

        foreach (var change in _changes)
        {
            await bus.PublishAsync(CloudEvent.Create(DemoSeeded.Type, DemoSeeded.Source, change.Seeder, time.GetUtcNow(), change, KernelJson.Options), cancellationToken)
                .ConfigureAwait(false);
        }

        // The plugins run now: the demo phones get a generated password here (only at the start that created the users).
        if (await phones.SetUpAsync(cancellationToken).ConfigureAwait(false) is { } note)
        {
            Report = Report with { Notes = [.. Report.Notes, note] };
        }

        var facts = await printer.PrintAsync(Report, cancellationToken).ConfigureAwait(false);
        LogGuide(facts.GuidePath);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 2901, Level = LogLevel.Warning, Message = "Demo mode: {Created} demo entries created, {Found} found unchanged, {Deleted} left deleted; demo data is not for production")]
    private partial void LogSeeded(int created, int found, int deleted);

    [LoggerMessage(EventId = 2902, Level = LogLevel.Warning, Message = "Demo mode could not create {Kind} '{Id}': {Reason}")]
    private partial void LogRefused(string kind, string id, string? reason);

    [LoggerMessage(EventId = 2903, Level = LogLevel.Information, Message = "Demo guide printed and written to {Path}")]
    private partial void LogGuide(string path);
}
