namespace Kooperationsraum.Bench.Hubs;

/// <summary>The hub answered an invocation with an error.</summary>
public sealed class HubCallFailedException(string message) : Exception(message);
