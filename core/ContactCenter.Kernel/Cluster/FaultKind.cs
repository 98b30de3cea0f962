namespace ContactCenter.Kernel.Cluster;

/// <summary>Which SDK error a <see cref="Fault"/> stands for.</summary>
internal enum FaultKind
{
    /// <summary>An error without a typed SDK counterpart.</summary>
    Other = 0,

    /// <summary><see cref="Sdk.Errors.InvalidTransitionException"/>.</summary>
    InvalidTransition = 1,

    /// <summary><see cref="Sdk.Errors.EntityNotFoundException"/>.</summary>
    NotFound = 2,

    /// <summary><see cref="Sdk.Errors.InvalidRequestException"/>.</summary>
    InvalidRequest = 3,

    /// <summary><see cref="Sdk.Errors.ConcurrencyConflictException"/>.</summary>
    Conflict = 4,
}
