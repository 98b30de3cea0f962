namespace ContactCenter.Kernel.Time;

/// <summary>
/// The kernel's own time source: offer deadlines, presence timestamps and interaction transitions read it.
/// </summary>
/// <remarks>
/// It is registered apart from the host's <see cref="TimeProvider"/> on purpose. Orleans resolves
/// <see cref="TimeProvider"/> from the container for its own timers: replacing it with a fake clock freezes grain timers
/// (verified with Orleans 10.4.2: a 100 ms grain timer never ticked while a <c>FakeTimeProvider</c> was registered).
/// Tests therefore register <c>new KernelTime(fake)</c> and leave Orleans on the system clock.
/// When nothing registers one, the kernel uses the container's <see cref="TimeProvider"/>.
/// </remarks>
public sealed class KernelTime
{
    /// <summary>Creates the time source.</summary>
    /// <param name="provider">The clock the kernel reads.</param>
    public KernelTime(TimeProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        Provider = provider;
    }

    /// <summary>The clock the kernel reads.</summary>
    public TimeProvider Provider { get; }

    /// <summary>The current time on the kernel's clock, in UTC.</summary>
    /// <returns>The current instant.</returns>
    public DateTimeOffset GetUtcNow() => Provider.GetUtcNow();
}
