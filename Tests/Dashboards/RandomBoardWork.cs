using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Dashboards;

/// <summary>
/// Random work on a project's board by its members: tasks created, moved, edited and deleted, due dates, assignees, WIP
/// limits, columns added and removed, a member leaving and coming back, documents created. Refused commands (a full
/// column, say) are part of the work: they must change nothing, on the board or on the dashboard.
/// </summary>
public sealed class RandomBoardWork(IWorkspaceGrain project, Random random, DateOnly today)
{
    public async Task RunAsync(int steps)
    {
        for (var step = 0; step < steps; step++)
        {
            try
            {
                await StepAsync();
            }
            catch (WorkspaceRuleException)
            {
            }
        }
    }

    private async Task StepAsync()
    {
        var board = (await project.GetAsync(Root))!;
        var tasks = board.Columns.SelectMany(column => column.Tasks).ToList();
        var column = board.Columns[random.Next(board.Columns.Count)];
        var dice = random.Next(100);
        if (dice < 30 || tasks.Count == 0)
        {
            await project.CreateTaskAsync(Worker(), column.Id, Draft($"Aufgabe {random.Next(1000)}", board));
        }
        else if (dice < 60)
        {
            var task = tasks[random.Next(tasks.Count)];
            await project.MoveTaskAsync(Worker(), task.Id, column.Id, random.Next(column.Tasks.Count + 1));
        }
        else if (dice < 72)
        {
            var task = tasks[random.Next(tasks.Count)];
            await project.UpdateTaskAsync(Worker(), task.Id, task.Revision, Draft(task.Title, board));
        }
        else if (dice < 80)
        {
            await project.DeleteTaskAsync(Worker(), tasks[random.Next(tasks.Count)].Id);
        }
        else if (dice < 86)
        {
            await project.SetColumnWipLimitAsync(Anna, column.Id, random.Next(3) == 0 ? null : random.Next(1, 6));
        }
        else if (dice < 90)
        {
            await project.AddColumnAsync(Anna, $"Spalte {random.Next(100)}", null);
        }
        else if (dice < 93)
        {
            await project.RemoveColumnAsync(Anna, column.Id);
        }
        else if (dice < 96)
        {
            await ToggleDoraAsync(board);
        }
        else
        {
            await project.CreateDocumentAsync(Worker(), $"Protokoll {random.Next(100)}");
        }
    }

    private async Task ToggleDoraAsync(WorkspaceSnapshot board)
    {
        if (board.Members.Any(member => member.PersonId == Dora.PersonId))
        {
            await project.RemoveMemberAsync(Anna, Dora.PersonId);
        }
        else
        {
            await project.AddMemberAsync(Anna, Dora.PersonId, Dora.DisplayName, Dora.OrganisationId, WorkspaceRole.Member);
        }
    }

    private Actor Worker() => random.Next(2) == 0 ? Anna : Ben;

    private TaskDraft Draft(string title, WorkspaceSnapshot board)
    {
        var members = board.Members.Select(member => member.PersonId).ToList();
        string[] assignees = [.. members.Where(_ => random.Next(3) == 0)];
        DateOnly? due = random.Next(3) == 0 ? null : today.AddDays(random.Next(-10, 15));
        return new TaskDraft(title, string.Empty, assignees, due, [], []);
    }
}
