namespace ContactCenter.Kernel.Security.Encryption.Rotation;

/// <summary>Where a data key rotation with re-encryption stands.</summary>
public enum KeyRotationState
{
    /// <summary>Re-encrypting (or stopped with the host, to resume when it starts again).</summary>
    Running,

    /// <summary>Every document was visited.</summary>
    Completed,

    /// <summary>Stopped on an error (see <see cref="KeyRotationProgress.Error"/>); a new rotation may be started.</summary>
    Failed,
}
