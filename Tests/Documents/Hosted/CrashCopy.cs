namespace Kooperationsraum.Tests.Documents.Hosted;

/// <summary>
/// What a crash would leave on disk: the SQLite file and its write-ahead log copied while the host still runs, so
/// that nothing a graceful shutdown or a deactivation would write can reach the copy.
/// </summary>
public static class CrashCopy
{
    public static string Of(string databasePath)
    {
        var copy = Path.Combine(Path.GetDirectoryName(databasePath)!, $"crashed-{Guid.NewGuid():N}.db");
        File.Copy(databasePath, copy);
        if (File.Exists(databasePath + "-wal"))
        {
            File.Copy(databasePath + "-wal", copy + "-wal");
        }

        return copy;
    }
}
