using System.Text.Json;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.People;

namespace Kooperationsraum.Tests.Grains.People;

public sealed class PartnerDirectoryTests
{
    private static readonly Actor Operator = new("root", "Betrieb", "betreiber", true);
    private static readonly Actor Coordinator = new("anna", "Anna Schmidt", "stadt-nuernberg", false);
    private static readonly Organisation Nuernberg = new("stadt-nuernberg", "Stadt Nürnberg", OrganisationKind.Municipality, "Nürnberg");
    private static readonly Organisation University = new("th-nuernberg", "Technische Hochschule Nürnberg", OrganisationKind.University, "Nürnberg");

    [Fact]
    public void AnAdministratorAddsAnOrganisationWithItsFieldsTrimmed()
    {
        var directory = new PartnerDirectory(new DirectoryState());

        var (organisation, added) = directory.AddOrganisation(Operator, Nuernberg with { Name = "  Stadt Nürnberg ", City = " Nürnberg" });

        added.Should().BeTrue();
        organisation.Should().Be(Nuernberg);
        directory.Organisations().Should().Equal(Nuernberg);
    }

    [Fact]
    public void SomeoneWhoIsNoAdministratorMayNotAddToTheDirectory()
    {
        var state = new DirectoryState();
        var directory = new PartnerDirectory(state);

        var addOrganisation = () => directory.AddOrganisation(Coordinator, Nuernberg);
        var addPerson = () => directory.AddPerson(Coordinator, new Person("eva", "Eva Roth", "eva@example.org", "stadt-nuernberg"));

        addOrganisation.Should().Throw<WorkspaceRuleException>().Which.Error.Should().Be(WorkspaceError.NotAllowed);
        addPerson.Should().Throw<WorkspaceRuleException>().Which.Error.Should().Be(WorkspaceError.NotAllowed);
        state.Organisations.Should().BeEmpty();
        state.People.Should().BeEmpty();
    }

    [Fact]
    public void AddingAnOrganisationWithAKnownIdReturnsTheStoredOneUnchanged()
    {
        var directory = new PartnerDirectory(new DirectoryState());
        directory.AddOrganisation(Operator, Nuernberg);

        var (organisation, added) = directory.AddOrganisation(Operator, Nuernberg with { Name = "Anders" });

        added.Should().BeFalse();
        organisation.Should().Be(Nuernberg);
        directory.Organisations().Should().Equal(Nuernberg);
    }

    [Fact]
    public void AnOrganisationNameOf200CharactersIsAccepted()
    {
        var directory = new PartnerDirectory(new DirectoryState());

        var (organisation, _) = directory.AddOrganisation(Operator, Nuernberg with { Name = new string('n', 200) });

        organisation.Name.Should().HaveLength(200);
    }

    [Theory]
    [InlineData(201)]
    [InlineData(0)]
    public void AnOrganisationNameThatIsMissingOrLongerThan200CharactersIsRefused(int length)
    {
        var state = new DirectoryState();
        var directory = new PartnerDirectory(state);

        var add = () => directory.AddOrganisation(Operator, Nuernberg with { Name = new string('n', length) });

        var refusal = add.Should().Throw<WorkspaceRuleException>().Which;
        refusal.Error.Should().Be(WorkspaceError.InvalidDetails);
        refusal.Arguments.Should().Equal("Name");
        state.Organisations.Should().BeEmpty();
    }

    [Fact]
    public void AnAdministratorAddsAPersonOfAKnownOrganisation()
    {
        var directory = new PartnerDirectory(new DirectoryState());
        directory.AddOrganisation(Operator, Nuernberg);

        var (person, added) = directory.AddPerson(Operator, new Person("eva", " Eva Roth ", " eva.roth@nuernberg.de ", "stadt-nuernberg"));

        added.Should().BeTrue();
        person.Should().Be(new Person("eva", "Eva Roth", "eva.roth@nuernberg.de", "stadt-nuernberg"));
    }

    [Fact]
    public void APersonOfAnUnknownOrganisationIsRefused()
    {
        var directory = new PartnerDirectory(new DirectoryState());

        var add = () => directory.AddPerson(Operator, new Person("eva", "Eva Roth", "", "nirgendwo"));

        var refusal = add.Should().Throw<WorkspaceRuleException>().Which;
        refusal.Error.Should().Be(WorkspaceError.InvalidDetails);
        refusal.Arguments.Should().Equal("OrganisationId");
    }

