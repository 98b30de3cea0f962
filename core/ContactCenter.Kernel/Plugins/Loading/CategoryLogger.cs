using Microsoft.Extensions.Logging;

namespace ContactCenter.Kernel.Plugins.Loading;

/// <summary>An <see cref="ILogger{TCategoryName}"/> over a logger already created for the category.</summary>
internal sealed class CategoryLogger<T>(ILogger inner) : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        inner.Log(logLevel, eventId, state, exception, formatter);
}
