using System.Text;
using Kooperationsraum.Grains.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Tests.Documents;

public sealed class TextBufferTests
{
    private const string Emoji = "😀";

    [Fact]
    public void TextInsertedAtAnOffsetAppearsThere()
    {
        var buffer = new TextBuffer("Kooperation");

        buffer.Insert(11, "sraum");
        buffer.Insert(0, "Der ");

        buffer.ToString().Should().Be("Der Kooperationsraum");
        buffer.Length.Should().Be(20);
    }

    [Fact]
    public void DeletedTextDisappearsAndTheRestCloses()
    {
        var buffer = new TextBuffer("Stadt und Hochschule");

        buffer.Delete(5, 4);

        buffer.ToString().Should().Be("Stadt Hochschule");
    }

    [Fact]
    public void AnOperationAppliesAllItsSectionsAtOnce()
    {
        var buffer = new TextBuffer("abcdef");

        buffer.Apply(TextOperation.Parse("""[1,[2,"X","Y"],1,[0,"Z"],[2]]"""));

        buffer.ToString().Should().Be("aX\nYdZ");
    }

    [Fact]
    public void ManyRandomEditsAcrossManyChunksGiveTheSameTextAsAPlainString()
    {
        var random = new Random(17);
        var buffer = new TextBuffer();
        var expected = new StringBuilder();

        for (var step = 0; step < 20_000; step++)
        {
            var position = random.Next(expected.Length + 1);
            if (random.Next(3) > 0 || expected.Length < 1_000)
            {
                var text = new string((char)('a' + random.Next(26)), random.Next(1, step % 100 == 0 ? 6_000 : 20));
                buffer.Insert(position, text);
                expected.Insert(position, text);
            }
            else
            {
                var count = Math.Min(expected.Length - position, random.Next(step % 50 == 0 ? 20_000 : 30));
                buffer.Delete(position, count);
                expected.Remove(position, count);
            }

            if (step % 1_000 == 0)
            {
                var start = random.Next(expected.Length);
                var length = random.Next(expected.Length - start);
                buffer.Substring(start, length).Should().Be(expected.ToString(start, length));
                buffer[start].Should().Be(expected[start]);
            }
        }

        buffer.ToString().Should().Be(expected.ToString());
        buffer.Length.Should().Be(expected.Length);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void EditsThatJumpBetweenCursorsFarApartGiveTheSameTextAsAPlainString(int seed)
    {
        // Like a multi-cursor session: several cursors spread over a long text, each typing, deleting and replacing
        // near itself in turn, now and then pasting over or cutting a large selection, with emoji throughout.
        var random = new Random(seed);
        var expected = new StringBuilder(MixedText(random, 60_000));
        var buffer = new TextBuffer(expected.ToString());
        var cursors = Enumerable.Range(0, 4).Select(_ => random.Next(expected.Length)).ToArray();

        for (var step = 0; step < 30_000; step++)
        {
            var which = random.Next(cursors.Length);
            var position = PairStart(expected, Math.Min(cursors[which], expected.Length));
            var roll = random.Next(100);
            int deleted;
            string inserted;
            if (roll < 2)
            {
                // Pasting over a selection of up to 20,000, or cutting one of up to 10,000.
                deleted = PairStart(expected, Math.Min(expected.Length, position + random.Next(roll == 0 ? 20_000 : 10_000))) - position;
                inserted = roll == 0 ? MixedText(random, random.Next(1, 30_000)) : string.Empty;
            }
            else if (roll < 10)
            {
                // A backspace or two.
                var from = PairStart(expected, Math.Max(0, position - random.Next(1, 3)));
                (deleted, position, inserted) = (position - from, from, string.Empty);
            }
            else
            {
                deleted = roll < 30 ? PairStart(expected, Math.Min(expected.Length, position + random.Next(1, 8))) - position : 0;
                inserted = roll < 15 ? string.Empty : MixedText(random, random.Next(1, 4));
            }

            buffer.Delete(position, deleted);
            expected.Remove(position, deleted);
            buffer.Insert(position, inserted);
            expected.Insert(position, inserted);
            cursors[which] = position + inserted.Length;

            if (step % 500 == 0 && expected.Length > 0)
            {
                var start = PairStart(expected, random.Next(expected.Length));
                var length = PairStart(expected, start + random.Next(Math.Min(5_000, expected.Length - start))) - start;
                buffer.Substring(start, length).Should().Be(expected.ToString(start, length), $"seed {seed}, step {step}");
                buffer[start].Should().Be(expected[start]);
            }
        }

        buffer.Length.Should().Be(expected.Length);
        buffer.ToString().Should().Be(expected.ToString());
    }

    [Fact]
    public void PastingOverLargeSelectionsAgainAndAgainKeepsTheTextExact()
    {
        // Sizes around the chunk's capacity, its half and three quarters, and far beyond; at the start, inside and
        // at the end, so that every way of placing a large insertion between chunks is taken.
        var sizes = new[] { 511, 513, 767, 768, 769, 1_023, 1_024, 1_025, 1_536, 5_000, 50_000, DocumentLimits.MaxInsertedLength };
        var random = new Random(5);
        var expected = MixedText(random, 20_000);
        var buffer = new TextBuffer(expected);

        foreach (var removed in sizes)
        {
            foreach (var added in sizes)
            {
                var position = PairStart(expected, random.Next(3) switch { 0 => 0, 1 => random.Next(expected.Length), _ => expected.Length });
                var count = PairStart(expected, Math.Min(expected.Length, position + removed)) - position;
                var text = MixedText(random, added);

                buffer.Delete(position, count);
                buffer.Insert(position, text);
                expected = expected.Remove(position, count).Insert(position, text);
                if (expected.Length > 300_000)
                {
                    var cut = PairStart(expected, 200_000);
                    buffer.Delete(0, cut);
                    expected = expected.Remove(0, cut);
                }

                buffer.Length.Should().Be(expected.Length);
            }

            buffer.ToString().Should().Be(expected);
        }
    }

    [Fact]
    public void DeletionsBeforeAcrossAndAfterWhereTypingStoppedRemoveExactlyTheirRange()
    {
        var expected = new string('a', 300) + new string('b', 300);
        var buffer = new TextBuffer(expected);
        buffer.Insert(300, "xyz");
        expected = expected.Insert(300, "xyz");

        // Typing leaves the gap after the typed text; each deletion lies before it, around it or after it.
        foreach (var (position, count) in new[] { (302, 1), (301, 5), (250, 10), (260, 7), (259, 1), (0, 3), (570, 4) })
        {
            buffer.Delete(position, count);
            expected = expected.Remove(position, count);
            buffer.ToString().Should().Be(expected, $"after deleting {count} at {position}");
            buffer.Insert(position, "Q");
            expected = expected.Insert(position, "Q");
        }

        buffer.ToString().Should().Be(expected);
    }

    [Fact]
    public void AfterLargeInsertionsEveryPositionInsideAPairIsRefusedAndEveryOtherAccepted()
    {
        // Large insertions at the start, inside and at the end cut their text into chunks wherever the count falls,
        // often between the halves of a pair; the buffer must still see each pair whole.
        var pairs = string.Concat(Enumerable.Repeat("a" + Emoji + Emoji, 700));
        var buffer = new TextBuffer(pairs);
        buffer.Insert(0, pairs);
        buffer.Insert(2_101, pairs);
        buffer.Insert(buffer.Length, pairs);
        var text = buffer.ToString();
        text.Should().Be(pairs[..2_101] + pairs + pairs[2_101..] + pairs + pairs);

        var refused = 0;
        for (var position = 0; position <= text.Length; position++)
        {
            try
            {
                buffer.Insert(position, "x");
                buffer.Delete(position, 1);
            }
            catch (DocumentRuleException e) when (e.Error == DocumentError.SplitsSurrogatePair)
            {
                refused++;
                char.IsLowSurrogate(text[position]).Should().BeTrue($"position {position} lies between two characters");
            }
        }

        refused.Should().Be(4 * 1_400);
        buffer.ToString().Should().Be(text);
    }

    [Fact]
    public void EditsRefusedFarFromTheCursorChangeNothingAndTypingGoesOnWhereItWas()
    {
        var far = 40_001;
        var expected = new string('a', far) + Emoji + new string('b', 20_000);
        var buffer = new TextBuffer(expected);
        buffer.Insert(10, "typed");
        expected = expected.Insert(10, "typed");
        var pair = far + "typed".Length + 1;

        var intoPair = () => buffer.Insert(pair, "x");
        var overManyChunksIntoPair = () => buffer.Delete(20, pair - 20);
        var fromPairOverManyChunks = () => buffer.Delete(pair, 5_000);
        var pastTheEnd = () => buffer.Delete(50_000, 20_000);
        var unpaired = () => buffer.Insert(far, "\uDE00");
        var operation = () => buffer.Apply(TextOperation.Replace(buffer.Length, 30_000, pair, "y"));

        intoPair.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.SplitsSurrogatePair);
        overManyChunksIntoPair.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.SplitsSurrogatePair);
        fromPairOverManyChunks.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.SplitsSurrogatePair);
        pastTheEnd.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.OutOfRange);
        unpaired.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.SplitsSurrogatePair);
        operation.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.SplitsSurrogatePair);
        buffer.ToString().Should().Be(expected);

        buffer.Insert(15, "!");
        buffer.Delete(pair - 1, 3);
        expected = expected.Insert(15, "!").Remove(pair - 1, 3);
        buffer.ToString().Should().Be(expected);
    }

    [Fact]
    public void APositionOutsideTheDocumentIsRefusedAndChangesNothing()
    {
        var buffer = new TextBuffer("abc");

        var insert = () => buffer.Insert(4, "x");
        var delete = () => buffer.Delete(2, 2);
        var negative = () => buffer.Delete(-1, 1);

        insert.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.OutOfRange);
        delete.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.OutOfRange);
        negative.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.OutOfRange);
        buffer.ToString().Should().Be("abc");
    }

    [Fact]
    public void AnOperationForADocumentOfAnotherLengthIsRefusedAndChangesNothing()
    {
        var buffer = new TextBuffer("abc");

        var apply = () => buffer.Apply(TextOperation.Parse("""[2,[1,"x"],1]"""));

        apply.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.LengthMismatch);
        buffer.ToString().Should().Be("abc");
    }

    [Fact]
    public void EmojiAreTypedAndDeletedAsWholeSurrogatePairs()
    {
        var buffer = new TextBuffer("ab");

        buffer.Insert(1, Emoji + Emoji);
        buffer.Delete(1, 2);

        buffer.ToString().Should().Be("a" + Emoji + "b");
        buffer.Length.Should().Be(4);
    }

    [Fact]
    public void InsertingBetweenTheHalvesOfASurrogatePairIsRefusedAndChangesNothing()
    {
        var buffer = new TextBuffer("a" + Emoji);

        var insert = () => buffer.Insert(2, "x");

        insert.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.SplitsSurrogatePair);
        buffer.ToString().Should().Be("a" + Emoji);
    }

    [Fact]
    public void EveryPositionInsideAPairIsRefusedAndEveryOtherAcceptedAlsoWhereChunksMeet()
    {
        var text = string.Concat(Enumerable.Repeat(Emoji + "a" + Emoji, 1_000));
        var buffer = new TextBuffer(text);
        buffer.Insert(0, "b");
        buffer.Delete(0, 1);

        var refused = 0;
        for (var position = 0; position <= text.Length; position++)
        {
            try
            {
                buffer.Insert(position, "x");
                buffer.Delete(position, 1);
            }
            catch (DocumentRuleException e) when (e.Error == DocumentError.SplitsSurrogatePair)
            {
                refused++;
                char.IsLowSurrogate(text[position]).Should().BeTrue($"position {position} lies between two characters");
            }
        }

        refused.Should().Be(2_000);
        buffer.ToString().Should().Be(text);
    }

    [Fact]
    public void DeletionsEndingWhereAChunkEndsRemoveExactlyTheirRangeAndNeverHalfAPairOverTheBoundary()
    {
        // A long starting text is cut into chunks of three quarters of the capacity, so the first chunk ends at
        // 768: in the first text just after a whole pair, in the second between its halves. Deletions start before
        // position 767, which in the first text lies inside the pair.
        var whole = new string('a', 766) + Emoji + new string('b', 1_000);
        var straddling = new string('a', 767) + Emoji + new string('b', 1_000);
        var refused = 0;

        for (var start = 0; start < 767; start++)
        {
            var buffer = new TextBuffer(whole);
            buffer.Delete(start, 768 - start);
            buffer.ToString().Should().Be(whole.Remove(start, 768 - start));

            var other = new TextBuffer(straddling);
            try
            {
                other.Delete(start, 768 - start);
            }
            catch (DocumentRuleException e) when (e.Error == DocumentError.SplitsSurrogatePair)
            {
                refused++;
            }

            other.ToString().Should().Be(straddling);
        }

        refused.Should().Be(767);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(0, 2)]
    public void DeletingHalfOfASurrogatePairIsRefusedAndChangesNothing(int position, int count)
    {
        var buffer = new TextBuffer("a" + Emoji + "b");

        var delete = () => buffer.Delete(position, count);

        delete.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.SplitsSurrogatePair);
        buffer.ToString().Should().Be("a" + Emoji + "b");
    }

    [Fact]
    public void AnOperationWithOneSectionEndingInsideASurrogatePairIsRefusedAndChangesNothing()
    {
        var buffer = new TextBuffer("ab" + Emoji + "c");

        var apply = () => buffer.Apply(TextOperation.Parse("""[[1,"X"],2,[1,"Y"],1]"""));

        apply.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.SplitsSurrogatePair);
        buffer.ToString().Should().Be("ab" + Emoji + "c");
    }

    // By index, because test discovery cannot carry unpaired surrogates in theory data.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void TextWithAnUnpairedSurrogateIsRefused(int example)
    {
        var text = new[] { "\uD83D", "\uDE00x", "x\uDE00\uD83D" }[example];
        var buffer = new TextBuffer("ab");

        var insert = () => buffer.Insert(1, text);
        var apply = () => buffer.Apply(TextOperation.Replace(2, 1, 1, text));
        var create = () => new TextBuffer(text);

        insert.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.SplitsSurrogatePair);
        apply.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.SplitsSurrogatePair);
        create.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.SplitsSurrogatePair);
        buffer.ToString().Should().Be("ab");
    }

    [Fact]
    public void ADocumentGrowsToExactlyAMillionCharactersAndNoFurther()
    {
        var buffer = new TextBuffer(new string('a', DocumentLimits.MaxDocumentLength - 1));

        buffer.Insert(500_000, "b");
        var insert = () => buffer.Insert(0, "c");
        var apply = () => buffer.Apply(TextOperation.Replace(buffer.Length, 0, 1, "cc"));

        buffer.Length.Should().Be(DocumentLimits.MaxDocumentLength);
        insert.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.DocumentTooLong);
        apply.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.DocumentTooLong);
        buffer.Length.Should().Be(DocumentLimits.MaxDocumentLength);
        buffer[500_000].Should().Be('b');
    }

    [Fact]
    public void AStartingTextBeyondAMillionCharactersIsRefused()
    {
        var create = () => new TextBuffer(new string('a', DocumentLimits.MaxDocumentLength + 1));

        create.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.DocumentTooLong);
    }

    [Fact]
    public void OneInsertionOfAHundredThousandCharactersIsAcceptedAndOneMoreIsRefused()
    {
        var buffer = new TextBuffer("ab");

        buffer.Insert(1, new string('x', DocumentLimits.MaxInsertedLength));
        var insert = () => buffer.Insert(1, new string('y', DocumentLimits.MaxInsertedLength + 1));
        var apply = () => buffer.Apply(TextOperation.Replace(buffer.Length, 0, 0, new string('y', DocumentLimits.MaxInsertedLength + 1)));

        insert.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.OperationTooLarge);
        apply.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.OperationTooLarge);
        buffer.Length.Should().Be(DocumentLimits.MaxInsertedLength + 2);
        buffer.ToString().Should().StartWith("ax").And.EndWith("xb");
    }

    [Fact]
    public void DeletingEverythingLeavesAnEmptyBufferThatAcceptsTextAgain()
    {
        var buffer = new TextBuffer(new string('a', 50_000));

        buffer.Delete(0, 50_000);
        buffer.Insert(0, "neu");

        buffer.ToString().Should().Be("neu");
    }

    // Exactly length code units of letters, line breaks, accents and emoji, about one in ten half of a pair.
    private static string MixedText(Random random, int length)
    {
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            var roll = random.Next(40);
            text.Append(roll switch
            {
                0 or 1 when text.Length + 2 <= length => Emoji,
                2 => "\n",
                3 => "é",
                _ => ((char)('a' + (roll % 26))).ToString(),
            });
        }

        return text.ToString();
    }

    // The position itself, or the start of the pair it lies inside.
    private static int PairStart(StringBuilder text, int position) =>
        position > 0 && position < text.Length && char.IsLowSurrogate(text[position]) ? position - 1 : position;

    private static int PairStart(string text, int position) =>
        position > 0 && position < text.Length && char.IsLowSurrogate(text[position]) ? position - 1 : position;
}
