using System.Text.Json;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Workspaces;

namespace Kooperationsraum.Tests.Grains.Workspaces;

public sealed class WorkspaceRegistryTests
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RecordingANewWorkspaceAddsIt()
    {
        var registry = new WorkspaceRegistry(new RegistryState());

        var changed = registry.Record(Summary("a", "Kooperation A", Monday));

        changed.Should().BeTrue();
        registry.List().Should().ContainSingle().Which.Title.Should().Be("Kooperation A");
    }

    [Fact]
    public void RecordingAKnownWorkspaceReplacesItsSummary()
    {
        var registry = new WorkspaceRegistry(new RegistryState());
        registry.Record(Summary("a", "Alt", Monday));

        var changed = registry.Record(Summary("a", "Neu", Monday));

        changed.Should().BeTrue();
        registry.List().Should().ContainSingle().Which.Title.Should().Be("Neu");
    }

    [Fact]
    public void RecordingAnUnchangedSummaryReportsNoChangeSoNothingNeedsWriting()
    {
        var registry = new WorkspaceRegistry(new RegistryState());
        registry.Record(Summary("a", "Gleich", Monday));

        var changed = registry.Record(Summary("a", "Gleich", Monday));

        changed.Should().BeFalse();
    }

    [Fact]
    public void AChangeOfPartnersAloneCountsAsAChange()
    {
        var registry = new WorkspaceRegistry(new RegistryState());
        registry.Record(Summary("a", "Gleich", Monday));

        var changed = registry.Record(Summary("a", "Gleich", Monday) with { PartnerOrganisationIds = ["stadt-nuernberg"] });

        changed.Should().BeTrue();
    }

    [Fact]
    public void WorkspacesAreListedNewestFirst()
    {
        var registry = new WorkspaceRegistry(new RegistryState());
        registry.Record(Summary("old", "Alt", Monday));
        registry.Record(Summary("new", "Neu", Monday.AddDays(2)));
        registry.Record(Summary("mid", "Mitte", Monday.AddDays(1)));

        var list = registry.List();

        list.Select(summary => summary.Id).Should().Equal("new", "mid", "old");
    }

    [Fact]
    public void TheRegistryStateRoundTripsThroughJson()
    {
        var state = new RegistryState();
        new WorkspaceRegistry(state).Record(Summary("a", "Kooperation A", Monday) with { PartnerOrganisationIds = ["x", "y"] });
        var json = JsonSerializer.Serialize(state);

        var restored = JsonSerializer.Deserialize<RegistryState>(json)!;

        new WorkspaceRegistry(restored).List().Should().BeEquivalentTo(new WorkspaceRegistry(state).List());
    }

    private static WorkspaceSummary Summary(string id, string title, DateTimeOffset createdAt) =>
        new(id, WorkspaceKind.Cooperation, title, null, null, null, [], createdAt);
}
