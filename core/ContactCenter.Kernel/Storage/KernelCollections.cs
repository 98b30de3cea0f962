namespace ContactCenter.Kernel.Storage;

/// <summary>The kernel's collections and the fields each indexes. Every provider creates them at start-up.</summary>
public static class KernelCollections
{
    /// <summary>Interaction snapshots; events go to the log under the interaction id as stream.</summary>
    public static CollectionDefinition Interactions { get; } = new(CollectionNames.Kernel("interactions"),
        ["state", "queueId", "agentId", "serviceLineId", "externalKey", "createdAt", "queuedAt"]);

    /// <summary>Agents (directory).</summary>
    public static CollectionDefinition Agents { get; } = new(CollectionNames.Kernel("agents"), ["teamIds", "displayName"]);

    /// <summary>Teams (directory).</summary>
    public static CollectionDefinition Teams { get; } = CollectionDefinition.Plain(CollectionNames.Kernel("teams"));

    /// <summary>Skills (directory).</summary>
    public static CollectionDefinition Skills { get; } = CollectionDefinition.Plain(CollectionNames.Kernel("skills"));

    /// <summary>Queues (directory).</summary>
    public static CollectionDefinition Queues { get; } = new(CollectionNames.Kernel("queues"), ["serviceLineId"]);

    /// <summary>Service lines (directory).</summary>
    public static CollectionDefinition ServiceLines { get; } = CollectionDefinition.Plain(CollectionNames.Kernel("service-lines"));

    /// <summary>Admin-defined presence statuses.</summary>
    public static CollectionDefinition PresenceStatuses { get; } = CollectionDefinition.Plain(CollectionNames.Kernel("presence-statuses"));

    /// <summary>Installed plugins: versions, active version, enabled flag, last state.</summary>
    public static CollectionDefinition Plugins { get; } = CollectionDefinition.Plain(CollectionNames.Kernel("plugins"));

    /// <summary>Orleans grain state, id <c>{grainType}/{grainKey}</c>.</summary>
    public static CollectionDefinition GrainState { get; } = new(CollectionNames.Kernel("grain-state"), ["grainType"]);

    /// <summary>The availability ledger: one document per minute, id = the minute in UTC.</summary>
    public static CollectionDefinition AvailabilityLedger { get; } = new(CollectionNames.Kernel("availability"), ["minute"]);

    /// <summary>The audit log: one entry per document, id = the sequence padded to 19 digits.</summary>
    public static CollectionDefinition Audit { get; } = new(CollectionNames.Kernel("audit"), ["time", "actor", "action", "target"]);

    /// <summary>Signed audit checkpoints, id = the sequence they cover, padded like <see cref="Audit"/>.</summary>
    public static CollectionDefinition AuditCheckpoints { get; } = CollectionDefinition.Plain(CollectionNames.Kernel("audit-checkpoints"));

    /// <summary>User accounts (identity).</summary>
    public static CollectionDefinition Users { get; } = new(CollectionNames.Kernel("users"), ["normalizedUserName", "normalizedEmail", "agentId"]);

    /// <summary>OAuth client applications.</summary>
    public static CollectionDefinition OAuthApplications { get; } = new(CollectionNames.Kernel("oauth-applications"), ["clientId"]);

    /// <summary>OAuth authorizations (a user's consent to a client).</summary>
    public static CollectionDefinition OAuthAuthorizations { get; } = new(CollectionNames.Kernel("oauth-authorizations"), ["subject", "applicationId", "status", "creationDate"]);

    /// <summary>OAuth scopes.</summary>
    public static CollectionDefinition OAuthScopes { get; } = new(CollectionNames.Kernel("oauth-scopes"), ["name"]);

    /// <summary>OAuth tokens (refresh tokens, authorization codes, reference tokens).</summary>
    public static CollectionDefinition OAuthTokens { get; } = new(CollectionNames.Kernel("oauth-tokens"),
        ["referenceId", "authorizationId", "applicationId", "subject", "status", "expirationDate", "creationDate"]);

    /// <summary>Access review campaigns.</summary>
    public static CollectionDefinition AccessReviews { get; } = CollectionDefinition.Plain(CollectionNames.Kernel("access-reviews"));

    /// <summary>Administrators' approvals of the permissions plugins request, id = plugin id.</summary>
    public static CollectionDefinition PluginApprovals { get; } = CollectionDefinition.Plain(CollectionNames.Kernel("plugin-approvals"));

    /// <summary>Every kernel collection.</summary>
    public static IReadOnlyList<CollectionDefinition> All { get; } =
        [Interactions, Agents, Teams, Skills, Queues, ServiceLines, PresenceStatuses, Plugins, GrainState, AvailabilityLedger,
         Audit, AuditCheckpoints, Users, OAuthApplications, OAuthAuthorizations, OAuthScopes, OAuthTokens, AccessReviews, PluginApprovals];
}
