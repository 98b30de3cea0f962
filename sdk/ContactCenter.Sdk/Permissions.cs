namespace ContactCenter.Sdk;

/// <summary>
/// The fine-grained permissions roles are built from. Every endpoint and hub method declares one; a plugin requests
/// the ones it needs in the <c>permissions</c> array of <c>plugin.json</c> and gets only those an administrator approved.
/// </summary>
public static class Permissions
{
    /// <summary>Read interactions.</summary>
    public const string InteractionsRead = "interactions.read";

    /// <summary>Create interactions and drive their lifecycle through the API.</summary>
    public const string InteractionsWrite = "interactions.write";

    /// <summary>Handle one's own offered and connected interactions (accept, reject, hold, wrap up).</summary>
    public const string InteractionsHandle = "interactions.handle";

    /// <summary>Read agents' presence.</summary>
    public const string PresenceRead = "presence.read";

    /// <summary>Change one's own presence.</summary>
    public const string PresenceWrite = "presence.write";

    /// <summary>Change other agents' presence (force a status).</summary>
    public const string PresenceManage = "presence.manage";

    /// <summary>Read agents, teams, skills, queues, service lines and statuses.</summary>
    public const string DirectoryRead = "directory.read";

    /// <summary>Create, change and delete agents, teams, skills, queues, service lines and statuses.</summary>
    public const string DirectoryManage = "directory.manage";

    /// <summary>List plugins and their states.</summary>
    public const string PluginsRead = "plugins.read";

    /// <summary>Install, enable, disable, upgrade and uninstall plugins, and approve or revoke their permissions.</summary>
    public const string PluginsManage = "plugins.manage";

    /// <summary>Read availability, error budget and burn-rate alerts.</summary>
    public const string SlaRead = "sla.read";

    /// <summary>Watch real-time metrics and the supervisor wallboard.</summary>
    public const string MonitoringRead = "monitoring.read";

    /// <summary>Listen, whisper, barge in and reassign work.</summary>
    public const string MonitoringIntervene = "monitoring.intervene";

    /// <summary>Receive agent events on the agent hub.</summary>
    public const string AgentConnect = "agent.connect";

    /// <summary>Publish and subscribe to platform events as an integration.</summary>
    public const string EventsSubscribe = "events.subscribe";

    /// <summary>Read user accounts, their roles, teams and service lines (access review reports).</summary>
    public const string UsersRead = "users.read";

    /// <summary>Create, change, lock and delete user accounts and grant or revoke their roles.</summary>
    public const string UsersManage = "users.manage";

    /// <summary>Register and change OAuth clients (the insurer's systems, integrations).</summary>
    public const string ClientsManage = "clients.manage";

    /// <summary>Run access review campaigns: confirm or revoke each user's access.</summary>
    public const string AccessReview = "access.review";

    /// <summary>Query, export and verify the audit log.</summary>
    public const string AuditRead = "audit.read";

    /// <summary>Listen to and download call recordings.</summary>
    public const string RecordingsRead = "recordings.read";

    /// <summary>Read quality evaluations and scorecards.</summary>
    public const string QualityRead = "quality.read";

    /// <summary>Evaluate interactions and manage scorecards.</summary>
    public const string QualityEvaluate = "quality.evaluate";

    /// <summary>Read forecasts and schedules.</summary>
    public const string WfmRead = "wfm.read";

    /// <summary>Forecast, schedule and publish schedules.</summary>
    public const string WfmManage = "wfm.manage";

    /// <summary>Read and change the platform's configuration.</summary>
    public const string ConfigurationManage = "configuration.manage";

    /// <summary>Read customers (contacts) and their history across channels; every read is audited.</summary>
    public const string ContactsRead = "contacts.read";

    /// <summary>Merge and unmerge customers (contacts) that are one person.</summary>
    public const string ContactsManage = "contacts.manage";

    /// <summary>Export and download customer data and reports.</summary>
    public const string DataExport = "data.export";

    /// <summary>See the encryption key ring and rotate data and master keys.</summary>
    public const string KeysManage = "keys.manage";

    /// <summary>Take backups of the platform's store through the API (a consistent snapshot of all its data).</summary>
    public const string BackupCreate = "backup.create";

    /// <summary>Every permission this SDK version defines.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        InteractionsRead, InteractionsWrite, InteractionsHandle,
        PresenceRead, PresenceWrite, PresenceManage,
        DirectoryRead, DirectoryManage,
        PluginsRead, PluginsManage,
        SlaRead,
        MonitoringRead, MonitoringIntervene,
        AgentConnect,
        EventsSubscribe,
        UsersRead, UsersManage, ClientsManage, AccessReview,
        AuditRead, RecordingsRead,
        QualityRead, QualityEvaluate,
        WfmRead, WfmManage,
        ConfigurationManage, DataExport,
        ContactsRead, ContactsManage,
        KeysManage,
        BackupCreate,
    ];
}
