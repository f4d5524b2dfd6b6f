using Kooperationsraum.Grains.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Tests.Documents;

public sealed class OperationTransformTests
{
    [Fact]
    public void WhenBothInsertAtOnePositionTheOtherOperationsTextComesFirstUnlessBeforeIsSet()
    {
        var mine = TextOperation.Replace(2, 1, 1, "X");
        var theirs = TextOperation.Replace(2, 1, 1, "Y");
        var afterTheirs = theirs.ApplyTo("ab");

        var mineSecond = mine.Map(theirs).ApplyTo(afterTheirs);
        var mineFirst = mine.Map(theirs, before: true).ApplyTo(afterTheirs);

        mineSecond.Should().Be("aYXb");
        mineFirst.Should().Be("aXYb");
    }

    [Fact]
    public void AnInsertionInsideARangeTheOtherDeletesSurvivesAsInCodeMirror()
    {
        var insertion = TextOperation.Replace(6, 3, 3, "X");
        var deletion = TextOperation.Replace(6, 1, 5, "");

        var result = insertion.Map(deletion).ApplyTo(deletion.ApplyTo("abcdef"));

        result.Should().Be("aXf");
    }

    [Fact]
    public void RandomConcurrentOperationsConvergeInEitherOrderWithTheSameTieBreaking()
    {
        var random = new Random(4711);

        for (var run = 0; run < 5_000; run++)
        {
            var text = RandomEdits.Text(random, 30);
            var a = RandomEdits.Operation(random, text, maxChanges: 4);
            var b = RandomEdits.Operation(random, text, maxChanges: 4);

            var aFirst = b.Map(a).ApplyTo(a.ApplyTo(text));
            var bFirst = a.Map(b, before: true).ApplyTo(b.ApplyTo(text));

            bFirst.Should().Be(aFirst, $"run {run}: a = {a}, b = {b} on \"{text}\"");
            a.Compose(b.Map(a)).ApplyTo(text).Should().Be(aFirst, $"run {run}: composed in one operation");
        }
    }

    [Fact]
    public void KeystrokesApartAreMappedExactlyAsTheSectionBySectionRuleMapsThem()
    {
        var random = new Random(2026);
        var apart = 0;

        for (var run = 0; run < 20_000; run++)
        {
            var text = RandomEdits.Text(random, 12);
            var a = RandomEdits.Operation(random, text, maxChanges: 1);
            var b = RandomEdits.Operation(random, text, maxChanges: random.Next(1, 3));

            var shortcut = OperationTransform.MapApart(a, b);

            if (shortcut is not null)
            {
                apart++;
                shortcut.Should().Be(OperationTransform.MapSections(a, b), $"run {run}: a = {a}, b = {b}");
                shortcut.Should().Be(OperationTransform.MapSections(a, b, before: true), $"run {run}: a = {a}, b = {b}, before");
            }
        }

        apart.Should().BeGreaterThan(1_000, "the shortcut must be taken often enough to be checked");
    }

    [Fact]
    public void ComposingTwoOperationsDoesWhatApplyingThemInTurnDoes()
    {
        var random = new Random(815);

        for (var run = 0; run < 3_000; run++)
        {
            var text = RandomEdits.Text(random, 30);
            var first = RandomEdits.Operation(random, text);
            var middle = first.ApplyTo(text);
            var second = RandomEdits.Operation(random, middle);

            var composed = first.Compose(second).ApplyTo(text);

            composed.Should().Be(second.ApplyTo(middle), $"run {run}: {first} then {second} on \"{text}\"");
        }
    }

    [Fact]
    public void MappingOverTwoOperationsInTurnCanDifferFromMappingOverTheirCompositionSoEditorsMustRebaseOneAtATime()
    {
        var deleteX = TextOperation.Parse("[[1]]");
        var insertY = TextOperation.Parse("""[[0,"y"]]""");
        var replaceXWithX = TextOperation.Parse("""[[1,"x"]]""");

        var inTurn = replaceXWithX.Map(deleteX).Map(insertY).ApplyTo("y");
        var overComposition = replaceXWithX.Map(deleteX.Compose(insertY)).ApplyTo("y");

        inTurn.Should().Be("yx");
        overComposition.Should().Be("xy", "this is what @codemirror/state 6.7.6 computes too");
    }

    [Fact]
    public void MappingOverAnEmptyOperationChangesNothing()
    {
        var operation = TextOperation.Replace(3, 1, 2, "z");

        var mapped = operation.Map(TextOperation.Empty(3));

        mapped.Should().BeSameAs(operation);
    }

    [Fact]
    public void OperationsOnDocumentsOfDifferentLengthsAreRefused()
    {
        var map = () => TextOperation.Empty(3).Map(TextOperation.Empty(4));
        var compose = () => TextOperation.Replace(3, 0, 0, "a").Compose(TextOperation.Empty(3));

        map.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.LengthMismatch);
        compose.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.LengthMismatch);
    }
}
