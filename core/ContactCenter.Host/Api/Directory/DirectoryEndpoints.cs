using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Api.Directory;

/// <summary>
/// Maps read-only directory endpoints over the kernel's <see cref="IDirectory"/>: agents, teams, skills, queues and
/// service lines, each listed and read by id with <c>directory.read</c>. Editing comes with the directory
/// administration capability.
/// </summary>
internal static class DirectoryEndpoints
{
    public static IEndpointRouteBuilder MapDirectoryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1").WithTags("Directory");
        Map<Agent>(group, "agents", "agent", "Agents", d => d.Agents);
        Map<Team>(group, "teams", "team", "Teams", d => d.Teams);
        Map<Skill>(group, "skills", "skill", "Skills", d => d.Skills);
        Map<Queue>(group, "queues", "queue", "Queues", d => d.Queues);
        Map<ServiceLine>(group, "service-lines", "service-line", "ServiceLines", d => d.ServiceLines);
        return endpoints;
    }

    private static void Map<T>(RouteGroupBuilder group, string path, string entity, string name, Func<IDirectory, IDirectoryCollection<T>> collection)
        where T : class
    {
        group.MapGet($"/{path}", async Task<Ok<IReadOnlyList<T>>> ([FromServices] IDirectory directory, CancellationToken ct) =>
                TypedResults.Ok(await collection(directory).ListAsync(ct).ConfigureAwait(false)))
            .WithName("List" + name).WithSummary($"Every {entity.Replace('-', ' ')} in the directory.")
            .RequirePermission(Permissions.DirectoryRead);
        group.MapGet($"/{path}/{{id}}", async Task<Ok<T>> (string id, [FromServices] IDirectory directory, CancellationToken ct) =>
                TypedResults.Ok(await collection(directory).GetAsync(id, ct).ConfigureAwait(false) ?? throw new EntityNotFoundException(entity, id)))
            .WithName("Get" + name.TrimEnd('s')).WithSummary($"One {entity.Replace('-', ' ')}; 404 if unknown.")
            .RequirePermission(Permissions.DirectoryRead);
    }
}
