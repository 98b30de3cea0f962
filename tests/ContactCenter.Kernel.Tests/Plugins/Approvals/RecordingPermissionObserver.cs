using System.Collections.Concurrent;
using ContactCenter.Kernel.Plugins.Approvals;

namespace ContactCenter.Kernel.Tests.Plugins.Approvals;

/// <summary>Records approval changes and refusals, and lets a test wait for the first refusal of an operation.</summary>
internal sealed class RecordingPermissionObserver : IPluginPermissionObserver
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<PluginPermissionDenial>> _denied = new();

    public ConcurrentQueue<PluginPermissionChange> Changes { get; } = new();

    public ValueTask ApprovalChangedAsync(PluginPermissionChange change, CancellationToken cancellationToken)
    {
        Changes.Enqueue(change);
        return ValueTask.CompletedTask;
    }

    public ValueTask DeniedAsync(PluginPermissionDenial denial, CancellationToken cancellationToken)
    {
        Denial(denial.Operation).TrySetResult(denial);
        return ValueTask.CompletedTask;
    }

    public Task<PluginPermissionDenial> DeniedTask(string operation) => Denial(operation).Task.WaitAsync(TimeSpan.FromSeconds(20));

    private TaskCompletionSource<PluginPermissionDenial> Denial(string operation) =>
        _denied.GetOrAdd(operation, _ => new TaskCompletionSource<PluginPermissionDenial>(TaskCreationOptions.RunContinuationsAsynchronously));
}
