using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Sdk.Testing.Hosting;

/// <summary>
/// Keeps every log record as text. Exceptions are kept as their text only: an exception object of a plugin type would
/// keep the plugin's load context alive and fail the unload check.
/// </summary>
internal sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            owner._entries.Enqueue(new LogEntry(logLevel, category, eventId.Id, exception is null ? message : $"{message}{Environment.NewLine}{exception}"));
        }
    }
}
