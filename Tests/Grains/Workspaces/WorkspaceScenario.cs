using System.Text.Json;
using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Workspaces;
using Xunit.Sdk;

namespace Kooperationsraum.Tests.Grains.Workspaces;

/// <summary>
/// A workspace on a manual clock with a cast: Anna coordinates, Ben and Dora are members, Gina is a guest, Otto
/// is no member and Root is an administrator who is no member either.
/// </summary>
public sealed class WorkspaceScenario
{
    public const string WorkspaceId = "koop-digitalisierung";

    public static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    public static readonly Actor Anna = new("anna", "Anna Schmidt", "stadt-nuernberg", false);
    public static readonly Actor Ben = new("ben", "Ben Weber", "th-nuernberg", false);
    public static readonly Actor Dora = new("dora", "Dora Yılmaz", "stadt-wolfsburg", false);
    public static readonly Actor Gina = new("gina", "Gina Gast", "stadt-brandenburg", false);
    public static readonly Actor Otto = new("otto", "Otto Außen", "anderswo", false);
    public static readonly Actor Root = new("root", "Betrieb", "betreiber", true);

    private WorkspaceScenario()
    {
        Workspace = new Workspace(State, Clock);
    }

    public ManualTimeProvider Clock { get; } = new(Start);

    public WorkspaceState State { get; } = new();

    public Workspace Workspace { get; }

    /// <summary>A workspace that was never created.</summary>
    public static WorkspaceScenario Empty() => new();

    /// <summary>A cooperation Anna created, with Ben and Dora as members and Gina as guest.</summary>
    public static WorkspaceScenario Created()
    {
        var scenario = new WorkspaceScenario();
        scenario.Workspace.Create(Anna, WorkspaceId, Cooperation());
        scenario.Join(Ben, WorkspaceRole.Member);
        scenario.Join(Dora, WorkspaceRole.Member);
        scenario.Join(Gina, WorkspaceRole.Guest);
        return scenario;
    }

    public static WorkspaceDetails Cooperation(string title = "Digitalisierung Nürnberg") =>
        new(WorkspaceKind.Cooperation, title, "Qualifizierung der Beschäftigten", ["stadt-nuernberg", "th-nuernberg"], SignedOn: new DateOnly(2024, 11, 5));

    public static WorkspaceDetails Project(string? cooperationId = WorkspaceId) =>
        new(
            WorkspaceKind.Project,
            "Online-Dienst Anwohnerparken",
            "Antrag vollständig online",
            ["stadt-nuernberg"],
            StartsOn: new DateOnly(2025, 1, 1),
            EndsOn: new DateOnly(2025, 12, 31),
            CooperationId: cooperationId,
            LeadOrganisationId: "stadt-nuernberg",
            Category: ProjectCategory.OnlineService,
            Status: ProjectStatus.Active);

    public void Join(Actor person, WorkspaceRole role) =>
        Workspace.AddMember(Anna, person.PersonId, person.DisplayName, person.OrganisationId, role);

    public string ColumnId(string name) => State.Columns.Single(column => column.Name == name).Id;

    public WorkspaceSnapshot Snapshot() => Workspace.Snapshot(Root);

    public BoardColumn Column(string name) => Snapshot().Columns.Single(column => column.Name == name);

    public BoardTask Task(string taskId) => Snapshot().Columns.SelectMany(column => column.Tasks).Single(task => task.Id == taskId);

    public IReadOnlyList<string> TitlesIn(string columnName) => [.. Column(columnName).Tasks.Select(task => task.Title)];

    public BoardTask AddTask(string columnName, string title) =>
        Workspace.CreateTask(Anna, ColumnId(columnName), TaskDraft.Titled(title)).Task;

    public string Json() => JsonSerializer.Serialize(State);

    /// <summary>Runs a command that must be refused and tells how, and whether the state changed nonetheless.</summary>
    public RefusedCommand Attempt(Action command) => Run(command) ?? throw new XunitException("The command was not refused.");

    /// <summary>Runs a command; tells how it was refused, or null when it was carried out.</summary>
    public RefusedCommand? Run(Action command)
    {
        var before = Json();
        try
        {
            command();
            return null;
        }
        catch (WorkspaceRuleException refusal)
        {
            return new RefusedCommand(refusal.Error, refusal.Arguments, Json() != before);
        }
    }
}