    [Theory]
    [InlineData("eva")]
    [InlineData("@nuernberg.de")]
    [InlineData("eva@")]
    [InlineData("eva@@nuernberg.de")]
    [InlineData("eva roth@nuernberg.de")]
    public void AnImplausibleEmailAddressIsRefused(string email)
    {
        var directory = new PartnerDirectory(new DirectoryState());
        directory.AddOrganisation(Operator, Nuernberg);

        var add = () => directory.AddPerson(Operator, new Person("eva", "Eva Roth", email, "stadt-nuernberg"));

        add.Should().Throw<WorkspaceRuleException>().Which.Arguments.Should().Equal("Email");
    }

    [Fact]
    public void APersonMayBeAddedWithoutAnEmailAddress()
    {
        var directory = new PartnerDirectory(new DirectoryState());
        directory.AddOrganisation(Operator, Nuernberg);

        var (person, _) = directory.AddPerson(Operator, new Person("eva", "Eva Roth", "", "stadt-nuernberg"));

        person.Email.Should().BeEmpty();
    }

    [Fact]
    public void AddingAPersonWithAKnownIdReturnsTheStoredOneUnchanged()
    {
        var directory = new PartnerDirectory(new DirectoryState());
        directory.AddOrganisation(Operator, Nuernberg);
        var eva = directory.AddPerson(Operator, new Person("eva", "Eva Roth", "", "stadt-nuernberg")).Person;

        var (person, added) = directory.AddPerson(Operator, new Person("eva", "Eva Schwarz", "", "stadt-nuernberg"));

        added.Should().BeFalse();
        person.Should().Be(eva);
    }

    [Fact]
    public void OrganisationsAndPeopleAreListedByNameIgnoringCase()
    {
        var directory = new PartnerDirectory(new DirectoryState());
        directory.AddOrganisation(Operator, University);
        directory.AddOrganisation(Operator, Nuernberg);
        directory.AddPerson(Operator, new Person("z", "zoe Zander", "", "stadt-nuernberg"));
        directory.AddPerson(Operator, new Person("a", "Ärmel Anton", "", "stadt-nuernberg"));
        directory.AddPerson(Operator, new Person("b", "Berta Bauer", "", "th-nuernberg"));

        var organisations = directory.Organisations();
        var people = directory.People();

        organisations.Should().Equal(Nuernberg, University);
        people.Select(person => person.Id).Should().Equal("a", "b", "z");
    }

    [Fact]
    public void TheDirectoryStateRoundTripsThroughJson()
    {
        var state = new DirectoryState();
        var directory = new PartnerDirectory(state);
        directory.AddOrganisation(Operator, Nuernberg);
        directory.AddPerson(Operator, new Person("eva", "Eva Roth", "eva@nuernberg.de", "stadt-nuernberg"));

        var restored = JsonSerializer.Deserialize<DirectoryState>(JsonSerializer.Serialize(state))!;

        new PartnerDirectory(restored).Organisations().Should().Equal(Nuernberg);
        new PartnerDirectory(restored).People().Should().Equal(new Person("eva", "Eva Roth", "eva@nuernberg.de", "stadt-nuernberg"));
    }

    [Fact]
    public void ADeletedPersonKeepsTheBarePseudonymAsNameAndNoEmail()
    {
        var directory = new PartnerDirectory(new DirectoryState());
        directory.AddOrganisation(Operator, Nuernberg);
        directory.AddPerson(Operator, new Person("eva", "Eva Roth", "eva@example.org", Nuernberg.Id));

        var (person, changed) = directory.Pseudonymise(Operator, "eva");

        changed.Should().BeTrue();
        person.Should().Be(new Person("eva", Pseudonym.Of("eva"), string.Empty, Nuernberg.Id, IsDeleted: true));
        directory.People().Should().Equal(person);
    }

    [Fact]
    public void ADirectoryStoredWithWordsBeforeThePseudonymLoadsWithTheBarePseudonym()
    {
        var state = new DirectoryState
        {
            SchemaVersion = 1,
            People =
            [
                new Person("eva", "Gelöschte Person 1a2b3c", string.Empty, Nuernberg.Id, IsDeleted: true),
                new Person("ben", "Ben Weber", "ben@example.org", University.Id),
            ],
        };

        state.UpgradeSchema();

        state.People.Select(person => person.DisplayName).Should().Equal(Pseudonym.Of("eva"), "Ben Weber");
        state.SchemaVersion.Should().Be(DirectoryState.CurrentSchemaVersion);
    }
}
