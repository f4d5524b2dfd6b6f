namespace Kooperationsraum.Tests.Storage;

[CollectionDefinition(Name)]
public sealed class StorageCollection : ICollectionFixture<TemporaryFolder>
{
    public const string Name = "Storage";
}
