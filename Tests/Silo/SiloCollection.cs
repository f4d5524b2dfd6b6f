namespace Kooperationsraum.Tests.Silo;

[CollectionDefinition(Name)]
public sealed class SiloCollection : ICollectionFixture<SiloFixture>
{
    public const string Name = "Silo";
}
