using System.Text.Json;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Workspaces;
using Kooperationsraum.Silo.Runtime;

namespace Kooperationsraum.Tests.Grains.Workspaces;

public sealed class WorkspaceRegistryTests
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] Nobody = [];

    [Fact]
    public void RecordingANewWorkspaceAddsIt()
    {
        var registry = new WorkspaceRegistry(new RegistryState());

        var changed = registry.Record(Summary("a", "Kooperation A", Monday), Nobody);

        changed.Should().BeTrue();
        registry.List().Should().ContainSingle().Which.Title.Should().Be("Kooperation A");
    }

    [Fact]
    public void RecordingAKnownWorkspaceReplacesItsSummary()
    {
        var registry = new WorkspaceRegistry(new RegistryState());
        registry.Record(Summary("a", "Alt", Monday), Nobody);

        var changed = registry.Record(Summary("a", "Neu", Monday), Nobody);

        changed.Should().BeTrue();
        registry.List().Should().ContainSingle().Which.Title.Should().Be("Neu");
    }

    [Fact]
    public void RecordingAnUnchangedSummaryReportsNoChangeSoNothingNeedsWriting()
    {
        var registry = new WorkspaceRegistry(new RegistryState());
        registry.Record(Summary("a", "Gleich", Monday), Nobody);

        var changed = registry.Record(Summary("a", "Gleich", Monday), Nobody);

        changed.Should().BeFalse();
    }

    [Fact]
    public void AChangeOfPartnersAloneCountsAsAChange()
    {
        var registry = new WorkspaceRegistry(new RegistryState());
        registry.Record(Summary("a", "Gleich", Monday), Nobody);

        var changed = registry.Record(Summary("a", "Gleich", Monday) with { PartnerOrganisationIds = ["stadt-nuernberg"] }, Nobody);

        changed.Should().BeTrue();
    }

    [Fact]
    public void WorkspacesAreListedNewestFirst()
    {
        var registry = new WorkspaceRegistry(new RegistryState());
        registry.Record(Summary("old", "Alt", Monday), Nobody);
        registry.Record(Summary("new", "Neu", Monday.AddDays(2)), Nobody);
        registry.Record(Summary("mid", "Mitte", Monday.AddDays(1)), Nobody);

        var list = registry.List();

        list.Select(summary => summary.Id).Should().Equal("new", "mid", "old");
    }

    [Fact]
    public void AChangeOfMembersAloneCountsAsAChange()
    {
        var registry = new WorkspaceRegistry(new RegistryState());
        registry.Record(Summary("a", "Gleich", Monday), ["anna"]);

        var changed = registry.Record(Summary("a", "Gleich", Monday), ["anna", "ben"]);

        changed.Should().BeTrue();
    }

    [Fact]
    public void TheSameMembersInAnotherOrderAreNoChange()
    {
        var registry = new WorkspaceRegistry(new RegistryState());
        registry.Record(Summary("a", "Gleich", Monday), ["ben", "anna"]);

        var changed = registry.Record(Summary("a", "Gleich", Monday), ["anna", "ben", "anna"]);

        changed.Should().BeFalse();
    }

    [Fact]
    public void APersonsCandidatesAreTheWorkspacesThatNamedThemNewestFirst()
    {
        var registry = new WorkspaceRegistry(new RegistryState());
        registry.Record(Summary("old", "Alt", Monday), ["anna", "ben"]);
        registry.Record(Summary("other", "Fremd", Monday.AddDays(1)), ["dora"]);
        registry.Record(Summary("new", "Neu", Monday.AddDays(2)), ["anna"]);

        var candidates = registry.CandidatesFor("anna");

        candidates.Select(summary => summary.Id).Should().Equal("new", "old");
    }

    [Fact]
    public void AWorkspaceStopsBeingACandidateForSomeoneItNoLongerNames()
    {
        var registry = new WorkspaceRegistry(new RegistryState());
        registry.Record(Summary("a", "Kooperation A", Monday), ["anna", "ben"]);

        registry.Record(Summary("a", "Kooperation A", Monday), ["anna"]);

        registry.CandidatesFor("ben").Should().BeEmpty();
        registry.CandidatesFor("anna").Should().ContainSingle();
    }

    [Fact]
    public void AListStoredBeforeMembersWereKeptLeavesEveryWorkspaceACandidateUntilItReports()
    {
        const string StoredByVersion1 = """
            {"schemaVersion":1,"workspaces":[
              {"id":"a","kind":"Cooperation","title":"Kooperation A","partnerOrganisationIds":[],"createdAt":"2025-03-03T09:00:00+00:00"},
              {"id":"b","kind":"Project","title":"Projekt B","cooperationId":"a","partnerOrganisationIds":[],"createdAt":"2025-03-04T09:00:00+00:00"}]}
            """;
        var state = StateSerializer.Deserialize<RegistryState>(StoredByVersion1)!;
        state.UpgradeSchema();
        var registry = new WorkspaceRegistry(state);

        var before = registry.CandidatesFor("ben").Select(summary => summary.Id).ToList();
        registry.Record(registry.List().Single(summary => summary.Id == "b"), ["anna"]);
        var after = registry.CandidatesFor("ben").Select(summary => summary.Id).ToList();

        state.SchemaVersion.Should().Be(RegistryState.CurrentSchemaVersion);
        before.Should().Equal("b", "a");
        after.Should().Equal("a");
    }

    [Fact]
    public void TheRegistryStateRoundTripsThroughJson()
    {
        var state = new RegistryState();
        new WorkspaceRegistry(state).Record(Summary("a", "Kooperation A", Monday) with { PartnerOrganisationIds = ["x", "y"] }, ["anna"]);
        var json = JsonSerializer.Serialize(state);

        var restored = JsonSerializer.Deserialize<RegistryState>(json)!;

        new WorkspaceRegistry(restored).List().Should().BeEquivalentTo(new WorkspaceRegistry(state).List());
        new WorkspaceRegistry(restored).CandidatesFor("anna").Should().ContainSingle();
        new WorkspaceRegistry(restored).CandidatesFor("ben").Should().BeEmpty();
    }

    private static WorkspaceSummary Summary(string id, string title, DateTimeOffset createdAt) =>
        new(id, WorkspaceKind.Cooperation, title, null, null, null, [], createdAt);
}
