namespace ContactCenter.Kernel.Identity;

/// <summary>The built-in role names. A role is only a named set of permissions (<see cref="RoleCatalog"/>).</summary>
public static class Roles
{
    /// <summary>Handles interactions and sets their own presence.</summary>
    public const string Agent = "agent";

    /// <summary>Watches and steers their teams, reviews their access.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>Evaluates interactions and listens to recordings.</summary>
    public const string QualityAnalyst = "quality-analyst";

    /// <summary>Forecasts and schedules.</summary>
    public const string WorkforcePlanner = "workforce-planner";

    /// <summary>Runs the platform: users, plugins, configuration. Does not read the audit log (separation of duties).</summary>
    public const string Administrator = "administrator";

    /// <summary>Reads, exports and verifies the audit log and the access reports; changes nothing.</summary>
    public const string Auditor = "auditor";

    /// <summary>A machine client of the insurer (OAuth client credentials).</summary>
    public const string IntegrationClient = "integration-client";

    /// <summary>A plugin: no permission of its own; it gets what its manifest requests and an administrator approved.</summary>
    public const string Plugin = "plugin";
}
