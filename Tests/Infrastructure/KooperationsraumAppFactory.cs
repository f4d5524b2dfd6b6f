using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kooperationsraum.Tests.Infrastructure;

/// <summary>
/// The real product on real Kestrel, bound to 127.0.0.1 on a free port, with its own SQLite file in a
/// temporary folder and the demo off.
/// </summary>
public sealed class KooperationsraumAppFactory : WebApplicationFactory<Program>
{
    private readonly string dataFolder = Directory.CreateTempSubdirectory("kooperationsraum-web-").FullName;
    private readonly Action<IServiceCollection> replaceServices;

    /// <param name="replaceServices">Replaces services of the product after its own registrations, as a test needs.</param>
    public KooperationsraumAppFactory(Action<IServiceCollection>? replaceServices = null)
    {
        this.replaceServices = replaceServices ?? (_ => { });
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

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
        builder.ConfigureTestServices(replaceServices);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
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
