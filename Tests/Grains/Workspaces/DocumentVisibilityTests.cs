using System.Text.Json;
using System.Text.Json.Nodes;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Events;
using Kooperationsraum.Grains.Workspaces;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Grains.Workspaces;

/// <summary>
/// Who sees a document under each visibility: Anna's document belongs to Stadt Nürnberg. Hanna is a guest of the same
/// organisation, Ben a Mitglied of TH Nürnberg (the named partner), Dora a Mitglied and Konrad a Koordination member of
/// Stadt Wolfsburg, Gina a guest of Stadt Brandenburg, Otto no member, Root an administrator.
/// </summary>
public sealed class DocumentVisibilityTests
{
    private static readonly Actor Hanna = new("hanna", "Hanna Berg", Anna.OrganisationId, false);
    private static readonly Actor Konrad = new("konrad", "Konrad Kurz", Dora.OrganisationId, false);

    private static readonly Dictionary<string, Actor> Cast = new[] { Anna, Hanna, Ben, Dora, Konrad, Gina, Otto, Root }
        .ToDictionary(actor => actor.PersonId);

    public static TheoryData<DocumentVisibilityMode, string, bool> Matrix => new()
    {
        { DocumentVisibilityMode.AllPartners, "anna", true },
        { DocumentVisibilityMode.AllPartners, "hanna", true },
        { DocumentVisibilityMode.AllPartners, "ben", true },
        { DocumentVisibilityMode.AllPartners, "dora", true },
        { DocumentVisibilityMode.AllPartners, "konrad", true },
        { DocumentVisibilityMode.AllPartners, "gina", true },
        { DocumentVisibilityMode.AllPartners, "otto", false },
        { DocumentVisibilityMode.AllPartners, "root", true },
        { DocumentVisibilityMode.NamedOrganisations, "anna", true },
        { DocumentVisibilityMode.NamedOrganisations, "hanna", true },
        { DocumentVisibilityMode.NamedOrganisations, "ben", true },
        { DocumentVisibilityMode.NamedOrganisations, "dora", false },
        { DocumentVisibilityMode.NamedOrganisations, "konrad", false },
        { DocumentVisibilityMode.NamedOrganisations, "gina", false },
        { DocumentVisibilityMode.NamedOrganisations, "otto", false },
        { DocumentVisibilityMode.NamedOrganisations, "root", true },
        { DocumentVisibilityMode.OwnOrganisation, "anna", true },
        { DocumentVisibilityMode.OwnOrganisation, "hanna", true },
        { DocumentVisibilityMode.OwnOrganisation, "ben", false },
        { DocumentVisibilityMode.OwnOrganisation, "dora", false },
        { DocumentVisibilityMode.OwnOrganisation, "konrad", false },
        { DocumentVisibilityMode.OwnOrganisation, "gina", false },
        { DocumentVisibilityMode.OwnOrganisation, "otto", false },
        { DocumentVisibilityMode.OwnOrganisation, "root", true },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void ADocumentIsListedAndItsTitleShownExactlyToThoseItsVisibilityIncludes(DocumentVisibilityMode mode, string personId, bool sees)
    {
        var scenario = WithCast();
        var created = scenario.Workspace.CreateDocument(Anna, "doc-1", "Haushaltsentwurf 2026", mode, [Ben.OrganisationId]);
        var reader = Cast[personId];

        var listed = Listed(scenario, reader);
        var inActivity = Visible(scenario, reader);
        var role = scenario.Workspace.DocumentRoleOf(personId, "doc-1");
        var receives = scenario.Workspace.MayReceive(reader, created);

        listed.Should().Be(sees);
        inActivity.Should().Be(sees);
        receives.Should().Be(sees);
        if (reader.IsAdministrator)
        {
            role.Should().BeNull("an administrator is no member; the document grain lets administrators in without asking");
        }
        else
        {
            (role is not null).Should().Be(sees);
        }
    }

    [Fact]
    public void TheDocumentBelongsToTheOrganisationItsCreatorJoinedWith()
    {
        var scenario = WithCast();

        var created = scenario.Workspace.CreateDocument(Ben, "doc-1", "Schnittstellenkonzept", DocumentVisibilityMode.OwnOrganisation);

        created.Document.Visibility.Should().Be(new DocumentVisibility(DocumentVisibilityMode.OwnOrganisation, Ben.OrganisationId, []));
        Listed(scenario, Anna).Should().BeFalse("Koordination of another organisation does not widen a document's visibility");
    }

    [Fact]
    public void NarrowingTheVisibilityHidesTheDocumentAndItsWholeHistoryFromThoseLeftOut()
    {
        var scenario = WithCast();
        scenario.Workspace.CreateDocument(Anna, "doc-1", "Haushaltsentwurf 2026");
        scenario.Workspace.RenameDocument(Anna, "doc-1", "Haushaltsentwurf 2026 (vertraulich)");

        var changed = scenario.Workspace.SetDocumentVisibility(Anna, "doc-1", DocumentVisibilityMode.OwnOrganisation, null);

        Listed(scenario, Dora).Should().BeFalse();
        scenario.Workspace.Activity(Dora, 50).Should().NotContain(e => e is DocumentCreated || e is DocumentRenamed || e is DocumentVisibilityChanged);
        scenario.Workspace.MayReceive(Dora, changed).Should().BeTrue("whoever saw the document before learns that it left their list");
        Listed(scenario, Hanna).Should().BeTrue();
    }

    [Fact]
    public void ADeletedDocumentStaysHiddenInTheActivityFromThoseItWasHiddenFrom()
    {
        var scenario = WithCast();
        scenario.Workspace.CreateDocument(Anna, "doc-1", "Personalplanung", DocumentVisibilityMode.OwnOrganisation);

        var deleted = scenario.Workspace.DeleteDocument(Anna, "doc-1");

        scenario.Workspace.Activity(Dora, 50).Should().NotContain(e => Workspace.DocumentIdOf(e) == "doc-1");
        scenario.Workspace.MayReceive(Dora, deleted).Should().BeFalse();
        scenario.Workspace.Activity(Hanna, 50).Should().Contain(deleted);
    }

    [Theory]
    [InlineData("anna", true)]
    [InlineData("ben", true)]
    [InlineData("hanna", false)]
    [InlineData("dora", false)]
    [InlineData("konrad", true)]
    [InlineData("root", true)]
    public void KoordinationAndTheCreatorWhileMitgliedMayChangeTheVisibility(string personId, bool allowed)
    {
        var scenario = WithCast();
        scenario.Workspace.CreateDocument(Ben, "doc-1", "Schnittstellenkonzept");

        var refused = scenario.Run(() =>
            scenario.Workspace.SetDocumentVisibility(Cast[personId], "doc-1", DocumentVisibilityMode.NamedOrganisations, [Anna.OrganisationId]));

        (refused is null).Should().Be(allowed);
        if (refused is not null)
        {
            refused.Error.Should().Be(WorkspaceError.NotAllowed);
            refused.StateChanged.Should().BeFalse();
        }
    }

    [Fact]
    public void SomeoneWhoMayNotSeeADocumentCannotChangeRenameOrDeleteIt()
    {
        var scenario = WithCast();
        scenario.Workspace.CreateDocument(Anna, "doc-1", "Personalplanung", DocumentVisibilityMode.OwnOrganisation);

        var commands = new Action[]
        {
            () => scenario.Workspace.SetDocumentVisibility(Konrad, "doc-1", DocumentVisibilityMode.AllPartners, null),
            () => scenario.Workspace.RenameDocument(Ben, "doc-1", "Geleakt"),
            () => scenario.Workspace.DeleteDocument(Konrad, "doc-1"),
        };

        commands.Select(scenario.Attempt).Should().AllSatisfy(refused =>
        {
            refused.Error.Should().Be(WorkspaceError.UnknownDocument, "a hidden document is refused as an unknown one");
            refused.StateChanged.Should().BeFalse();
        });
    }

    [Theory]
    [InlineData("")]
    [InlineData("stadt-nuernberg")]
    [InlineData("  ,stadt-nuernberg")]
    public void NamingNoPartnerBesidesTheOwnerIsRefused(string named)
    {
        var organisationIds = named.Split(',');
        var scenario = WithCast();
        scenario.Workspace.CreateDocument(Anna, "doc-1", "Haushaltsentwurf 2026");

        var refused = scenario.Attempt(() =>
            scenario.Workspace.SetDocumentVisibility(Anna, "doc-1", DocumentVisibilityMode.NamedOrganisations, organisationIds));

        refused.Error.Should().Be(WorkspaceError.InvalidVisibility);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void DocumentsStoredBeforeVisibilityExistedLoadAsVisibleToAllPartnersOwnedByTheirCreatorsOrganisation()
    {
        var scenario = WithCast();
        scenario.Workspace.CreateDocument(Ben, "doc-1", "Altes Protokoll");
        var stored = JsonNode.Parse(JsonSerializer.Serialize(scenario.State))!;
        stored["SchemaVersion"] = 2;
        stored["Documents"]![0]!.AsObject().Remove("Visibility");
        stored["Activity"]!.AsArray().Last()!["Document"]!.AsObject().Remove("Visibility");
        var old = JsonSerializer.Deserialize<WorkspaceState>(stored.ToJsonString())!;

        old.UpgradeSchema();
        var workspace = new Workspace(old, scenario.Clock);

        old.SchemaVersion.Should().Be(WorkspaceState.CurrentSchemaVersion);
        workspace.Snapshot(Gina).Documents.Should().ContainSingle()
            .Which.Visibility.Should().Be(DocumentVisibility.AllPartners(Ben.OrganisationId));
        workspace.Activity(Gina, 1).Should().ContainSingle().Which.Should().BeOfType<DocumentCreated>();
    }

    private static WorkspaceScenario WithCast()
    {
        var scenario = Created();
        scenario.Join(Hanna, WorkspaceRole.Guest);
        scenario.Join(Konrad, WorkspaceRole.Coordination);
        return scenario;
    }

    // Someone who may not read the workspace at all is refused, and sees no title either.
    private static bool Listed(WorkspaceScenario scenario, Actor reader) =>
        scenario.Run(() => scenario.Workspace.Snapshot(reader)) is null
        && scenario.Workspace.Snapshot(reader).Documents.Any(document => document.Id == "doc-1");

    private static bool Visible(WorkspaceScenario scenario, Actor reader) =>
        scenario.Run(() => scenario.Workspace.Activity(reader, 50)) is null
        && scenario.Workspace.Activity(reader, 50).Any(e => Workspace.DocumentIdOf(e) == "doc-1");
}
