using Microsoft.Extensions.Hosting;

namespace ContactCenter.Kernel.Security.Encryption.Rotation;

/// <summary>
/// Resumes a key rotation a stopped host left running, once every hosted service (the Orleans silo included: live
/// interactions are re-encrypted through their grains) has started; stops it, progress saved, when the host stops.
/// </summary>
internal sealed class KeyRotationResumer(KeyRotationRunner runner) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => runner.ResumeAsync(cancellationToken).AsTask();

    public Task StoppingAsync(CancellationToken cancellationToken) => runner.StopAsync();

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
