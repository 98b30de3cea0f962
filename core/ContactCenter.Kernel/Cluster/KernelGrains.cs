using ContactCenter.Kernel.Time;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Cluster;

/// <summary>
/// Access to the grains for the kernel's services. The grain factory is resolved on first use, so that the services
/// can be registered (and the host composed) before the silo, and fail with a clear message when there is none.
/// </summary>
internal sealed class KernelGrains(IServiceProvider services, KernelTime time)
{
    private IGrainFactory? _factory;

    public KernelTime Time => time;

    public IGrainFactory Factory => _factory ??= services.GetService<IGrainFactory>()
        ?? throw new InvalidOperationException("The kernel needs its Orleans silo: call AddContactCenterKernel() on the silo builder (UseOrleans).");
}
