using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Kooperationsraum.Tests.Infrastructure;

/// <summary>The logger of one category that a <see cref="LogRecorder"/> hands out.</summary>
public sealed class RecordingLogger(string category, ConcurrentQueue<RecordedLog> records) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        records.Enqueue(new RecordedLog(category, logLevel, formatter(state, exception), exception));
}
