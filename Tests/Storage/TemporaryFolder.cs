using Microsoft.Data.Sqlite;

namespace Kooperationsraum.Tests.Storage;

/// <summary>A folder under the system's temp folder for real database files, deleted with everything in it.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder() => Directory.CreateDirectory(Location);

    public string Location { get; } = Path.Combine(Path.GetTempPath(), "kooperationsraum-tests", Guid.NewGuid().ToString("N"));

    public string NewDatabasePath() => Path.Combine(Location, $"{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        // Pooled connections keep the files open.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Location, recursive: true);
    }
}
