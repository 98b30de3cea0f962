using System.Security.Claims;
using System.Text.Json;
using ContactCenter.Plugins.Channels.Voice.Sip.Registrar;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Audit;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Http;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Phones;

/// <summary>
/// Agents' SIP device accounts: <c>GET /phones</c> (users.read), <c>GET /phones/me</c> (the caller's own, agent.connect),
/// <c>POST /phones/{user}/secret</c> (the owning agent with agent.connect, or users.manage): a new secret, generated
/// (returned once, <c>Cache-Control: no-store</c>) or chosen (strength-checked); <c>PUT /phones/{user}</c>
/// <c>{"agentId"}</c> (an agent of the directory, checked through the presence service) or <c>{"supervisorId"}</c> (a
/// supervisor's monitoring phone, named by the user name, which the SDK cannot check) and <c>DELETE /phones/{user}</c>
/// (users.manage). A change drops the user's registrations, so a
/// phone with the old secret must register again (and cannot). Every change is audited (who, which account, never the
/// secret); a refused one by an authenticated caller is audited as denied. Bad input changes nothing.
/// </summary>
internal sealed class VoicePhoneApi(VoicePhoneStore phones, SipBindingStore bindings, VoicePhoneAgents agents, IAuditTrail audit, JsonSerializerOptions json)
{
    private const string PermissionClaim = "cc:permission";
    private const string AgentIdClaim = "cc:agent-id";
    private const string NotFoundText = "No SIP phone account has this user. / Ninguna cuenta de teléfono SIP tiene este usuario.";
    private const string ConflictText = "The account changed at the same moment; try again. / La cuenta cambió en ese mismo momento; inténtelo de nuevo.";

