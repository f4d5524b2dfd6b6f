using Kooperationsraum.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddKooperationsraumWeb();

var app = builder.Build();
app.UseKooperationsraum();
app.Run();

/// <summary>The entry point, visible to the tests' web application factory.</summary>
public partial class Program;
