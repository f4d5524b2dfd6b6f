namespace Kooperationsraum.Web.Resources;

/// <summary>Anchors the UI strings in SharedResource.resx (German) and SharedResource.en.resx (English).</summary>
public sealed class SharedResource;
