namespace Kooperationsraum.Silo.Storage;

/// <summary>Which database holds grain state; bound from <c>Kooperationsraum:Storage</c>.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Kooperationsraum:Storage";

    /// <summary>The storage provider; <c>Sqlite</c> is the only one so far.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The provider's connection string; by default a SQLite file under <c>data/</c> of the working directory.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/kooperationsraum.db";
}
