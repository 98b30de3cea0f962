using ContactCenter.Kernel.Interactions;

namespace ContactCenter.Host.Identity.Scoping;

/// <summary>
/// Endpoint filters enforcing <see cref="TeamScope"/> on routes with an <c>{id}</c>: 403 <c>scope.forbidden</c> when a
/// scoped supervisor asks for an agent or an interaction outside their teams. Unscoped callers pass untouched.
/// </summary>
internal static class TeamScopeFilters
{
    /// <summary>The route's <c>{id}</c> is an agent id.</summary>
    public static TBuilder ScopedToTeamAgents<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (TeamScope.IsScoped(http.User) && http.GetRouteValue("id") is string id
                && !await http.RequestServices.GetRequiredService<TeamScope>().CanSeeAgentAsync(http.User, id, http.RequestAborted).ConfigureAwait(false))
            {
                return Forbidden();
            }

            return await next(context).ConfigureAwait(false);
        });

    /// <summary>The route's <c>{id}</c> is an interaction id (an unknown one is left to the endpoint's 404).</summary>
    public static TBuilder ScopedToTeamInteractions<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (TeamScope.IsScoped(http.User) && http.GetRouteValue("id") is string id
                && await http.RequestServices.GetRequiredService<IKernelInteractionService>().GetAsync(id, http.RequestAborted).ConfigureAwait(false) is { } interaction
                && !await http.RequestServices.GetRequiredService<TeamScope>().CanSeeInteractionAsync(http.User, interaction, http.RequestAborted).ConfigureAwait(false))
            {
                return Forbidden();
            }

            return await next(context).ConfigureAwait(false);
        });

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Forbidden() => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Outside your teams",
        detail: "This agent or interaction belongs to a team you do not supervise. / Este agente o interacción pertenece a un equipo que usted no supervisa.",
        type: "https://contactcenter.dev/problems/scope.forbidden", extensions: new Dictionary<string, object?> { ["code"] = "scope.forbidden" });
}
