using Kooperationsraum.Grains.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Tests.Documents;

public sealed class MappedOperationTests
{
    [Fact]
    public void KeystrokesMovedApartByTheirPositionsEndExactlyAsTheGeneralRuleMapsThem()
    {
        var random = new Random(7);
        var movedApart = 0;
        for (var run = 0; run < 20_000; run++)
        {
            var text = RandomEdits.Text(random, 12);
            var local = RandomEdits.Operation(random, text, maxChanges: random.Next(3) == 0 ? 2 : 1);
            var remote = RandomEdits.Operation(random, text, maxChanges: 1);
            var edit = new MappedOperation(local);
            var incoming = new MappedOperation(remote);

            var apart = edit.MoveApart(incoming);

            var because = $"run {run}: {local} against {remote} on \"{text}\"";
            if (apart)
            {
                movedApart++;
                edit.Operation.Should().Be(local.Map(remote), because);
                incoming.Operation.Should().Be(remote.Map(local, before: true), because);
            }
            else
            {
                edit.Operation.Should().Be(local, because);
                incoming.Operation.Should().Be(remote, because);
            }
        }

        movedApart.Should().BeGreaterThan(2_000, "the runs must exercise keystrokes that lie apart");
    }

    [Fact]
    public void MovingPastEachOtherGivesWhatTheGeneralRuleGivesWhereverTheOperationsLie()
    {
        var random = new Random(11);
        for (var run = 0; run < 20_000; run++)
        {
            var text = RandomEdits.Text(random, 12);
            var local = RandomEdits.Operation(random, text, maxChanges: random.Next(1, 3));
            var remote = RandomEdits.Operation(random, text, maxChanges: random.Next(1, 3));
            var edit = new MappedOperation(local);
            var incoming = new MappedOperation(remote);

            edit.MovePast(incoming);

            var because = $"run {run}: {local} against {remote} on \"{text}\"";
            edit.Operation.Should().Be(local.Map(remote), because);
            incoming.Operation.Should().Be(remote.Map(local, before: true), because);
        }
    }
}
