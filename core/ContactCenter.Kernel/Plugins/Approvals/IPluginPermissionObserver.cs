namespace ContactCenter.Kernel.Plugins.Approvals;

/// <summary>Told of every approval change and every refused plugin call (the audit log records both).</summary>
internal interface IPluginPermissionObserver
{
    /// <summary>Called after an approval change is stored; a failure propagates to the caller (the change is not audited).</summary>
    ValueTask ApprovalChangedAsync(PluginPermissionChange change, CancellationToken cancellationToken);

    /// <summary>Called when a plugin's call is refused (at most once a minute per plugin, permission and operation).</summary>
    ValueTask DeniedAsync(PluginPermissionDenial denial, CancellationToken cancellationToken);
}
