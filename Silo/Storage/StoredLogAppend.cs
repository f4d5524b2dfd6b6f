namespace Kooperationsraum.Silo.Storage;

/// <summary>One append of a log: <paramref name="Count"/> entries from <paramref name="FirstSequence"/> on, serialised together as <paramref name="Payload"/>.</summary>
public sealed record StoredLogAppend(long FirstSequence, int Count, string Payload);
