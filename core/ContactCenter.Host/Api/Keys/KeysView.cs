using ContactCenter.Kernel.Security.Encryption.Keys;
using ContactCenter.Kernel.Security.Encryption.Rotation;

namespace ContactCenter.Host.Api.Keys;

/// <summary>The key ring (ids and dates only) and the latest data key rotation with its re-encryption progress.</summary>
/// <param name="Keys">The key ring.</param>
/// <param name="Rotation">The rotation running or last run, if any.</param>
internal sealed record KeysView(KeyRingStatus Keys, KeyRotationProgress? Rotation);
