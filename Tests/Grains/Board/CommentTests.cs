using Kooperationsraum.Grains.Interfaces.Workspaces;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Grains.Board;

public sealed class CommentTests
{
    [Fact]
    public void ACommentIsStoredTrimmedWithItsAuthorAndTime()
    {
        var scenario = Created();
        var task = scenario.AddTask("Offen", "Neu");
        scenario.Clock.Advance(TimeSpan.FromDays(1));

        var commented = scenario.Workspace.AddComment(Gina, task.Id, "  Bitte mit Wolfsburg abstimmen. ");

        commented.TaskId.Should().Be(task.Id);
        commented.Comment.Text.Should().Be("Bitte mit Wolfsburg abstimmen.");
        commented.Comment.By.Should().Be(new ChangeStamp("gina", "Gina Gast", Start.AddDays(1)));
        scenario.Task(task.Id).Comments.Should().Equal(commented.Comment);
    }

    [Fact]
    public void CommentsKeepTheirOrderAndLeaveTheRevision()
    {
        var scenario = Created();
        var task = scenario.AddTask("Offen", "Neu");

        scenario.Workspace.AddComment(Gina, task.Id, "Erster");
        scenario.Workspace.AddComment(Ben, task.Id, "Zweiter");

        scenario.Task(task.Id).Comments.Select(comment => comment.Text).Should().Equal("Erster", "Zweiter");
        scenario.Task(task.Id).Revision.Should().Be(1);
    }

    [Fact]
    public void ACommentOf5000CharactersIsAccepted()
    {
        var scenario = Created();
        var task = scenario.AddTask("Offen", "Neu");

        var commented = scenario.Workspace.AddComment(Gina, task.Id, new string('k', 5_000));

        commented.Comment.Text.Should().HaveLength(5_000);
    }

    [Fact]
    public void ACommentOf5001CharactersIsRefusedWithCommentTooLong()
    {
        var scenario = Created();
        var task = scenario.AddTask("Offen", "Neu");

        var refused = scenario.Attempt(() => scenario.Workspace.AddComment(Gina, task.Id, new string('k', 5_001)));

        refused.Error.Should().Be(WorkspaceError.CommentTooLong);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void ABlankCommentIsRefusedWithCommentRequired()
    {
        var scenario = Created();
        var task = scenario.AddTask("Offen", "Neu");

        var refused = scenario.Attempt(() => scenario.Workspace.AddComment(Gina, task.Id, " \n "));

        refused.Error.Should().Be(WorkspaceError.CommentRequired);
        refused.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void CommentingOnAnUnknownTaskIsRefusedWithUnknownTask()
    {
        var scenario = Created();

        var refused = scenario.Attempt(() => scenario.Workspace.AddComment(Gina, "nope", "Hallo"));

        refused.Error.Should().Be(WorkspaceError.UnknownTask);
        refused.StateChanged.Should().BeFalse();
    }
}
