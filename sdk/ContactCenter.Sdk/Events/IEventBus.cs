namespace ContactCenter.Sdk.Events;

/// <summary>
/// Publishes and subscribes to CloudEvents inside the platform.
/// Subscriptions a plugin makes are removed by the kernel when the plugin unloads.
/// </summary>
public interface IEventBus
{
    /// <summary>Publishes <paramref name="cloudEvent"/> to every matching subscriber.</summary>
    /// <param name="cloudEvent">
    /// The event. When a plugin publishes, the kernel sets <see cref="CloudEvent.Source"/> to
    /// <c>/plugins/{pluginId}</c> so that no plugin can speak for another.
    /// </param>
    /// <param name="cancellationToken">Cancels the publication.</param>
    /// <returns>A task that completes once the event is accepted for delivery.</returns>
    ValueTask PublishAsync(CloudEvent cloudEvent, CancellationToken cancellationToken = default);

    /// <summary>
    /// Calls <paramref name="handler"/> for each published event whose type matches <paramref name="typePattern"/>.
    /// Each subscription receives events in publication order, one at a time.
    /// </summary>
    /// <param name="typePattern">An exact event type, or a prefix ending in <c>*</c> (e.g. <c>cc.interaction.*</c>).</param>
    /// <param name="handler">The handler; it should return quickly, and is cancelled when it overruns its time budget.</param>
    /// <returns>A handle that ends the subscription when disposed.</returns>
    IDisposable Subscribe(string typePattern, Func<CloudEvent, CancellationToken, ValueTask> handler);
}
