using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.Playwright;
using Cookie = Microsoft.Playwright.Cookie;

namespace Kooperationsraum.Bench.Hubs;

/// <summary>
/// The web app as its own process on 127.0.0.1 and a free port, built as the benchmark was (the benchmark
/// references it), so that its CPU time and peak memory are its own and not the editors'. It starts with a configured
/// first administrator (a fresh random password per run), as whom the editors sign in.
/// </summary>
public sealed class WebServerProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly List<string> complaints = [];
    private readonly StreamWriter log;
    private bool complaintContinues;
    private bool closed;

    private WebServerProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
        LogPath = Path.Combine(Path.GetTempPath(), $"kooperationsraum-bench-server-{process.Id}.log");
        log = new StreamWriter(LogPath) { AutoFlush = true };
    }

    public Uri Address { get; }

    /// <summary>Everything the server wrote, for the stack traces that <see cref="Complaints"/> leaves out.</summary>
    public string LogPath { get; }

    /// <summary>The signed-in session of the configured administrator; editors send it with their hub connections.</summary>
    public CookieContainer Cookies { get; private set; } = new();

    public const string AdministratorEmail = "bench@localhost.example";

    /// <summary>Gives <paramref name="context"/> the administrator's signed-in session.</summary>
    public Task SignInAsync(IBrowserContext context) =>
        context.AddCookiesAsync(Cookies.GetCookies(Address).Select(cookie => new Cookie
        {
            Name = cookie.Name,
            Value = cookie.Value,
            Url = Address.ToString(),
            HttpOnly = cookie.HttpOnly,
        }));

    public int ProcessId => process.Id;

    /// <summary>Warnings and errors the server logged, each with the line that follows its level.</summary>
    public IReadOnlyList<string> Complaints
    {
        get
        {
            lock (complaints)
            {
                return [.. complaints];
            }
        }
    }

    /// <summary>
    /// Starts the server on <paramref name="databasePath"/> in the Production environment, as it runs for its users: it
    /// serves the framework's and Radzen's scripts and styles out of its build with the caching of a published app. With
    /// <paramref name="publishedFolder"/>, the app published there (<c>dotnet publish</c>) runs instead of this build.
    /// </summary>
    public static async Task<WebServerProcess> StartAsync(string databasePath, string? publishedFolder = null)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = publishedFolder ?? WebBuildFolder(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("Kooperationsraum.Web.dll");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Urls"] = address.ToString();

        // A build's static files stay in the project; a published app carries its own.
        if (publishedFolder is null)
        {
            start.Environment["ASPNETCORE_WEBROOT"] = Path.GetFullPath(Path.Combine(start.WorkingDirectory, "..", "..", "..", "wwwroot"));
        }

        start.Environment["Kooperationsraum__Storage__Provider"] = "Sqlite";
        start.Environment["Kooperationsraum__Storage__ConnectionString"] = $"Data Source={databasePath}";
        start.Environment["Kooperationsraum__Demo__Enabled"] = "false";
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        start.Environment["Kooperationsraum__Setup__AdministratorEmail"] = AdministratorEmail;
        start.Environment["Kooperationsraum__Setup__AdministratorPassword"] = password;
        start.Environment["Kooperationsraum__Setup__OrganisationName"] = "Benchmark";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";

        var server = new WebServerProcess(Process.Start(start)!, address);
        server.process.OutputDataReceived += (_, line) => server.Note(line.Data);
        server.process.ErrorDataReceived += (_, line) => server.Note(line.Data);
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        await server.WaitUntilListeningAsync(port);
        server.Cookies = await AccountSignIn.SignInAsync(address, AdministratorEmail, password);
        return server;
    }

    /// <summary>User plus system CPU time the server has used so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>The server's peak resident memory (VmHWM) in bytes.</summary>
    public long PeakMemory => StatusKilobytes("VmHWM:") * 1024;

    private long StatusKilobytes(string field)
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    // The console logger starts a warning or an error with its level and category, and puts the message on the next line.
    private void Note(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (complaints)
        {
            if (closed)
            {
                return;
            }

            log.WriteLine(line);
            if (complaintContinues)
            {
                complaints[^1] += " " + line.Trim();
                complaintContinues = false;
            }
            else if (line.StartsWith("warn:", StringComparison.Ordinal) || line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
            {
                complaints.Add(line);
                complaintContinues = true;
            }
        }
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The web server exited with {process.ExitCode} before listening: {string.Join(Environment.NewLine, complaints)}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (deadline.Elapsed < StartTimeout)
            {
                await Task.Delay(100);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // The web app's own build output, of the configuration the benchmark was built in; that output carries its
    // appsettings and static asset manifest, which a copy beside the benchmark would not.
    private static string WebBuildFolder()
    {
        var configuration = typeof(WebServerProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "Web", "bin", configuration, "net10.0");
            if (File.Exists(Path.Combine(candidate, "Kooperationsraum.Web.dll")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No Web/bin/{configuration}/net10.0 above {AppContext.BaseDirectory}; build the solution first.");
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
        lock (complaints)
        {
            closed = true;
            log.Dispose();
        }
    }
}
