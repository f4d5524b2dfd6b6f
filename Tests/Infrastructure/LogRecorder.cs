using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Kooperationsraum.Tests.Infrastructure;

/// <summary>A log provider that keeps everything a product logs, at every level its filters let through, for tests to read.</summary>
public sealed class LogRecorder : ILoggerProvider
{
    private readonly ConcurrentQueue<RecordedLog> records = new();

    public IReadOnlyList<RecordedLog> Records => [.. records];

    public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName, records);

    public void Dispose()
    {
    }
}
