using System.Text.Json;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Workspaces;
using Kooperationsraum.Tests.Grains.Workspaces;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Dashboards;

/// <summary>Milestones of a project: part of its details, kept in date order, checked, and absent from older records.</summary>
public sealed class MilestoneTests
{
    [Fact]
    public void MilestonesAreKeptInDateOrderWithTrimmedTitles()
    {
        var scenario = Empty();
        var details = Project() with
        {
            Milestones = [new Milestone("  Go-live ", new DateOnly(2025, 9, 1), false), new Milestone("Konzept", new DateOnly(2025, 4, 1), true)],
        };

        scenario.Workspace.Create(Anna, "projekt", details);

        scenario.Snapshot().Details.Milestones.Should().Equal(
            new Milestone("Konzept", new DateOnly(2025, 4, 1), true), new Milestone("Go-live", new DateOnly(2025, 9, 1), false));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AMilestoneWithoutATitleIsRefusedAndChangesNothing(string title)
    {
        var scenario = Created();
        var details = Cooperation() with { Milestones = [new Milestone(title, new DateOnly(2025, 4, 1), false)] };

        var refusal = scenario.Attempt(() => scenario.Workspace.UpdateDetails(Anna, details));

        refusal.Error.Should().Be(WorkspaceError.InvalidDetails);
        refusal.StateChanged.Should().BeFalse();
    }

    [Fact]
    public void MoreMilestonesThanTheLimitAreRefused()
    {
        var scenario = Created();
        var details = Cooperation() with
        {
            Milestones = [.. Enumerable.Range(0, WorkspaceLimits.MaxMilestones + 1).Select(day => new Milestone($"M{day}", new DateOnly(2025, 1, 1).AddDays(day), false))],
        };

        var refusal = scenario.Attempt(() => scenario.Workspace.UpdateDetails(Anna, details));

        refusal.Error.Should().Be(WorkspaceError.InvalidDetails);
    }

    [Fact]
    public void AWorkspaceStoredBeforeMilestonesExistedLoadsWithNone()
    {
        var scenario = Created();
        var json = JsonSerializer.Serialize(scenario.State)
            .Replace($"\"SchemaVersion\":{WorkspaceState.CurrentSchemaVersion}", "\"SchemaVersion\":2", StringComparison.Ordinal)
            .Replace(",\"Milestones\":[]", string.Empty, StringComparison.Ordinal);
        json.Should().NotContain("\"Milestones\":[]");
        var old = JsonSerializer.Deserialize<WorkspaceState>(json)!;

        old.UpgradeSchema();

        old.SchemaVersion.Should().Be(WorkspaceState.CurrentSchemaVersion);
        new Workspace(old, scenario.Clock).Snapshot(Anna).Details.Milestones.Should().BeNull();
    }
}
