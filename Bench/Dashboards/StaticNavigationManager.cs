using Microsoft.AspNetCore.Components;

namespace Kooperationsraum.Bench.Dashboards;

/// <summary>The address of a page rendered to HTML outside a request.</summary>
public sealed class StaticNavigationManager : NavigationManager
{
    public StaticNavigationManager(string path) => Initialize("http://127.0.0.1/", $"http://127.0.0.1/{path}");
}
