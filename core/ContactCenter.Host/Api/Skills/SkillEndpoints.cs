using ContactCenter.Host.Api.Limits;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Api.Skills;

/// <summary>Maps <c>/api/v1/skills</c> writes (reads are the directory endpoints) and <c>/api/v1/agents/{id}/skills</c> (an agent's skills and levels).</summary>
internal static class SkillEndpoints
{
    public static IEndpointRouteBuilder MapSkillEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/skills").WithTags("Skills").WithMetadata(JsonBodyLimitMetadata.Instance);
        group.MapPut("/{id}", SaveAsync).WithName("SaveSkill").WithSummary("Creates or replaces a skill.").RequirePermission(Permissions.DirectoryManage);
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteSkill").WithSummary("Deletes a skill nothing refers to.").RequirePermission(Permissions.DirectoryManage);

        var agents = endpoints.MapGroup("/api/v1/agents").WithTags("Skills").WithMetadata(JsonBodyLimitMetadata.Instance);
        agents.MapGet("/{id}/skills", GetAgentSkillsAsync).WithName("GetAgentSkills").WithSummary("An agent's skills and levels.")
            .RequirePermission(Permissions.DirectoryRead);
        agents.MapPut("/{id}/skills", SetAgentSkillsAsync).WithName("SetAgentSkills").WithSummary("Replaces an agent's skills and levels (1 to 10).")
            .RequirePermission(Permissions.DirectoryManage);
        return endpoints;
    }

    private static async Task<Ok<Skill>> SaveAsync(string id, [FromBody] Skill? skill, [FromServices] IDirectory directory, CancellationToken cancellationToken)
    {
        if (skill is null || !string.Equals(skill.Id, id, StringComparison.Ordinal))
        {
            throw new InvalidRequestException("id", $"The body must be a skill whose id is '{id}'.");
        }

        return TypedResults.Ok(await directory.Skills.SaveAsync(skill, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<NoContent> DeleteAsync(string id, [FromServices] IDirectory directory, CancellationToken cancellationToken) =>
        await directory.Skills.DeleteAsync(id, cancellationToken).ConfigureAwait(false) ? TypedResults.NoContent() : throw new EntityNotFoundException("skill", id);

    private static async Task<Ok<IReadOnlyList<AgentSkill>>> GetAgentSkillsAsync(string id, [FromServices] IDirectory directory, CancellationToken cancellationToken)
    {
        var agent = await directory.Agents.GetAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException("agent", id);
        return TypedResults.Ok(agent.Skills);
    }

    private static async Task<Ok<IReadOnlyList<AgentSkill>>> SetAgentSkillsAsync(string id, [FromBody] AgentSkill[]? skills, [FromServices] IDirectory directory,
        CancellationToken cancellationToken)
    {
        var agent = await directory.Agents.GetAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException("agent", id);
        var saved = await directory.Agents.SaveAsync(agent with { Skills = skills ?? throw new InvalidRequestException("skills", "Required.") }, cancellationToken)
            .ConfigureAwait(false);
        return TypedResults.Ok(saved.Skills);
    }
}
