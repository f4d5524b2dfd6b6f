namespace Kooperationsraum.Tests.Access;

/// <summary>Which kind of entry point a matrix row calls.</summary>
public enum AccessEntryKind
{
    /// <summary>A routable Razor component, fetched over HTTP as its prerendered HTML.</summary>
    Page,

    /// <summary>A minimal-API endpoint.</summary>
    Endpoint,

    /// <summary>A public method of a mapped hub, invoked over SignalR's JSON protocol.</summary>
    HubMethod,

    /// <summary>A public method of a Web service, as a page's circuit calls it for the signed-in person.</summary>
    Service,
}
