namespace Kooperationsraum.Tests.Grains.Hosted;

[CollectionDefinition(Name)]
public sealed class HostedGrainsCollection : ICollectionFixture<HostedGrainsFixture>
{
    public const string Name = "Hosted grains";
}
