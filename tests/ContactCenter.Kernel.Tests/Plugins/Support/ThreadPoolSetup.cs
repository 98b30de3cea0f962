using System.Runtime.CompilerServices;

namespace ContactCenter.Kernel.Tests.Plugins.Support;

/// <summary>
/// The isolation tests block pool threads forever on purpose (that is what they prove the host survives); a higher
/// minimum keeps the rest of the test run from waiting on the pool's slow thread injection.
/// </summary>
internal static class ThreadPoolSetup
{
    [ModuleInitializer]
    internal static void Initialize() => ThreadPool.SetMinThreads(Math.Max(64, Environment.ProcessorCount * 8), Math.Max(64, Environment.ProcessorCount * 8));
}
