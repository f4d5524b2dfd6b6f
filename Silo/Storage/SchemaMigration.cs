namespace Kooperationsraum.Silo.Storage;

/// <summary>One versioned migration script.</summary>
internal sealed record SchemaMigration(int Version, string Name, string Sql);
