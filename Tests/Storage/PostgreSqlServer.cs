using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Kooperationsraum.Tests.Storage;

/// <summary>
/// A PostgreSQL server of its own for one test collection: Debian's binaries, a data folder under the temp folder,
/// listening on 127.0.0.1 at a free port; stopped and deleted on dispose. Without PostgreSQL installed it fails instead
/// of skipping, so that a machine without it cannot pass the PostgreSQL tests by not running them.
/// </summary>
public sealed class PostgreSqlServer : IAsyncLifetime
{
    private const string InstallRoot = "/usr/lib/postgresql";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "kooperationsraum-tests", $"postgres-{Guid.NewGuid():N}");
    private string binaries = null!;
    private int port;
    private bool started;

    private string DataFolder => Path.Combine(folder, "data");

    private string LogFile => Path.Combine(folder, "server.log");

    public async Task InitializeAsync()
    {
        binaries = FindBinaries();
        Directory.CreateDirectory(folder);
        if (Environment.IsPrivilegedProcess)
        {
            // initdb refuses to run as root, so the server runs as Debian's postgres user, who must own its folder.
            await RunAsync("chown", ["postgres", folder]);
        }

        port = FreePort();
        await RunAsPostgresAsync("initdb", ["-D", DataFolder, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"]);

        // Durability of a throwaway server is not worth the shared disk's time; synchronous_commit=off as the server
        // default also lets the tests see that the dialect asks for it on every connection.
        var settings = $"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        try
        {
            await RunAsPostgresAsync("pg_ctl", ["-D", DataFolder, "-l", LogFile, "-o", settings, "-w", "-t", "60", "start"]);
        }
        catch (InvalidOperationException failure) when (File.Exists(LogFile))
        {
            throw new InvalidOperationException($"{failure.Message}\nServer log:\n{await File.ReadAllTextAsync(LogFile)}", failure);
        }

        started = true;
    }

    /// <summary>Creates an empty database and returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"test_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name};", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (started)
        {
            await RunAsPostgresAsync("pg_ctl", ["-D", DataFolder, "-m", "immediate", "-w", "stop"]);
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = "postgres", Database = database }.ConnectionString;

    private static string FindBinaries()
    {
        var versions = Directory.Exists(InstallRoot) ? Directory.GetDirectories(InstallRoot) : [];
        return versions
            .Where(version => File.Exists(Path.Combine(version, "bin", "initdb")))
            .OrderByDescending(version => int.TryParse(Path.GetFileName(version), CultureInfo.InvariantCulture, out var number) ? number : 0)
            .Select(version => Path.Combine(version, "bin"))
            .FirstOrDefault()
            ?? throw new InvalidOperationException(
                $"PostgreSQL is not installed: there is no {InstallRoot}/*/bin/initdb. Install Debian's package "
                + "(apt-get install -y postgresql); scripts/test.sh does that.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task RunAsPostgresAsync(string program, IReadOnlyList<string> arguments) =>
        Environment.IsPrivilegedProcess
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(binaries, program), .. arguments])
            : RunAsync(Path.Combine(binaries, program), arguments);

    private async Task RunAsync(string program, IReadOnlyList<string> arguments)
    {
        // The folder, because the postgres user may not be allowed into the test's working directory.
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within two minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}{await error}");
        }
    }
}
