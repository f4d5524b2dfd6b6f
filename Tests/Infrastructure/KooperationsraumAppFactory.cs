using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kooperationsraum.Tests.Infrastructure;

/// <summary>
/// The real product on real Kestrel, bound to 127.0.0.1 on a free port, with its own SQLite file in a
/// temporary folder and the demo off. Unless told otherwise, the first administrator comes from configuration.
/// </summary>
public sealed class KooperationsraumAppFactory : WebApplicationFactory<Program>
{
    public const string AdministratorEmail = "admin@kooperationsraum.example";
    public const string AdministratorName = "Ada Administratorin";
    public const string AdministratorOrganisation = "Stadt Teststadt";

    /// <summary>Not a default of the product: the tests configure it, as an operator would.</summary>
    public const string AdministratorPassword = "Lindenblüte am Havelufer 7";

    private readonly string dataFolder;
    private readonly bool configureAdministrator;
    private readonly bool ownsDataFolder;
    private readonly Action<IWebHostBuilder>? configure;

    /// <param name="configureAdministrator">False starts the product as on a first start without configuration.</param>
    /// <param name="dataFolder">Another factory's folder, to start the product again on the same database.</param>
    /// <param name="configure">Anything else a test adds to the product's host, after the product's own wiring.</param>
    public KooperationsraumAppFactory(bool configureAdministrator = true, string? dataFolder = null, Action<IWebHostBuilder>? configure = null)
    {
        this.configureAdministrator = configureAdministrator;
        this.configure = configure;
        ownsDataFolder = dataFolder is null;
        this.dataFolder = dataFolder ?? Directory.CreateTempSubdirectory("kooperationsraum-web-").FullName;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string DataFolder => dataFolder;

    public string DatabasePath => Path.Combine(dataFolder, "kooperationsraum.db");

    /// <summary>The address Kestrel listens on, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            return new Uri(addresses.Addresses.First());
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development, because that is where static web assets (Radzen's _content) are served from the package cache.
        builder.UseEnvironment("Development");
        builder.UseSetting("Kooperationsraum:Storage:Provider", "Sqlite");
        builder.UseSetting("Kooperationsraum:Storage:ConnectionString", $"Data Source={DatabasePath}");
        builder.UseSetting("Kooperationsraum:Demo:Enabled", "false");
        if (configureAdministrator)
        {
            builder.UseSetting("Kooperationsraum:Setup:AdministratorEmail", AdministratorEmail);
            builder.UseSetting("Kooperationsraum:Setup:AdministratorPassword", AdministratorPassword);
            builder.UseSetting("Kooperationsraum:Setup:AdministratorName", AdministratorName);
            builder.UseSetting("Kooperationsraum:Setup:OrganisationName", AdministratorOrganisation);
        }

        configure?.Invoke(builder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsDataFolder)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(dataFolder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
