using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Tests.Grains;
using Kooperationsraum.Tests.Grains.Hosting;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Dashboards;

/// <summary>
/// Random work in the documents of some projects, one step at a time so that the clock decides every session: documents
/// created and deleted through their workspace, text typed by Anna, Ben and Dora, and the clock moved by seconds, by
/// minutes around the half hour a session may pause, or by hours. Every acknowledged edit goes into the
/// <see cref="EditSessionOracle"/>; an edit refused (Dora may have left a project) goes nowhere.
/// </summary>
public sealed class RandomDocumentWork(WorkspaceHost host, ManualTimeProvider clock, Random random, EditSessionOracle expected)
{
    private static readonly TimeSpan[] Pauses =
        [TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(31), TimeSpan.FromHours(3)];

    private static readonly Actor[] Writers = [Anna, Ben, Dora];

    public async Task RunAsync(IReadOnlyList<string> projectIds, int steps)
    {
        for (var step = 0; step < steps; step++)
        {
            var projectId = projectIds[random.Next(projectIds.Count)];
            var project = host.Workspace(projectId);
            var documents = (await project.GetAsync(Root))!.Documents;
            var dice = random.Next(100);
            if (dice < 10 || documents.Count == 0)
            {
                await project.CreateDocumentAsync(random.Next(2) == 0 ? Anna : Ben, $"Protokoll {random.Next(100)}");
            }
            else if (dice < 15)
            {
                await project.DeleteDocumentAsync(Anna, documents[random.Next(documents.Count)].Id);
            }
            else if (dice < 35)
            {
                clock.Advance(Pauses[random.Next(Pauses.Length)]);
            }
            else
            {
                await TypeAsync(projectId, documents[random.Next(documents.Count)].Id, Writers[random.Next(Writers.Length)]);
            }
        }
    }

    private async Task TypeAsync(string projectId, string documentId, Actor writer)
    {
        try
        {
            await Typing.TypeAsync(host.Document(documentId), writer, $"{writer.DisplayName[0]}{random.Next(10)} ");
            expected.Edited(projectId, documentId, writer, clock.GetUtcNow());
        }
        catch (DocumentRuleException refusal) when (refusal.Error == DocumentError.AccessDenied)
        {
        }
    }
}
