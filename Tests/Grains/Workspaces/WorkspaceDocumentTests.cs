using System.Text.Json;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Events;
using Kooperationsraum.Grains.Workspaces;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Grains.Workspaces;

/// <summary>A workspace's list of documents, by the domain's rules alone.</summary>
public sealed class WorkspaceDocumentTests
{
    [Fact]
    public void ACreatedDocumentIsListedWithItsTrimmedTitleAndWhoCreatedItWhen()
    {
        var scenario = Created();
        scenario.Clock.Advance(TimeSpan.FromMinutes(5));

        var created = scenario.Workspace.CreateDocument(Ben, "doc-1", "  Protokoll Lenkungskreis  ");

        var stamp = new ChangeStamp("ben", "Ben Weber", Start.AddMinutes(5));
        var expected = new WorkspaceDocument("doc-1", "Protokoll Lenkungskreis", stamp, stamp, DocumentVisibility.AllPartners(Ben.OrganisationId));
        created.Document.Should().Be(expected);
        created.By.Should().Be(stamp);
        scenario.Snapshot().Documents.Should().Equal(expected);
        scenario.Workspace.Activity(Gina, 1).Should().ContainSingle().Which.Should().Be(created);
    }

    [Fact]
    public void DocumentsAreListedInTheOrderTheyWereCreated()
    {
        var scenario = Created();

        scenario.Workspace.CreateDocument(Ben, "doc-1", "Konzept");
        scenario.Workspace.CreateDocument(Dora, "doc-2", "Bericht");
        scenario.Workspace.CreateDocument(Anna, "doc-3", "Protokoll");

        scenario.Snapshot().Documents.Select(d => d.Title).Should().Equal("Konzept", "Bericht", "Protokoll");
    }

    [Fact]
    public void RenamingChangesTheTitleAndTheChangeStampButNotTheCreation()
    {
        var scenario = Created();
        var created = scenario.Workspace.CreateDocument(Ben, "doc-1", "Konzept").Document;
        scenario.Clock.Advance(TimeSpan.FromHours(1));

        var renamed = scenario.Workspace.RenameDocument(Dora, "doc-1", " Konzept Fachverfahren ");

        renamed.Should().Be(new DocumentRenamed(
            WorkspaceId, scenario.State.Version, new ChangeStamp("dora", "Dora Yılmaz", Start.AddHours(1)), "doc-1", "Konzept Fachverfahren"));
        scenario.Snapshot().Documents.Should().Equal(created with { Title = "Konzept Fachverfahren", Changed = renamed.By });
    }

