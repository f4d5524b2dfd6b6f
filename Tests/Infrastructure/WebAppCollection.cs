namespace Kooperationsraum.Tests.Infrastructure;

/// <summary>Tests that share one running product.</summary>
[CollectionDefinition(Name)]
public sealed class WebAppCollection : ICollectionFixture<WebAppFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "Running product";
}
