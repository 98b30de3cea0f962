using Microsoft.Extensions.Logging;

namespace ContactCenter.Sdk.Testing.Hosting;

/// <summary>One log record written by the kernel or the plugin in a <see cref="PluginTestKernel"/>.</summary>
/// <param name="Level">The level.</param>
/// <param name="Category">The logger category (the plugin's loggers use its own type names).</param>
/// <param name="EventId">The event id.</param>
/// <param name="Message">The formatted message, with the exception's text appended when there was one.</param>
public sealed record LogEntry(LogLevel Level, string Category, int EventId, string Message);
