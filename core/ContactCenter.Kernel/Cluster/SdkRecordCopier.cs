using ContactCenter.Sdk.Domain;
using Orleans.Serialization.Cloning;

namespace ContactCenter.Kernel.Cluster;

/// <summary>
/// Lets grains in one silo pass SDK records without copying them. The SDK's domain and event types are immutable
/// records (init-only properties, read-only collections) and the kernel never mutates them, so the copy Orleans makes
/// for in-silo calls would only cost time (through JSON, since the SDK carries no Orleans attributes).
/// </summary>
internal sealed class SdkRecordCopier : IGeneralizedCopier
{
    public static bool IsSdkType(Type type) => type.Assembly == typeof(Interaction).Assembly && !typeof(Exception).IsAssignableFrom(type);

    public bool IsSupportedType(Type type) => IsSdkType(type);

    public object? DeepCopy(object? input, CopyContext context) => input;
}
