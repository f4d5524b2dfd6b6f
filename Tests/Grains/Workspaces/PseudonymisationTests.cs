using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Grains.Workspaces;

/// <summary>A workspace puts a deleted person's pseudonym wherever it had copied their name, and nothing else changes.</summary>
public sealed class PseudonymisationTests
{
    [Fact]
    public void ForgettingAMemberPutsThePseudonymInEveryStampCommentAndEventThatNamedThem()
    {
        var scenario = Created();
        var task = scenario.Workspace.CreateTask(Ben, scenario.ColumnId("Offen"), TaskDraft.Titled("Bens Aufgabe"));
        scenario.Workspace.AddComment(Ben, task.Task.Id, "Bens Kommentar");
        scenario.Workspace.AddComment(Dora, task.Task.Id, "Doras Kommentar");
        scenario.Workspace.CreateDocument(Ben, "doc-ben", "Bens Dokument", DocumentVisibilityMode.AllPartners, null);

        scenario.Workspace.ForgetMember(Root, Ben.PersonId);

        var pseudonym = Pseudonym.Of(Ben.PersonId);
        scenario.Json().Should().NotContain(Ben.DisplayName);
        var stored = scenario.Task(task.Task.Id);
        stored.Created.Should().Be(task.Task.Created with { DisplayName = pseudonym });
        stored.Comments.Select(comment => comment.By.DisplayName).Should().Equal(pseudonym, Dora.DisplayName);
        scenario.Snapshot().Documents.Single().Created.DisplayName.Should().Be(pseudonym);
        scenario.Workspace.Activity(Root, 100).Where(e => e.By.PersonId == Ben.PersonId).Should().OnlyContain(e => e.By.DisplayName == pseudonym);
        scenario.Snapshot().Members.Should().NotContain(member => member.PersonId == Ben.PersonId);
    }

    [Fact]
    public void AFormerMembersNameGivesWayToThePseudonymUnderANewVersionWithoutAnEvent()
    {
        var scenario = Created();
        var task = scenario.Workspace.CreateTask(Dora, scenario.ColumnId("Offen"), TaskDraft.Titled("Doras Aufgabe"));
        scenario.Workspace.RemoveMember(Anna, Dora.PersonId);
        var version = scenario.State.Version;
        var events = scenario.State.Activity.Count;

        var changed = scenario.Workspace.Pseudonymise(Root, Dora.PersonId);

        changed.Should().BeTrue();
        scenario.Task(task.Task.Id).Created.DisplayName.Should().Be(Pseudonym.Of(Dora.PersonId));
        scenario.Json().Should().NotContain(Dora.DisplayName);
        scenario.State.Version.Should().Be(version + 1);
        scenario.State.Activity.Should().HaveCount(events);
    }

    [Fact]
    public void PseudonymisingSomeoneTheWorkspaceNeverNamedChangesNothing()
    {
        var scenario = Created();
        var before = scenario.Json();

        var changed = scenario.Workspace.Pseudonymise(Root, Otto.PersonId);

        changed.Should().BeFalse();
        scenario.Json().Should().Be(before);
    }

    [Fact]
    public void OnlyAnAdministratorPseudonymisesAndARefusalChangesNothing()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.Pseudonymise(Anna, Ben.PersonId));

        refused.Error.Should().Be(WorkspaceError.NotAllowed);
        refused.StateChanged.Should().BeFalse();
    }
}
