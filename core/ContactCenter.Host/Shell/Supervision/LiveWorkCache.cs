using ContactCenter.Kernel;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Host.Shell.Supervision;

/// <summary>
/// The snapshots of the wallboard's waiting and offered contacts, for one circuit. A contact is read from the kernel once,
/// when it first appears in the list; after that every change comes with its transition event (which carries the whole
/// snapshot), so a redraw reads only contacts new to the list. Contacts that left the list are dropped at each read.
/// </summary>
internal sealed class LiveWorkCache(IEventBus bus, IKernelInteractionService interactions) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Interaction> _known = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reading = new(StringComparer.Ordinal);
    private IDisposable? _subscription;

    /// <summary>How many snapshots were read from the kernel so far (the rest came from events).</summary>
    public int Reads { get; private set; }

    /// <summary>The current snapshots of <paramref name="ids"/>, in that order (unknown ids left out).</summary>
    public async Task<IReadOnlyList<Interaction>> ReadAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        _subscription ??= bus.Subscribe(EventTypes.InteractionTransitioned, OnTransitionAsync);
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        List<string> missing;
        lock (_gate)
        {
            foreach (var gone in _known.Keys.Where(id => !wanted.Contains(id)).ToList())
            {
                _known.Remove(gone);
            }

            missing = [.. wanted.Where(id => !_known.ContainsKey(id))];
            _reading.UnionWith(missing);
        }

        foreach (var id in missing)
        {
            Reads++;
            var read = await interactions.GetAsync(id, cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                // A transition heard while reading is newer than the read (Keep compares versions).
                _reading.Remove(id);
                if (read is not null)
                {
                    Keep(read);
                }
            }
        }

        lock (_gate)
        {
            return [.. ids.Where(_known.ContainsKey).Select(id => _known[id])];
        }
    }

    private ValueTask OnTransitionAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        if (cloudEvent.GetData<InteractionTransitioned>(KernelJson.Options)?.Interaction is { } changed)
        {
            lock (_gate)
            {
                // Only contacts on the list (or being read for it): a new one is read when it appears there.
                if (_known.ContainsKey(changed.Id) || _reading.Contains(changed.Id))
                {
                    Keep(changed);
                }
            }
        }

        return ValueTask.CompletedTask;
    }

    // Under _gate.
    private void Keep(Interaction snapshot)
    {
        if (!_known.TryGetValue(snapshot.Id, out var held) || held.Version < snapshot.Version)
        {
            _known[snapshot.Id] = snapshot;
        }
    }

    public void Dispose() => _subscription?.Dispose();
}
