namespace Kooperationsraum.Silo.Storage;

/// <summary>The storage providers that <see cref="StorageOptions.Provider"/> can name, case-insensitively.</summary>
internal static class StorageProviders
{
    public const string Sqlite = "Sqlite";

    public const string PostgreSql = "PostgreSql";

    /// <summary>The dialect of <paramref name="provider"/> on <paramref name="connectionString"/>.</summary>
    public static IAdoNetDialect CreateDialect(string provider, string connectionString) =>
        Is(provider, Sqlite) ? new SqliteDialect(connectionString)
        : Is(provider, PostgreSql) ? new PostgreSqlDialect(connectionString)
        : throw new InvalidOperationException(
            $"Storage provider '{provider}' is not supported; set {StorageOptions.SectionName}:Provider to {Sqlite} or {PostgreSql}.");

    private static bool Is(string provider, string name) => provider.Equals(name, StringComparison.OrdinalIgnoreCase);
}
