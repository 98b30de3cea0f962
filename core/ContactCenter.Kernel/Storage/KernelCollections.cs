namespace ContactCenter.Kernel.Storage;

/// <summary>The kernel's collections and the fields each indexes. Every provider creates them at start-up.</summary>
public static class KernelCollections
{
    /// <summary>
    /// Interaction snapshots; events go to the log under the interaction id as stream. <c>contactId</c> feeds the
    /// customer timeline (added later: providers index the documents already stored when a field is added).
    /// </summary>
    public static CollectionDefinition Interactions { get; } = new(CollectionNames.Kernel("interactions"),
        ["state", "queueId", "agentId", "serviceLineId", "externalKey", "createdAt", "queuedAt", "contactId"]);

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

    /// <summary>Permissions administrators approved (and explicitly revoked) for each plugin, id = plugin id.</summary>
    public static CollectionDefinition PluginPermissions { get; } = CollectionDefinition.Plain(CollectionNames.Kernel("plugin-permissions"));

    /// <summary>Orleans grain state, id <c>{grainType}/{grainKey}</c>.</summary>
    public static CollectionDefinition GrainState { get; } = new(CollectionNames.Kernel("grain-state"), ["grainType"]);

    /// <summary>The availability ledger: one document per minute, id = the minute in UTC.</summary>
    public static CollectionDefinition AvailabilityLedger { get; } = new(CollectionNames.Kernel("availability"), ["minute"]);

    /// <summary>The audit log: one entry per document, id = the sequence padded to 19 digits.</summary>
    public static CollectionDefinition Audit { get; } = new(CollectionNames.Kernel("audit"), ["time", "actor", "action", "target"]);

    /// <summary>Signed audit checkpoints, id = the sequence they cover, padded like <see cref="Audit"/>.</summary>
    public static CollectionDefinition AuditCheckpoints { get; } = CollectionDefinition.Plain(CollectionNames.Kernel("audit-checkpoints"));

    /// <summary>The encryption key ring: data keys and the lookup key, wrapped by master keys (which never enter the store).</summary>
    public static CollectionDefinition KeyRing { get; } = new(CollectionNames.Kernel("key-ring"), ["kind"]);

    /// <summary>The data key rotation in progress or last run (document <c>current</c>): re-encryption progress, key ids and counts only.</summary>
    public static CollectionDefinition KeyRotation { get; } = CollectionDefinition.Plain(CollectionNames.Kernel("key-rotation"));

    /// <summary>Contacts (customers): names and identities encrypted; identities findable through <see cref="ContactLookup"/>.</summary>
    public static CollectionDefinition Contacts { get; } = CollectionDefinition.Plain(CollectionNames.Kernel("contacts"));

    /// <summary>The keyed-hash index of contact identities: one document per contact and identity, indexed by <c>hash</c>.</summary>
    public static CollectionDefinition ContactLookup { get; } = new(CollectionNames.Kernel("contact-lookup"), ["hash", "contactId"]);

    /// <summary>Contact merges: what moved from a source contact into a target, kept so that an unmerge restores it exactly.</summary>
    public static CollectionDefinition ContactMerges { get; } = new(CollectionNames.Kernel("contact-merges"), ["sourceId", "targetId", "status"]);

    /// <summary>Blob manifests (recordings, attachments): length, chunk count, encrypted digest.</summary>
    public static CollectionDefinition Blobs { get; } = new(CollectionNames.Kernel("blobs"), ["owner"]);

    /// <summary>Blob chunks, each encrypted with its blob id and position bound as context; id <c>{blobId}/{index}</c>.</summary>
    public static CollectionDefinition BlobChunks { get; } = new(CollectionNames.Kernel("blob-chunks"), ["blobId"]);

    /// <summary>User accounts (ASP.NET Core Identity over the store); secrets hashed or encrypted.</summary>
    public static CollectionDefinition Users { get; } = new(CollectionNames.Kernel("users"), ["normalizedUserName", "normalizedEmail"]);

    /// <summary>One document per normalised user name (id = the name), written with its account, so names are unique.</summary>
    public static CollectionDefinition UserNames { get; } = CollectionDefinition.Plain(CollectionNames.Kernel("user-names"));