    public async ValueTask ListAsync(IPluginHttpContext context, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(context, Permissions.UsersRead, null, cancellationToken).ConfigureAwait(false))
        {
            var all = await phones.ListAsync(cancellationToken).ConfigureAwait(false);
            await context.Response.WriteJsonAsync(new { items = all.Select(VoicePhoneView.Of) }, json, cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask MineAsync(IPluginHttpContext context, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(context, Permissions.AgentConnect, null, cancellationToken).ConfigureAwait(false))
        {
            var agentId = context.User.FindFirst(AgentIdClaim)?.Value;
            var all = await phones.ListAsync(cancellationToken).ConfigureAwait(false);
            await context.Response.WriteJsonAsync(new { items = all.Where(a => agentId is not null && a.AgentId == agentId).Select(VoicePhoneView.Of) }, json, cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask RotateAsync(IPluginHttpContext context, string user, CancellationToken cancellationToken)
    {
        const string Action = "voice.phone.secret-rotated";
        if (!await AuthenticatedAsync(context, cancellationToken).ConfigureAwait(false) || !await ValidUserAsync(context, user, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var admin = Has(context, Permissions.UsersManage);
        var account = await phones.GetAsync(user, cancellationToken).ConfigureAwait(false);
        var caller = context.User.FindFirst(AgentIdClaim)?.Value;
        var owner = account is not null && caller is not null && caller == account.AgentId && Has(context, Permissions.AgentConnect);
        if (!admin && !owner)
        {
            // Whether the account exists is not told to someone who may not rotate it.
            await DeniedAsync(context, Action, user, cancellationToken).ConfigureAwait(false);
            await context.Response.WriteProblemAsync(403, "Forbidden", "Only the agent the account belongs to, or an administrator (users.manage), may rotate its secret. / Solo el agente dueño de la cuenta, o un administrador (users.manage), puede rotar su secreto.", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (account is null)
        {
            await context.Response.WriteProblemAsync(404, "Not found", NotFoundText, cancellationToken).ConfigureAwait(false);
            return;
        }

        var (chosen, problem) = await ChosenSecretAsync(context, user, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            await context.Response.WriteProblemAsync(400, "Invalid secret", problem, cancellationToken).ConfigureAwait(false);
            return;
        }

        var secret = chosen ?? VoicePhoneSecret.Generate();
        VoicePhoneAccount? rotated;
        try
        {
            rotated = await phones.RotateAsync(user, secret, Actor(context), cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            await context.Response.WriteProblemAsync(409, "Conflict", ConflictText, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (rotated is null)
        {
            await context.Response.WriteProblemAsync(404, "Not found", NotFoundText, cancellationToken).ConfigureAwait(false);
            return;
        }

        var dropped = bindings.RemoveUser(user);
        await RecordAsync(context, new AuditTrailEntry(Action, Target(user))
        {
            Detail = $"by {(owner ? "the owning agent" : "an administrator")}; secret {(chosen is null ? "generated" : "chosen by the caller")}; {dropped} registration(s) dropped",
        }, cancellationToken).ConfigureAwait(false);
        context.Response.SetHeader("Cache-Control", "no-store");
        await context.Response.WriteJsonAsync(new { account = VoicePhoneView.Of(rotated), secret = chosen is null ? secret : null }, json, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask AssignAsync(IPluginHttpContext context, string user, CancellationToken cancellationToken)
    {
        const string Action = "voice.phone.assigned";
        if (!await AllowedAsync(context, Permissions.UsersManage, (Action, user), cancellationToken).ConfigureAwait(false)
            || !await ValidUserAsync(context, user, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var owner = await OwnerAsync(context, cancellationToken).ConfigureAwait(false);
        if (owner is null)
        {
            await context.Response.WriteProblemAsync(400, "Invalid phone account", "The body must be {\"agentId\":\"...\"} or {\"supervisorId\":\"...\"} with a non-empty id of at most 128 characters. / El cuerpo debe ser {\"agentId\":\"...\"} o {\"supervisorId\":\"...\"} con un identificador no vacío de hasta 128 caracteres.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var (agentId, supervisor) = owner.Value;

        // A phone rings for the agent it names: an id that is no agent would make an account that never rings.
        var check = supervisor ? VoiceAgentCheck.Agent : await agents.CheckAsync(agentId, cancellationToken).ConfigureAwait(false);
        if (check == VoiceAgentCheck.Unknown)
        {
            await RecordAsync(context, new AuditTrailEntry(Action, Target(user))
            {
                Outcome = AuditTrailOutcome.Denied, After = $"agentId={agentId}", Detail = "400: agentId names no agent of the directory",
            }, cancellationToken).ConfigureAwait(false);
            await context.Response.WriteProblemAsync(400, "Unknown agent", $"agentId: no agent of the directory has the id '{agentId}'. / agentId: ningún agente del directorio tiene el identificador '{agentId}'.", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (check == VoiceAgentCheck.Unchecked)
        {
            await context.Response.WriteProblemAsync(503, "Agent not checked", "agentId cannot be checked now: the voice plugin needs the presence.read permission approved (and the presence service). Nothing was changed. / agentId no se puede comprobar ahora: el plugin de voz necesita el permiso presence.read aprobado (y el servicio de presencia). No se cambió nada.", cancellationToken).ConfigureAwait(false);
            return;
        }

        VoicePhoneAccount? before;
        VoicePhoneAccount after;
        try
        {
            (before, after) = await phones.AssignAsync(user, agentId, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            await context.Response.WriteProblemAsync(409, "Conflict", ConflictText, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (before?.AgentId != agentId)
        {
            var dropped = bindings.RemoveUser(user);
            await RecordAsync(context, new AuditTrailEntry(before is null ? "voice.phone.created" : "voice.phone.reassigned", Target(user))
            {
                Before = before is null ? null : $"agentId={before.AgentId}",
                After = $"agentId={agentId}",
                Detail = (before is null ? "no secret until one is rotated" : $"secret cleared; {dropped} registration(s) dropped")
                    + (supervisor ? "; a supervisor's monitoring phone (not checked: the SDK has no user directory)" : "; agent checked"),
            }, cancellationToken).ConfigureAwait(false);
        }

        context.Response.StatusCode = before is null ? 201 : 200;
        await context.Response.WriteJsonAsync(VoicePhoneView.Of(after), json, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask RemoveAsync(IPluginHttpContext context, string user, CancellationToken cancellationToken)
    {
        const string Action = "voice.phone.removed";
        if (!await AllowedAsync(context, Permissions.UsersManage, (Action, user), cancellationToken).ConfigureAwait(false)
            || !await ValidUserAsync(context, user, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        bool removed;
        try
        {
            removed = await phones.RemoveAsync(user, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            await context.Response.WriteProblemAsync(409, "Conflict", ConflictText, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!removed)
        {
            await context.Response.WriteProblemAsync(404, "Not found", NotFoundText, cancellationToken).ConfigureAwait(false);
            return;
        }

        var dropped = bindings.RemoveUser(user);
        await RecordAsync(context, new AuditTrailEntry(Action, Target(user)) { Detail = $"{dropped} registration(s) dropped" }, cancellationToken).ConfigureAwait(false);
        // No body at all: a 204 must not be written to, even with nothing.
        context.Response.StatusCode = 204;
    }

    /// <summary>
    /// SIP users the API manages: 1 to 64 of the URI-unreserved characters (letters, digits, <c>.</c>, <c>_</c>,
    /// <c>~</c>, <c>-</c>), so a user is written in a Request-URI and an audit target as is; <c>me</c> is reserved.
    /// </summary>
    public static bool IsUser(string user) =>
        user.Length is > 0 and <= 64 && user != "me" && user.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '~' or '-');

    private static string Target(string user) => IsUser(user) ? "phones/" + user : "phones/invalid";

    private static bool Has(IPluginHttpContext context, string permission) => context.User.HasClaim(PermissionClaim, permission);

    private static string Actor(IPluginHttpContext context) =>
        context.User.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? context.User.Identity?.Name ?? "unknown";

    private static async ValueTask<bool> AuthenticatedAsync(IPluginHttpContext context, CancellationToken cancellationToken)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            return true;
        }

        await context.Response.WriteProblemAsync(401, "Authentication required", "Sign in to manage SIP phone accounts. / Inicie sesión para gestionar cuentas de teléfono SIP.", cancellationToken).ConfigureAwait(false);
        return false;
    }

    /// <summary>Authenticated and holding <paramref name="permission"/>; a refused <paramref name="change"/> is audited as denied.</summary>
    private async ValueTask<bool> AllowedAsync(IPluginHttpContext context, string permission, (string Action, string User)? change, CancellationToken cancellationToken)
    {
        if (!await AuthenticatedAsync(context, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        if (Has(context, permission))
        {
            return true;
        }

        if (change is var (action, user))
        {
            await DeniedAsync(context, action, user, cancellationToken).ConfigureAwait(false);
        }

        await context.Response.WriteProblemAsync(403, "Forbidden", $"This needs the {permission} permission. / Se necesita el permiso {permission}.", cancellationToken).ConfigureAwait(false);
        return false;
    }

    private static async ValueTask<bool> ValidUserAsync(IPluginHttpContext context, string user, CancellationToken cancellationToken)
    {
        if (IsUser(user))
        {
            return true;
        }

        await context.Response.WriteProblemAsync(400, "Invalid SIP user", "A SIP user has 1 to 64 letters, digits, '.', '_', '~' or '-' (and is not 'me'). / Un usuario SIP tiene de 1 a 64 letras, dígitos, '.', '_', '~' o '-' (y no es 'me').", cancellationToken).ConfigureAwait(false);
        return false;
    }

    private ValueTask DeniedAsync(IPluginHttpContext context, string action, string user, CancellationToken cancellationToken) =>
        RecordAsync(context, new AuditTrailEntry(action, Target(user)) { Outcome = AuditTrailOutcome.Denied, Detail = "403" }, cancellationToken);

    private ValueTask RecordAsync(IPluginHttpContext context, AuditTrailEntry entry, CancellationToken cancellationToken) =>
        audit.RecordAsync(entry with { SourceIp = context.RemoteAddress?.ToString() }, cancellationToken);

    /// <summary>An empty body or <c>{}</c>: generate; <c>{"secret":"..."}</c>: that one, if strong enough.</summary>
    private static async ValueTask<(string? Secret, string? Problem)> ChosenSecretAsync(IPluginHttpContext context, string user, CancellationToken cancellationToken)
    {
        const string Shape = "The body must be empty, {} or {\"secret\":\"...\"}. / El cuerpo debe estar vacío, ser {} o {\"secret\":\"...\"}.";
        var body = await context.ReadBodyAsync(cancellationToken).ConfigureAwait(false);
        if (body.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || root.EnumerateObject().Any(p => p.Name != "secret"))
            {
                return (null, Shape);
            }

            if (!root.TryGetProperty("secret", out var value))
            {
                return (null, null);
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                return (null, Shape);
            }

            var secret = value.GetString()!;
            return VoicePhoneSecret.Weakness(user, secret) is { } weakness ? (null, weakness) : (secret, null);
        }
        catch (JsonException)
        {
            return (null, Shape);
        }
    }

    /// <summary><c>{"agentId":"..."}</c> or <c>{"supervisorId":"..."}</c> (exactly one, nothing else); null when the body is neither.</summary>
    private static async ValueTask<(string Id, bool Supervisor)?> OwnerAsync(IPluginHttpContext context, CancellationToken cancellationToken)
    {
        var body = await context.ReadBodyAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var properties = document.RootElement.EnumerateObject().ToList();
            return properties is [{ Name: "agentId" or "supervisorId" } only] && only.Value.ValueKind == JsonValueKind.String
                && only.Value.GetString() is { Length: > 0 and <= 128 } id && !id.Any(char.IsControl) && id.Trim() == id
                ? (id, only.Name == "supervisorId")
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
