using Autofac.Builder;
using Autofac.Core;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Kernel.Plugins.Loading;

/// <summary>
/// Provides <c>ILogger&lt;T&gt;</c> in a plugin's scope. Not an open-generic registration of <see cref="Logger{T}"/>:
/// Autofac's reflection caches would key <c>Logger&lt;PluginType&gt;</c> under the host's logging assembly, which the
/// load-context scope does not clear, and keep the plugin from unloading (found by the unload tests).
/// </summary>
internal sealed class PluginLoggerSource(ILoggerFactory factory) : IRegistrationSource
{
    public bool IsAdapterForIndividualComponents => false;

    public IEnumerable<IComponentRegistration> RegistrationsFor(Service service, Func<Service, IEnumerable<ServiceRegistration>> registrationAccessor)
    {
        if (service is not IServiceWithType { ServiceType: { IsGenericType: true } type } || type.GetGenericTypeDefinition() != typeof(ILogger<>))
        {
            return [];
        }

        var category = type.GetGenericArguments()[0].FullName ?? type.GetGenericArguments()[0].Name;
        var registration = RegistrationBuilder
            .ForDelegate(type, (_, _) => Activator.CreateInstance(typeof(CategoryLogger<>).MakeGenericType(type.GetGenericArguments()), factory.CreateLogger(category.Replace('+', '.')))!)
            .As(service)
            .SingleInstance()
            .CreateRegistration();
        return [registration];
    }
}