    /// <summary>One document per passkey credential (id = the credential id, base64url), written with its account, naming the account.</summary>
    public static CollectionDefinition UserPasskeys { get; } = CollectionDefinition.Plain(CollectionNames.Kernel("user-passkeys"));

    /// <summary>Conversation inboxes, one per channel instance, id <c>{pluginId}.{channelName}</c>.</summary>
    public static CollectionDefinition Inboxes { get; } = new(CollectionNames.Kernel("inboxes"), ["pluginId"]);

    /// <summary>Conversations (threads of messages handled as one interaction).</summary>
    public static CollectionDefinition Conversations { get; } = new(CollectionNames.Kernel("conversations"),
        ["inboxId", "status", "agentId", "interactionId", "updatedAt"]);

    /// <summary>Which conversation a source thread is in: id = a keyed hash of inbox and source thread id.</summary>
    public static CollectionDefinition ConversationKeys { get; } = CollectionDefinition.Plain(CollectionNames.Kernel("conversation-keys"));

    /// <summary>Conversation messages, id <c>{conversationId}.{sequence}</c>; texts encrypted, source ids as keyed hashes.</summary>
    public static CollectionDefinition Messages { get; } = new(CollectionNames.Kernel("messages"), ["conversationId", "sequence", "sourceKey"]);

    /// <summary>OAuth clients (OpenIddict applications); secrets hashed.</summary>
    public static CollectionDefinition OAuthApplications { get; } = new(CollectionNames.Kernel("oauth-applications"), ["clientId"]);

    /// <summary>OAuth authorizations (what a user allowed a client).</summary>
    public static CollectionDefinition OAuthAuthorizations { get; } = new(CollectionNames.Kernel("oauth-authorizations"),
        ["applicationId", "subject", "status", "creationDate"]);

    /// <summary>OAuth scopes (named after permissions).</summary>
    public static CollectionDefinition OAuthScopes { get; } = new(CollectionNames.Kernel("oauth-scopes"), ["name"]);

    /// <summary>OAuth token entries (issued, redeemed, revoked), pruned when expired.</summary>
    public static CollectionDefinition OAuthTokens { get; } = new(CollectionNames.Kernel("oauth-tokens"),
        ["applicationId", "authorizationId", "subject", "referenceId", "status", "creationDate"]);

    /// <summary>OAuth signing and encryption keys, the private parts encrypted with the kernel's data protector.</summary>
    public static CollectionDefinition OAuthKeys { get; } = new(CollectionNames.Kernel("oauth-keys"), ["use"]);

    /// <summary>The disposition catalogue (tipificación), id = the code (<c>reason/category/area</c>).</summary>
    public static CollectionDefinition Dispositions { get; } = CollectionDefinition.Plain(CollectionNames.Kernel("dispositions"));

    /// <summary>Whether a disposition is required, per queue or service line, id <c>{queue|service-line}.{id}</c>.</summary>
    public static CollectionDefinition DispositionPolicies { get; } = CollectionDefinition.Plain(CollectionNames.Kernel("disposition-policies"));

    /// <summary>Alert thresholds of the real-time metrics, per queue or service line.</summary>
    public static CollectionDefinition MetricAlertRules { get; } = CollectionDefinition.Plain(CollectionNames.Kernel("metric-alert-rules"));

    /// <summary>Access review campaigns: the access snapshot of each account in scope and the decisions taken.</summary>
    public static CollectionDefinition AccessReviewCampaigns { get; } = CollectionDefinition.Plain(CollectionNames.Kernel("access-review-campaigns"));

    /// <summary>Every kernel collection.</summary>
    public static IReadOnlyList<CollectionDefinition> All { get; } =
        [Interactions, Agents, Teams, Skills, Queues, ServiceLines, PresenceStatuses, Plugins, PluginPermissions, GrainState, AvailabilityLedger,
         Audit, AuditCheckpoints, KeyRing, KeyRotation, Contacts, ContactLookup, ContactMerges, Blobs, BlobChunks, Users, UserNames, UserPasskeys,
         Inboxes, Conversations, ConversationKeys, Messages, OAuthApplications, OAuthAuthorizations, OAuthScopes, OAuthTokens, OAuthKeys,
         Dispositions, DispositionPolicies, MetricAlertRules, AccessReviewCampaigns];
}
