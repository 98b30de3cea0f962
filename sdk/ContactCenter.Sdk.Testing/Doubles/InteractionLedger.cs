using System.Globalization;
using ContactCenter.Kernel;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Sdk.Testing.Doubles;

/// <summary>
/// The interactions of a test kernel, moved with the kernel's own rules (<see cref="InteractionVerbs"/>, the state
/// machine, <see cref="InteractionChanges"/>). Each accepted transition is published as
/// <see cref="EventTypes.InteractionTransitioned"/> and handed to the owning channel before the call returns.
/// </summary>
internal sealed class InteractionLedger(IClock clock, IEventBus bus)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Interaction> _interactions = new(StringComparer.Ordinal);
    private readonly List<KernelCall> _calls = [];
    private int _sequence;

    /// <summary>Delivers a transition to the channel that owns the interaction (set by the test kernel).</summary>
    public Func<InteractionTransitioned, CancellationToken, ValueTask>? DeliverToChannel { get; set; }

    public IReadOnlyList<KernelCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    public IReadOnlyList<Interaction> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _interactions.Values.OrderBy(i => i.Id, StringComparer.Ordinal)];
            }
        }
    }

    public Interaction? Find(string interactionId, bool fromPlugin)
    {
        lock (_gate)
        {
            var found = _interactions.GetValueOrDefault(interactionId);
            _calls.Add(new KernelCall("Get", interactionId, fromPlugin, true));
            return found;
        }
    }

    public ValueTask<Interaction> CreateAsync(string? channelPluginId, NewInteraction request, bool fromPlugin)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate)
        {
            // Idempotent per channel and external id, like the kernel: a redelivered webhook creates nothing twice.
            var existing = request.ExternalId is null ? null : _interactions.Values.FirstOrDefault(i =>
                i.ChannelPluginId == channelPluginId && i.ChannelName == request.ChannelName && i.ExternalId == request.ExternalId);
            if (existing is null)
            {
                if (!Enum.IsDefined(request.Channel) || !Enum.IsDefined(request.Direction))
                {
                    _calls.Add(new KernelCall("Create", null, fromPlugin, false));
                    throw new InvalidRequestException("channel", "Unknown channel kind or direction.");
                }

                var now = clock.UtcNow;
                existing = new Interaction
                {
                    Id = "i-" + (++_sequence).ToString("D6", CultureInfo.InvariantCulture), Channel = request.Channel, Direction = request.Direction,
                    State = InteractionState.Created, Version = 1, ChannelPluginId = channelPluginId, ChannelName = request.ChannelName,
                    ExternalId = request.ExternalId, ServiceLineId = request.ServiceLineId, ContactId = request.ContactId, Subject = request.Subject,
                    CreatedAt = now, StateChangedAt = now, Attributes = request.Attributes,
                };
                if (request.Direction != Direction.Internal)
                {
                    existing = InteractionChanges.Join(existing, ParticipantRole.Customer, request.ContactId ?? "customer", now);
                }

                _interactions[existing.Id] = existing;
            }

            _calls.Add(new KernelCall("Create", existing.Id, fromPlugin, true));
            return ValueTask.FromResult(existing);
        }
    }

    /// <summary>Applies one verb (or a transfer's two steps) under the kernel's rules, then publishes and delivers.</summary>
    public async ValueTask<Interaction> MoveAsync(
        string operation, string interactionId, bool fromPlugin, Func<Interaction, IReadOnlyList<TransitionStep>> steps, CancellationToken cancellationToken)
    {
        IReadOnlyList<TransitionStep> moved;
        lock (_gate)
        {
            try
            {
                var current = _interactions.GetValueOrDefault(interactionId) ?? throw new EntityNotFoundException("interaction", interactionId);
                moved = steps(current);
                _interactions[interactionId] = moved[^1].After;
                _calls.Add(new KernelCall(operation, interactionId, fromPlugin, true));
            }
            catch (ContactCenterException)
            {
                _calls.Add(new KernelCall(operation, interactionId, fromPlugin, false));
                throw;
            }
        }

        foreach (var step in moved)
        {
            var change = InteractionJournal.ToEvent(step);
            await bus.PublishAsync(
                CloudEvent.Create(EventTypes.InteractionTransitioned, InteractionJournal.Source, change.InteractionId, change.At, change, KernelJson.Options),
                cancellationToken).ConfigureAwait(false);
            if (DeliverToChannel is { } deliver)
            {
                await deliver(change, cancellationToken).ConfigureAwait(false);
            }
        }

        return moved[^1].After;
    }

    /// <summary>One step of <paramref name="verb"/> from <paramref name="current"/>, refused when the kernel would refuse it.</summary>
    public TransitionStep Step(Interaction current, InteractionVerb verb, Func<Interaction, Interaction>? change = null, string? reason = null)
    {
        InteractionVerbs.Ensure(current.Id, verb, current.State);
        return new TransitionStep(current, InteractionChanges.Move(current, InteractionVerbs.TargetOf(verb), clock.UtcNow, change), reason);
    }
}
