using System.Diagnostics;
using System.Net;
using Kooperationsraum.Bench.Hubs;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Hubs;

namespace Kooperationsraum.Bench.Dashboards;

/// <summary>
/// Moves tasks the way people do: through the workspace hub, each of them on a connection of their own (a hub runs one
/// connection's calls one after another), signed in. It keeps every project's board (column ids, names and task ids)
/// as it loaded it and as its own moves changed it, so that it knows what a dashboard row must show after a move.
/// </summary>
public sealed class HubTaskMover : IAsyncDisposable
{
    private readonly List<HubProtocolClient> connections;
    private readonly Dictionary<string, List<(string Id, string Name, List<string> Tasks)>> boards;

    private HubTaskMover(List<HubProtocolClient> connections, Dictionary<string, List<(string Id, string Name, List<string> Tasks)>> boards)
    {
        this.connections = connections;
        this.boards = boards;
    }

    /// <summary>
    /// Opens <paramref name="people"/> connections and loads every project's board through them, which also activates
    /// every workspace (each then reports itself to its dashboard, as after any restart).
    /// </summary>
    public static async Task<HubTaskMover> OpenAsync(Uri address, CookieContainer cookies, int people, IReadOnlyList<string> projects)
    {
        var connections = new List<HubProtocolClient>();
        for (var person = 0; person < people; person++)
        {
            connections.Add(await HubProtocolClient.ConnectAsync(address, WorkspaceHub.Path, cookies));
        }

        var snapshots = await Task.WhenAll(projects.Select((id, index) =>
            connections[index % connections.Count].InvokeAsync<WorkspaceSnapshot>(nameof(WorkspaceHub.GetWorkspaceAsync), id)));
        var boards = snapshots.ToDictionary(
            snapshot => snapshot!.Id,
            snapshot => snapshot!.Columns.Select(column => (column.Id, column.Name, column.Tasks.Select(task => task.Id).ToList())).ToList(),
            StringComparer.Ordinal);
        return new HubTaskMover(connections, boards);
    }

    /// <summary>Picks a task of <paramref name="workspaceId"/> and another column for it; the board is changed as the move will change it.</summary>
    public PlannedMove Plan(string workspaceId, Random random)
    {
        var columns = boards[workspaceId];
        var sources = columns.Where(column => column.Tasks.Count > 0).ToList();
        var source = sources[random.Next(sources.Count)];
        var targets = columns.Where(column => column.Id != source.Id).ToList();
        var target = targets[random.Next(targets.Count)];
        var task = source.Tasks[0];
        source.Tasks.RemoveAt(0);
        target.Tasks.Insert(0, task);
        return new PlannedMove(workspaceId, task, target.Id, new ExpectedRow(workspaceId, columns.ToDictionary(column => column.Name, column => column.Tasks.Count, StringComparer.Ordinal)));
    }

    /// <summary>
    /// Starts every move at once, one person each, noting the wall-clock time just before each is sent; completes when
    /// the hub has acknowledged all of them, with each move's start and its acknowledgement after the start in milliseconds.
    /// </summary>
    public async Task<IReadOnlyList<(PlannedMove Move, double StartedAt, double AcknowledgedAfter)>> MoveAsync(IReadOnlyList<PlannedMove> moves)
    {
        if (moves.Count > connections.Count)
        {
            throw new ArgumentException($"{moves.Count} moves at once need as many people; {connections.Count} are connected.", nameof(moves));
        }

        var started = new double[moves.Count];
        var running = new Task<double>[moves.Count];
        for (var index = 0; index < moves.Count; index++)
        {
            var move = moves[index];
            started[index] = ScreenProbe.WallClockNow();
            running[index] = AcknowledgedAsync(connections[index], move);
        }

        var acknowledged = await Task.WhenAll(running);
        return [.. moves.Select((move, index) => (move, started[index], acknowledged[index]))];
    }

    private static async Task<double> AcknowledgedAsync(HubProtocolClient connection, PlannedMove move)
    {
        var started = Stopwatch.GetTimestamp();
        await connection.InvokeAsync(nameof(WorkspaceHub.MoveTaskAsync), move.WorkspaceId, move.TaskId, move.ColumnId, 0);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }
    }
}
