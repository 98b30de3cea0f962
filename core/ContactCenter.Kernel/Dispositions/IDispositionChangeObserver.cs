using ContactCenter.Kernel.CenterDirectory;

namespace ContactCenter.Kernel.Dispositions;

/// <summary>Told of every stored catalogue change (kind <c>code</c> or <c>policy</c>) before the caller is answered: the audit log records it.</summary>
internal interface IDispositionChangeObserver
{
    ValueTask ChangedAsync(DirectoryChange change, CancellationToken cancellationToken);
}