    [Fact]
    public void DeletingTakesTheDocumentOffTheListAndTheEventKeepsItsTitle()
    {
        var scenario = Created();
        scenario.Workspace.CreateDocument(Ben, "doc-1", "Konzept");
        scenario.Workspace.CreateDocument(Ben, "doc-2", "Bericht");

        var deleted = scenario.Workspace.DeleteDocument(Anna, "doc-1");

        deleted.DocumentId.Should().Be("doc-1");
        deleted.Title.Should().Be("Konzept");
        scenario.Snapshot().Documents.Select(d => d.Id).Should().Equal("doc-2");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void ABlankTitleIsRefusedAndChangesNothing(string? title)
    {
        var scenario = Created();
        scenario.Workspace.CreateDocument(Ben, "doc-1", "Konzept");

        var create = scenario.Attempt(() => scenario.Workspace.CreateDocument(Ben, "doc-2", title!));
        var rename = scenario.Attempt(() => scenario.Workspace.RenameDocument(Ben, "doc-1", title!));

        create.Should().Be(new RefusedCommand(WorkspaceError.TitleRequired, [], false));
        rename.Should().Be(new RefusedCommand(WorkspaceError.TitleRequired, [], false));
    }

    [Fact]
    public void ATitleLongerThanADocumentTakesIsRefusedAndChangesNothing()
    {
        var scenario = Created();
        scenario.Workspace.CreateDocument(Ben, "doc-1", "Konzept");
        var longest = new string('x', DocumentLimits.MaxTitleLength);

        var create = scenario.Attempt(() => scenario.Workspace.CreateDocument(Ben, "doc-2", longest + "x"));
        var rename = scenario.Attempt(() => scenario.Workspace.RenameDocument(Ben, "doc-1", longest + "x"));
        var longestIsFine = scenario.Run(() => scenario.Workspace.CreateDocument(Ben, "doc-3", longest));

        create.Error.Should().Be(WorkspaceError.TitleTooLong);
        create.StateChanged.Should().BeFalse();
        rename.Error.Should().Be(WorkspaceError.TitleTooLong);
        rename.StateChanged.Should().BeFalse();
        longestIsFine.Should().BeNull();
    }

    [Fact]
    public void AnUnknownDocumentIdIsRefusedWithTheIdAndChangesNothing()
    {
        var scenario = Created();
        scenario.Workspace.CreateDocument(Ben, "doc-1", "Konzept");

        var rename = scenario.Attempt(() => scenario.Workspace.RenameDocument(Anna, "gibt-es-nicht", "Neu"));
        var delete = scenario.Attempt(() => scenario.Workspace.DeleteDocument(Anna, "gibt-es-nicht"));

        rename.Should().BeEquivalentTo(new RefusedCommand(WorkspaceError.UnknownDocument, ["gibt-es-nicht"], false));
        delete.Should().BeEquivalentTo(new RefusedCommand(WorkspaceError.UnknownDocument, ["gibt-es-nicht"], false));
    }

    [Fact]
    public void AWorkspaceHoldsAtMostItsLimitOfDocuments()
    {
        var scenario = Created();
        for (var i = 0; i < WorkspaceLimits.MaxDocuments; i++)
        {
            scenario.Workspace.CreateDocument(Ben, $"doc-{i}", $"Dokument {i}");
        }

        var refused = scenario.Attempt(() => scenario.Workspace.CreateDocument(Ben, "doc-zu-viel", "Zu viel"));

        refused.Error.Should().Be(WorkspaceError.TooManyDocuments);
        refused.StateChanged.Should().BeFalse();
    }

    [Theory]
    [InlineData("ben", true)]
    [InlineData("anna", true)]
    [InlineData("root", true)]
    [InlineData("gina", false)]
    [InlineData("otto", false)]
    public void MembersCoordinatorsAndAdministratorsCreateAndRenameWhileGuestsAndOutsidersAreRefused(string personId, bool allowed)
    {
        var actor = Cast(personId);
        var scenario = Created();
        scenario.Workspace.CreateDocument(Dora, "doc-1", "Konzept");

        var create = scenario.Run(() => scenario.Workspace.CreateDocument(actor, "doc-2", "Bericht"));
        var rename = scenario.Run(() => scenario.Workspace.RenameDocument(actor, "doc-1", "Konzept, überarbeitet"));

        if (allowed)
        {
            create.Should().BeNull();
            rename.Should().BeNull();
        }
        else
        {
            create.Should().Be(new RefusedCommand(WorkspaceError.NotAllowed, [], false));
            rename.Should().Be(new RefusedCommand(WorkspaceError.NotAllowed, [], false));
        }
    }

    [Theory]
    [InlineData("anna", true)]
    [InlineData("root", true)]
    [InlineData("ben", true)]
    [InlineData("dora", false)]
    [InlineData("gina", false)]
    [InlineData("otto", false)]
    public void CoordinatorsAdministratorsAndTheCreatorDeleteWhileOtherMembersGuestsAndOutsidersAreRefused(string personId, bool allowed)
    {
        var actor = Cast(personId);
        var scenario = Created();
        scenario.Workspace.CreateDocument(Ben, "doc-1", "Konzept von Ben");

        var delete = scenario.Run(() => scenario.Workspace.DeleteDocument(actor, "doc-1"));

        if (allowed)
        {
            delete.Should().BeNull();
            scenario.Snapshot().Documents.Should().BeEmpty();
        }
        else
        {
            delete.Should().Be(new RefusedCommand(WorkspaceError.NotAllowed, [], false));
        }
    }

    [Fact]
    public void ACreatorWhoIsNowAGuestMayNoLongerDeleteTheirDocument()
    {
        var scenario = Created();
        scenario.Workspace.CreateDocument(Ben, "doc-1", "Konzept von Ben");
        scenario.Workspace.ChangeMemberRole(Anna, "ben", WorkspaceRole.Guest);

        var refused = scenario.Attempt(() => scenario.Workspace.DeleteDocument(Ben, "doc-1"));

        refused.Error.Should().Be(WorkspaceError.NotAllowed);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void AGuestSeesTheListButAnOutsiderDoesNot()
    {
        var scenario = Created();
        scenario.Workspace.CreateDocument(Ben, "doc-1", "Konzept");

        var guestsView = scenario.Workspace.Snapshot(Gina);
        var outsider = scenario.Attempt(() => scenario.Workspace.Snapshot(Otto));

        guestsView.Documents.Should().ContainSingle().Which.Title.Should().Be("Konzept");
        outsider.Error.Should().Be(WorkspaceError.NotAllowed);
    }

    [Fact]
    public void AWorkspaceStoredBeforeDocumentsExistedLoadsWithAnEmptyListAndTakesDocuments()
    {
        var scenario = Created();
        var json = JsonSerializer.Serialize(scenario.State)
            .Replace($"\"SchemaVersion\":{WorkspaceState.CurrentSchemaVersion}", "\"SchemaVersion\":1", StringComparison.Ordinal)
            .Replace(",\"Documents\":[]", string.Empty, StringComparison.Ordinal);
        json.Should().NotContain("Documents").And.Contain("\"SchemaVersion\":1");
        var old = JsonSerializer.Deserialize<WorkspaceState>(json)!;

        old.UpgradeSchema();
        var workspace = new Workspace(old, scenario.Clock);
        workspace.CreateDocument(Ben, "doc-1", "Erstes Dokument");

        old.SchemaVersion.Should().Be(WorkspaceState.CurrentSchemaVersion);
        workspace.Snapshot(Anna).Documents.Should().ContainSingle().Which.Title.Should().Be("Erstes Dokument");
        workspace.Snapshot(Anna).Members.Should().BeEquivalentTo(scenario.Snapshot().Members);
    }

    private static Actor Cast(string personId) => new[] { Anna, Ben, Dora, Gina, Otto, Root }.Single(actor => actor.PersonId == personId);
}
