namespace Kooperationsraum.Tests.Infrastructure;

/// <summary>Tests that share one running product whose connections act as different people.</summary>
[CollectionDefinition(Name)]
public sealed class PersonaWebAppCollection : ICollectionFixture<PersonaWebAppFixture>
{
    public const string Name = "Running product with personas";
}
