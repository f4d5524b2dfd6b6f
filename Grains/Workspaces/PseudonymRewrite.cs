using Kooperationsraum.Grains.Board;
using Kooperationsraum.Grains.Interfaces.Board;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Events;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>
/// Puts a deleted person's <see cref="Pseudonym"/> in place of their name wherever a workspace had copied it: stamps
/// (who created or changed a task, a document or the workspace), comments, and the events kept as activity.
/// Everything else keeps its value; <see cref="Changed"/> tells whether anything named them.
/// </summary>
public sealed class PseudonymRewrite(string personId)
{
    private readonly string pseudonym = Pseudonym.Of(personId);

    public bool Changed { get; private set; }

    public ChangeStamp Stamp(ChangeStamp stamp)
    {
        if (stamp.PersonId != personId || stamp.DisplayName == pseudonym)
        {
            return stamp;
        }

        Changed = true;
        return stamp with { DisplayName = pseudonym };
    }

    public TaskState Task(TaskState task) =>
        task with
        {
            Created = Stamp(task.Created),
            Changed = Stamp(task.Changed),
            Comments = [.. task.Comments.Select(comment => comment with { By = Stamp(comment.By) })],
        };

    public DocumentEntryState Document(DocumentEntryState document) =>
        document with { Created = Stamp(document.Created), Changed = Stamp(document.Changed) };

    public WorkspaceEvent Event(WorkspaceEvent workspaceEvent)
    {
        var rewritten = workspaceEvent switch
        {
            TaskCreated created => created with { Task = Task(created.Task) },
            TaskEdited edited => edited with { Task = Task(edited.Task) },
            TaskCommented commented => commented with { Comment = commented.Comment with { By = Stamp(commented.Comment.By) } },
            DocumentCreated created => created with
            {
                Document = created.Document with { Created = Stamp(created.Document.Created), Changed = Stamp(created.Document.Changed) },
            },
            MemberJoined joined when joined.Member.PersonId == personId && joined.Member.DisplayName != pseudonym => Named(joined),
            _ => workspaceEvent,
        };
        return rewritten with { By = Stamp(rewritten.By) };
    }

    private BoardTask Task(BoardTask task) =>
        task with
        {
            Created = Stamp(task.Created),
            Changed = Stamp(task.Changed),
            Comments = [.. task.Comments.Select(comment => comment with { By = Stamp(comment.By) })],
        };

    private MemberJoined Named(MemberJoined joined)
    {
        Changed = true;
        return joined with { Member = joined.Member with { DisplayName = pseudonym } };
    }
}
