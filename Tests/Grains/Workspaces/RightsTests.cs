using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Grains.Workspaces;

/// <summary>Every command against every role: the domain checks rights itself and never trusts the UI.</summary>
public sealed class RightsTests
{
    private static readonly Dictionary<string, (WorkspaceRole Required, Action<WorkspaceScenario, Actor, BoardTask> Run)> Commands = new()
    {
        ["UpdateDetails"] = (WorkspaceRole.Coordination, (s, actor, _) => s.Workspace.UpdateDetails(actor, Cooperation("Neu"))),
        ["AddMember"] = (WorkspaceRole.Coordination, (s, actor, _) => s.Workspace.AddMember(actor, "eva", "Eva Roth", "tu-brandenburg", WorkspaceRole.Member)),
        ["ChangeMemberRole"] = (WorkspaceRole.Coordination, (s, actor, _) => s.Workspace.ChangeMemberRole(actor, "dora", WorkspaceRole.Guest)),
        ["RemoveMember"] = (WorkspaceRole.Coordination, (s, actor, _) => s.Workspace.RemoveMember(actor, "dora")),
        ["AddColumn"] = (WorkspaceRole.Coordination, (s, actor, _) => s.Workspace.AddColumn(actor, "Zurückgestellt", null)),
        ["RenameColumn"] = (WorkspaceRole.Coordination, (s, actor, _) => s.Workspace.RenameColumn(actor, s.ColumnId("Erledigt"), "Fertig")),
        ["SetColumnWipLimit"] = (WorkspaceRole.Coordination, (s, actor, _) => s.Workspace.SetColumnWipLimit(actor, s.ColumnId("In Arbeit"), 3)),
        ["MoveColumn"] = (WorkspaceRole.Coordination, (s, actor, _) => s.Workspace.MoveColumn(actor, s.ColumnId("Erledigt"), 0)),
        ["RemoveColumn"] = (WorkspaceRole.Coordination, (s, actor, _) => s.Workspace.RemoveColumn(actor, s.ColumnId("Erledigt"))),
        ["CreateTask"] = (WorkspaceRole.Member, (s, actor, _) => s.Workspace.CreateTask(actor, s.ColumnId("Offen"), TaskDraft.Titled("Neu"))),
        ["UpdateTask"] = (WorkspaceRole.Member, (s, actor, task) => s.Workspace.UpdateTask(actor, task.Id, task.Revision, TaskDraft.Titled("Geändert"))),
        ["MoveTask"] = (WorkspaceRole.Member, (s, actor, task) => s.Workspace.MoveTask(actor, task.Id, s.ColumnId("In Arbeit"), 0)),
        ["DeleteTask"] = (WorkspaceRole.Member, (s, actor, task) => s.Workspace.DeleteTask(actor, task.Id)),
        ["AddComment"] = (WorkspaceRole.Guest, (s, actor, task) => s.Workspace.AddComment(actor, task.Id, "Sieht gut aus.")),
        ["Snapshot"] = (WorkspaceRole.Guest, (s, actor, _) => s.Workspace.Snapshot(actor)),
        ["Activity"] = (WorkspaceRole.Guest, (s, actor, _) => s.Workspace.Activity(actor, 10)),
        ["Subscribe"] = (WorkspaceRole.Guest, (s, actor, _) => s.Workspace.DemandRead(actor)),
    };

    private static readonly (Actor Actor, WorkspaceRole? Role)[] Cast =
    [
        (Gina, WorkspaceRole.Guest),
        (Ben, WorkspaceRole.Member),
        (Anna, WorkspaceRole.Coordination),
        (Otto, null),
    ];

    public static TheoryData<string> CommandNames => new(Commands.Keys);

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void ACommandIsAllowedFromItsRequiredRoleUpAndToAdministrators(string command)
    {
        var (required, run) = Commands[command];
        var allowed = Cast.Where(each => each.Role >= required).Select(each => each.Actor).Append(Root).ToList();

        var refusals = allowed.Select(actor => Refusal(run, actor)).ToList();

        refusals.Should().AllSatisfy(refusal => refusal.Should().BeNull());
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void ACommandIsRefusedWithNotAllowedBelowItsRequiredRoleAndToNonMembers(string command)
    {
        var (required, run) = Commands[command];
        var refusedActors = Cast.Where(each => each.Role is null || each.Role < required).Select(each => each.Actor).ToList();

        var refusals = refusedActors.Select(actor => Refusal(run, actor)).ToList();

        refusals.Should().AllSatisfy(refusal =>
        {
            refusal.Should().NotBeNull();
            refusal!.Error.Should().Be(WorkspaceError.NotAllowed);
            refusal.StateChanged.Should().BeFalse();
        });
    }

    [Fact]
    public void AnAdministratorWhoIsNoMemberMayCreateAWorkspaceAndBecomesItsCoordinator()
    {
        var scenario = Empty();

        scenario.Workspace.Create(Root, WorkspaceId, Cooperation());

        scenario.Snapshot().Members.Should().ContainSingle().Which.Role.Should().Be(WorkspaceRole.Coordination);
    }

    [Fact]
    public void AMemberWhoWasRemovedLosesAccess()
    {
        var scenario = Created();
        scenario.Workspace.RemoveMember(Anna, "ben");

        var refused = scenario.Attempt(() => scenario.Workspace.Snapshot(Ben));

        refused.Error.Should().Be(WorkspaceError.NotAllowed);
    }

    private static RefusedCommand? Refusal(Action<WorkspaceScenario, Actor, BoardTask> run, Actor actor)
    {
        var scenario = Created();
        var task = scenario.AddTask("Offen", "Bestandsaufnahme Fachverfahren");
        return scenario.Run(() => run(scenario, actor, task));
    }
}
