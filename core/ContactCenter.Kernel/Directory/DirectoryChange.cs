using ContactCenter.Sdk.Events;

namespace ContactCenter.Kernel.CenterDirectory;

/// <summary>A committed directory change, as told to <see cref="IDirectoryChangeObserver"/>s.</summary>
/// <param name="Kind">The entry kind: <c>agent</c>, <c>team</c>, <c>skill</c>, <c>queue</c> or <c>service-line</c>.</param>
/// <param name="Id">The entry id.</param>
/// <param name="Change">Created, updated or deleted.</param>
/// <param name="Before">The entry before the change (null when created).</param>
/// <param name="After">The entry after the change (null when deleted).</param>
public sealed record DirectoryChange(string Kind, string Id, DataChange Change, object? Before, object? After);
