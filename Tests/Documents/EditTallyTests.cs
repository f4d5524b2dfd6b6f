using System.Text.Json;
using Kooperationsraum.Grains.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Documents;

/// <summary>
/// Editing sessions as a document counts them: one person's operations without a pause of more than half an hour are one
/// session, which counts for the organisation the person acted for.
/// </summary>
public sealed class EditTallyTests
{
    private int version;

    [Fact]
    public void ASessionGoesOnWhileItsAuthorPausesAtMostHalfAnHour()
    {
        var tally = new EditTally();

        tally.Count(Entry(Ben, Start));
        tally.Count(Entry(Ben, Start.AddMinutes(20)));
        tally.Count(Entry(Ben, Start.AddMinutes(50)));

        Counts(tally).Should().Equal(new EditCount(Ben.OrganisationId, 1));
    }

    [Fact]
    public void APauseOfMoreThanHalfAnHourStartsANewSession()
    {
        var tally = new EditTally();

        tally.Count(Entry(Ben, Start));
        tally.Count(Entry(Ben, Start.AddMinutes(30).AddSeconds(1)));

        Counts(tally).Should().Equal(new EditCount(Ben.OrganisationId, 2));
    }

    [Fact]
    public void PeopleTypingAtTheSameTimeHaveASessionEachForTheirOwnOrganisation()
    {
        var tally = new EditTally();

        foreach (var minute in Enumerable.Range(0, 10))
        {
            tally.Count(Entry(Ben, Start.AddMinutes(minute)));
            tally.Count(Entry(Dora, Start.AddMinutes(minute)));
            tally.Count(Entry(Anna, Start.AddMinutes(minute)));
        }

        Counts(tally).Should().Equal(
            new EditCount(Anna.OrganisationId, 1), new EditCount(Dora.OrganisationId, 1), new EditCount(Ben.OrganisationId, 1));
        tally.Total.Should().Be(3);
    }

    [Fact]
    public void SomeoneActingForAnotherOrganisationStartsANewSessionForIt()
    {
        var tally = new EditTally();

        tally.Count(Entry(Ben, Start));
        tally.Count(Entry(Ben with { OrganisationId = "stadt-wolfsburg" }, Start.AddMinutes(1)));

        Counts(tally).Should().Equal(new EditCount("stadt-wolfsburg", 1), new EditCount(Ben.OrganisationId, 1));
    }

    [Fact]
    public void OperationsWithoutAnOrganisationCountForNoOne()
    {
        var tally = new EditTally();

        tally.Count(Entry(Root with { OrganisationId = string.Empty }, Start));
        tally.Count(new DocumentLogEntry(new OperationId("alt", 1), 0, TextOperation.Replace(0, 0, 0, "x"), 1, Ben.PersonId, Ben.DisplayName, Start));

        Counts(tally).Should().BeEmpty();
        tally.Total.Should().Be(0);
    }

    [Fact]
    public void CountingOnFromTheStoredStateEndsWhereCountingEverythingAtOnceEnds()
    {
        var random = new Random(7);
        var at = Start;
        Actor[] people = [Anna, Ben, Dora];
        var entries = Enumerable.Range(0, 200).Select(_ =>
        {
            at = at.AddMinutes(random.Next(4) == 0 ? random.Next(25, 40) : random.Next(3));
            return Entry(people[random.Next(people.Length)], at);
        }).ToList();
        var whole = new EditTally();
        entries.ForEach(whole.Count);

        foreach (var split in new[] { 0, 1, 57, 120, 199, 200 })
        {
            var first = new EditTally();
            entries.Take(split).ToList().ForEach(first.Count);
            var stored = JsonSerializer.Deserialize<EditTallyState>(JsonSerializer.Serialize(first.ToState()));
            var resumed = EditTally.FromState(stored);
            entries.Skip(split).ToList().ForEach(resumed.Count);

            resumed.ToReport("doc", documentDeleted: false).Counts.Should().Equal(whole.ToReport("doc", documentDeleted: false).Counts, $"split at {split}");
        }
    }

    [Fact]
    public void AnEndedSessionIsForgottenSoTheStoredStateHoldsOnlyThoseWhoMayStillGoOn()
    {
        var tally = new EditTally();

        tally.Count(Entry(Ben, Start));
        tally.Count(Entry(Dora, Start.AddMinutes(10)));
        tally.Count(Entry(Anna, Start.AddMinutes(35)));

        tally.ToState().Editors.Select(editor => editor.PersonId).Should().BeEquivalentTo([Dora.PersonId, Anna.PersonId]);
        tally.ToState(withEditors: false).Editors.Should().BeEmpty();
        tally.ToState(withEditors: false).Sessions.Should().HaveCount(3);
    }

    private static IReadOnlyList<EditCount> Counts(EditTally tally) => tally.ToReport("doc", documentDeleted: false).Counts;

    private DocumentLogEntry Entry(Actor actor, DateTimeOffset at)
    {
        version++;
        return new DocumentLogEntry(
            new OperationId(actor.PersonId, version), version - 1, TextOperation.Replace(version - 1, version - 1, version - 1, "x"), version,
            actor.PersonId, actor.DisplayName, at, actor.OrganisationId);
    }
}
