using ContactCenter.Kernel.Identity.AccessReview;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers access review campaigns.</summary>
public static class AccessReviewServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IAccessReviewCampaigns"/> (scoped, like the accounts it changes). Needs <c>AddUserAccounts</c>, the directory and the audit log.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddAccessReviewCampaigns(this IServiceCollection services)
    {
        services.TryAddScoped<IAccessReviewCampaigns, AccessReviewCampaigns>();
        return services;
    }
}
