using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Plugins;

/// <summary>A plugin operation was refused; nothing changed. The message says what to fix.</summary>
public sealed class PluginOperationException : ContactCenterException
{
    /// <summary>Creates the error.</summary>
    /// <param name="errorCode">A stable code, e.g. <c>plugin.manifest-invalid</c>, <c>plugin.sdk-unsupported</c>, <c>plugin.package-corrupt</c>.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The cause, if any.</param>
    public PluginOperationException(string errorCode, string message, Exception? innerException = null)
        : base(errorCode, message, innerException)
    {
    }
}
