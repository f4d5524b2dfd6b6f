using System.Text.Json;
using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Events;
using Kooperationsraum.Grains.Workspaces;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Grains.Workspaces;

public sealed class WorkspaceStateJsonTests
{
    public static TheoryData<string> SerializerDefaults => new("General", "Web");

    [Theory]
    [MemberData(nameof(SerializerDefaults))]
    public void AWorkspaceStateWithEveryKindOfEventRoundTripsThroughJson(string defaults)
    {
        var options = new JsonSerializerOptions(Enum.Parse<JsonSerializerDefaults>(defaults));
        var scenario = Busy();
        var json = JsonSerializer.Serialize(scenario.State, options);

        var restored = JsonSerializer.Deserialize<WorkspaceState>(json, options)!;

        JsonSerializer.Serialize(restored, options).Should().Be(json);
        var workspace = new Workspace(restored, scenario.Clock);
        workspace.Snapshot(Root).Should().BeEquivalentTo(scenario.Snapshot());
        workspace.Activity(Root, int.MaxValue).Should().BeEquivalentTo(
            scenario.Workspace.Activity(Root, int.MaxValue), o => o.RespectingRuntimeTypes().WithStrictOrdering());
    }

    [Fact]
    public void TheBusyScenarioHoldsEveryKindOfEvent()
    {
        var scenario = Busy();

        var kinds = scenario.State.Activity.Select(e => e.GetType()).Distinct();

        kinds.Should().BeEquivalentTo(typeof(WorkspaceEvent).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(WorkspaceEvent))));
    }

    [Fact]
    public void ARecordWrittenWithoutLaterMembersLoadsWithEmptyCollectionsAndStillWorks()
    {
        const string json = """
            {
              "SchemaVersion": 1,
              "Id": "alt",
              "Created": { "PersonId": "anna", "DisplayName": "Anna Schmidt", "At": "2024-01-01T00:00:00+00:00" },
              "Version": 7,
              "Columns": [ { "Id": "c1", "Name": "Offen", "Tasks": [
                { "Id": "t1", "Title": "Alt",
                  "Created": { "PersonId": "anna", "DisplayName": "Anna Schmidt", "At": "2024-01-01T00:00:00+00:00" },
                  "Changed": { "PersonId": "anna", "DisplayName": "Anna Schmidt", "At": "2024-01-01T00:00:00+00:00" } } ] } ]
            }
            """;
        var state = JsonSerializer.Deserialize<WorkspaceState>(json)!;
        var workspace = new Workspace(state, new ManualTimeProvider(Start));

        workspace.CreateTask(Root, "c1", TaskDraft.Titled("Neu"));

        var snapshot = workspace.Snapshot(Root);
        snapshot.Version.Should().Be(8);
        snapshot.Members.Should().BeEmpty();
        snapshot.Details.PartnerOrganisationIds.Should().BeEmpty();
        var old = snapshot.Columns.Single().Tasks[0];
        old.Labels.Should().BeEmpty();
        old.AssigneeIds.Should().BeEmpty();
        old.Checklist.Should().BeEmpty();
        old.Comments.Should().BeEmpty();
        state.Activity.Should().ContainSingle();
    }

    [Fact]
    public void ARecordFromANewerSchemaIsRefusedRatherThanRewrittenInTheOlderShape()
    {
        var newer = WorkspaceState.CurrentSchemaVersion + 1;
        var state = JsonSerializer.Deserialize<WorkspaceState>($$"""{ "SchemaVersion": {{newer}}, "Id": "neu" }""")!;

        var upgrade = state.UpgradeSchema;

        upgrade.Should().Throw<InvalidOperationException>().WithMessage($"*schema version {newer}*");
    }

    [Fact]
    public void ARecordOfTheCurrentSchemaNeedsNoUpgrade()
    {
        var scenario = Busy();
        var before = scenario.Json();

        scenario.State.UpgradeSchema();

        scenario.Json().Should().Be(before);
    }

    [Fact]
    public void ACopyOfTheStateCanChangeWhileTheOriginalStaysAsStored()
    {
        var scenario = Busy();
        var before = scenario.Json();
        var copy = scenario.State.Clone();
        var workspace = new Workspace(copy, scenario.Clock);
        var taskId = copy.Columns.SelectMany(column => column.Tasks).First().Id;

        workspace.UpdateTask(Anna, taskId, copy.Columns.SelectMany(column => column.Tasks).First().Revision, TaskDraft.Titled("Kopie"));
        workspace.MoveTask(Anna, taskId, copy.Columns[^1].Id, 0);
        workspace.AddComment(Anna, taskId, "Nur in der Kopie");
        workspace.AddMember(Anna, "eva", "Eva Roth", "tu-brandenburg", WorkspaceRole.Member);
        workspace.RenameColumn(Anna, copy.Columns[0].Id, "Umbenannt");
        workspace.UpdateDetails(Anna, Cooperation("Kopie"));
        workspace.RenameDocument(Anna, "doc-konzept", "Nur in der Kopie");
        workspace.CreateDocument(Anna, "doc-kopie", "Kopie");

        scenario.Json().Should().Be(before);
        JsonSerializer.Serialize(copy).Should().NotBe(before);
    }

    /// <summary>A workspace that went through every kind of change.</summary>
    private static WorkspaceScenario Busy()
    {
        var scenario = Created();
        var workspace = scenario.Workspace;
        scenario.Clock.Advance(TimeSpan.FromMinutes(1));
        workspace.UpdateDetails(Anna, Cooperation() with { StartsOn = new DateOnly(2025, 1, 1), EndsOn = new DateOnly(2026, 12, 31) });
        workspace.ChangeMemberRole(Anna, "gina", WorkspaceRole.Member);
        var draft = new TaskDraft(
            "Schnittstelle XÖV beschreiben",
            "Siehe **Anlage** – Umlaute äöüß und 👩‍💻",
            ["ben", "dora"],
            new DateOnly(2025, 5, 1),
            ["OZG", "Schnittstelle"],
            [new ChecklistItem("Entwurf", true), new ChecklistItem("Abstimmung", false)]);
        var task = workspace.CreateTask(Ben, scenario.ColumnId("Offen"), draft).Task;
        workspace.UpdateTask(Dora, task.Id, task.Revision, draft with { Title = "Schnittstelle XÖV abstimmen" });
        workspace.AddComment(Gina, task.Id, "Bitte bis Freitag.");
        workspace.MoveTask(Ben, task.Id, scenario.ColumnId("In Arbeit"), 0);
        var column = workspace.AddColumn(Anna, "Zurückgestellt", 3).Column;
        workspace.RenameColumn(Anna, column.Id, "Später");
        workspace.SetColumnWipLimit(Anna, column.Id, null);
        workspace.MoveColumn(Anna, column.Id, 0);
        workspace.RemoveColumn(Anna, column.Id);
        var doomed = workspace.CreateTask(Ben, scenario.ColumnId("Erledigt"), TaskDraft.Titled("Weg"));
        workspace.DeleteTask(Ben, doomed.Task.Id);
        workspace.RemoveMember(Anna, "dora");
        workspace.CreateDocument(Ben, "doc-konzept", "Konzept Schnittstelle");
        workspace.RenameDocument(Gina, "doc-konzept", "Konzept XÖV-Schnittstelle");
        workspace.CreateDocument(Gina, "doc-entwurf", "Entwurf");
        workspace.DeleteDocument(Anna, "doc-entwurf");
        workspace.SetDocumentVisibility(Ben, "doc-konzept", DocumentVisibilityMode.NamedOrganisations, [Anna.OrganisationId]);
        return scenario;
    }
}
