namespace Kooperationsraum.Silo.Storage;

/// <summary>Which database holds grain state; bound from <c>Kooperationsraum:Storage</c>.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Kooperationsraum:Storage";

    /// <summary>The storage provider: <c>Sqlite</c> or <c>PostgreSql</c>, in any case.</summary>
    public string Provider { get; set; } = StorageProviders.Sqlite;

    /// <summary>
    /// The provider's connection string; by default a SQLite file under <c>data/</c> of the working directory. For
    /// PostgreSQL an Npgsql connection string to an existing database.
    /// </summary>
    public string ConnectionString { get; set; } = "Data Source=data/kooperationsraum.db";
}
