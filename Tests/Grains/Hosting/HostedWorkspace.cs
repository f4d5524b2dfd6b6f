using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Grains.Hosting;

/// <summary>Workspaces set up through a grain, with the cast of <see cref="Workspaces.WorkspaceScenario"/>.</summary>
public static class HostedWorkspace
{
    /// <summary>A workspace id no other test uses, so that tests can share a host and its database.</summary>
    public static string NewId() => $"koop-{Guid.NewGuid():N}";

    public static string ColumnId(WorkspaceSnapshot snapshot, string name) => snapshot.Columns.Single(column => column.Name == name).Id;

    /// <summary>A cooperation Anna created, with Ben and Dora as members and Gina as guest.</summary>
    public static async Task<WorkspaceSnapshot> CreateWithCastAsync(IWorkspaceGrain workspace)
    {
        await workspace.CreateAsync(Anna, Cooperation());
        await workspace.AddMemberAsync(Anna, Ben.PersonId, Ben.DisplayName, Ben.OrganisationId, WorkspaceRole.Member);
        await workspace.AddMemberAsync(Anna, Dora.PersonId, Dora.DisplayName, Dora.OrganisationId, WorkspaceRole.Member);
        await workspace.AddMemberAsync(Anna, Gina.PersonId, Gina.DisplayName, Gina.OrganisationId, WorkspaceRole.Guest);
        return (await workspace.GetAsync(Root))!;
    }

    /// <summary>A workspace with the cast that went through changes of details, members, columns and tasks.</summary>
    public static async Task<WorkspaceSnapshot> CreateBusyAsync(IWorkspaceGrain workspace)
    {
        var created = await CreateWithCastAsync(workspace);
        await workspace.UpdateDetailsAsync(Anna, Cooperation() with { StartsOn = new DateOnly(2025, 1, 1), EndsOn = new DateOnly(2026, 12, 31) });
        var postponed = await workspace.AddColumnAsync(Anna, "Zurückgestellt", 3);
        var draft = new TaskDraft(
            "Schnittstelle XÖV beschreiben",
            "Siehe **Anlage** – Umlaute äöüß und 👩‍💻",
            ["ben", "dora"],
            new DateOnly(2025, 5, 1),
            ["OZG", "Schnittstelle"],
            [new ChecklistItem("Entwurf", true), new ChecklistItem("Abstimmung", false)]);
        var task = await workspace.CreateTaskAsync(Ben, ColumnId(created, "Offen"), draft);
        await workspace.AddCommentAsync(Gina, task.Id, "Bitte bis Freitag.");
        task = await workspace.UpdateTaskAsync(Dora, task.Id, task.Revision, draft with { Title = "Schnittstelle XÖV abstimmen" });
        await workspace.MoveTaskAsync(Ben, task.Id, ColumnId(created, "In Arbeit"), 0);
        await workspace.CreateTaskAsync(Ben, postponed.Id, TaskDraft.Titled("Später"));
        var doomed = await workspace.CreateTaskAsync(Ben, ColumnId(created, "Offen"), TaskDraft.Titled("Weg"));
        await workspace.DeleteTaskAsync(Ben, doomed.Id);
        await workspace.MoveColumnAsync(Anna, postponed.Id, 0);
        await workspace.ChangeMemberRoleAsync(Anna, Gina.PersonId, WorkspaceRole.Member);
        await workspace.RemoveMemberAsync(Anna, Dora.PersonId);
        return (await workspace.GetAsync(Root))!;
    }
}
