using Microsoft.Extensions.Logging;

namespace Kooperationsraum.Tests.Infrastructure;

/// <summary>One message a product logged, as <see cref="LogRecorder"/> kept it.</summary>
public sealed record RecordedLog(string Category, LogLevel Level, string Message, Exception? Exception);
