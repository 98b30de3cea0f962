using System.Text.Json;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Json;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Services;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Plugins.Routing.Predictive;

/// <summary>
/// Learns in the background: every closed interaction becomes an outcome in the plugin's store (a return of the same
/// contact within seven days marks the earlier outcome as a repeat), and the model is retrained from the stored
/// history on the kernel clock every <see cref="RetrainEvery"/> (and once at start), then saved, so a restart
/// decides with the last model at once.
/// </summary>
internal sealed class OutcomeCollector(IEventBus bus, IPluginStore store, IClock clock, ModelHolder holder) : IPluginBackgroundService
{
    /// <summary>How often the model is retrained.</summary>
    public static readonly TimeSpan RetrainEvery = TimeSpan.FromMinutes(15);

    /// <summary>How far back training looks.</summary>
    public static readonly TimeSpan History = TimeSpan.FromDays(90);

    private static readonly TimeSpan RepeatWindow = TimeSpan.FromDays(7);
    private const string ModelId = "current";
    private readonly JsonSerializerOptions _json = ContactCenterJson.CreateOptions();
    private int _training;
    private IDisposable? _subscription;
    private ITimer? _timer;

    private IDocumentCollection<OutcomeRecord> Outcomes => store.Collection<OutcomeRecord>("outcomes");

    private IDocumentCollection<OutcomeModel> Models => store.Collection<OutcomeModel>("models");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await Models.GetAsync(ModelId, cancellationToken).ConfigureAwait(false) is { } saved)
        {
            holder.Current = saved.Value;
        }

        _subscription = bus.Subscribe(EventTypes.InteractionTransitioned, OnTransitionAsync);
        _timer = clock.CreateTimer(_ => _ = RetrainAsync(CancellationToken.None), null, TimeSpan.Zero, RetrainEvery);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Records the outcome of a closed interaction.</summary>
    public async ValueTask OnTransitionAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        if (cloudEvent.GetData<InteractionTransitioned>(_json) is not { } change || OutcomeExtractor.From(change) is not { } outcome)
        {
            return;
        }

        if (outcome.ContactId is { } contact)
        {
            var earlier = await Outcomes.QueryAsync(DocumentQuery.Where("contactId", contact) with { PageSize = DocumentQuery.MaxPageSize }, cancellationToken).ConfigureAwait(false);
            var last = earlier.Items.Where(d => d.Id != outcome.InteractionId && !d.Value.Repeat && d.Value.ClosedAt <= outcome.ClosedAt && outcome.ClosedAt - d.Value.ClosedAt <= RepeatWindow)
                .MaxBy(d => d.Value.ClosedAt);
            if (last is not null)
            {
                await Outcomes.ReplaceAsync(last.Id, last.Value with { Repeat = true }, last.Version, cancellationToken).ConfigureAwait(false);
            }
        }

        await Outcomes.UpsertAsync(outcome.InteractionId, outcome, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Retrains from the stored history and saves the model; one training at a time.</summary>
    public async Task RetrainAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _training, 1) == 1)
        {
            return;
        }

        try
        {
            var since = clock.UtcNow - History;
            var records = new List<OutcomeRecord>();
            var query = new DocumentQuery { Filters = [new DocumentFilter("closedAt", FilterOperator.GreaterThanOrEqual, since)], PageSize = DocumentQuery.MaxPageSize };
            do
            {
                var page = await Outcomes.QueryAsync(query, cancellationToken).ConfigureAwait(false);
                records.AddRange(page.Items.Select(d => d.Value));
                query = query with { ContinuationToken = page.ContinuationToken };
            }
            while (query.ContinuationToken is not null);

            var model = OutcomeModel.Train(records, clock.UtcNow);
            holder.Current = model;
            await Models.UpsertAsync(ModelId, model, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Volatile.Write(ref _training, 0);
        }
    }
}
