using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Plugin.Recordings.Support;

/// <summary>Keeps what was logged (event id, level, message) so a test can see a failure was reported.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    private readonly List<(int EventId, LogLevel Level, string Message)> _entries = [];

    public IReadOnlyList<(int EventId, LogLevel Level, string Message)> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_entries)
        {
            _entries.Add((eventId.Id, logLevel, formatter(state, exception)));
        }
    }
}
