namespace Kooperationsraum.Silo.Storage;

/// <summary>A log as stored: its next sequence and the appends read, oldest first.</summary>
public sealed record StoredGrainLog(long NextSequence, IReadOnlyList<StoredLogAppend> Appends);
