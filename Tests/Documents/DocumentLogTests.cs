using System.Text.Json;
using Kooperationsraum.Bench.Documents;
using Kooperationsraum.Grains.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Tests.Documents;

public sealed class DocumentLogTests
{
    private static readonly OperationId Anna1 = new("anna", 1);
    private static readonly OperationId Anna2 = new("anna", 2);
    private static readonly OperationId Ben1 = new("ben", 1);

    [Fact]
    public void AnOperationOnTheCurrentVersionIsAppliedAsSentAndProducesTheNextVersion()
    {
        var log = new DocumentLog(new DocumentSnapshot("Protokoll", 0));
        var operation = TextOperation.Replace(9, 9, 9, " vom Montag");

        var result = log.Submit(Anna1, 0, operation);

        result.Should().Be(new SubmitResult(Anna1, 1, operation, WasDuplicate: false));
        log.Version.Should().Be(1);
        log.GetText().Should().Be("Protokoll vom Montag");
        log.GetText(10, 3).Should().Be("vom");
    }

    [Fact]
    public void AnOperationOnAnOlderVersionIsTransformedOverWhatCameSinceAndLandsAfterItAtTheSamePosition()
    {
        var log = new DocumentLog(new DocumentSnapshot("ab", 0));
        log.Submit(Anna1, 0, TextOperation.Replace(2, 1, 1, "X"));

        var result = log.Submit(Ben1, 0, TextOperation.Replace(2, 1, 1, "Y"));

        result.Version.Should().Be(2);
        result.Applied.Should().Be(TextOperation.Replace(3, 2, 2, "Y"));
        log.GetText().Should().Be("aXYb");
    }

    [Fact]
    public void AResentOperationIsAcknowledgedAgainWithTheEarlierAnswerAndNotAppliedTwice()
    {
        var log = new DocumentLog(new DocumentSnapshot("ab", 0));
        var first = log.Submit(Anna1, 0, TextOperation.Replace(2, 2, 2, "!"));
        log.Submit(Ben1, 1, TextOperation.Replace(3, 0, 0, "?"));

        var again = log.Submit(Anna1, 1, TextOperation.Replace(3, 3, 3, "!"));

        again.Should().Be(first with { WasDuplicate = true });
        log.Version.Should().Be(2);
        log.GetText().Should().Be("?ab!");
    }

    [Fact]
    public void AResentOperationIsStillRecognisedAfterItsEntryWasCompactedAway()
    {
        var log = new DocumentLog(new DocumentLogOptions { RetainedOperations = 1 });
        log.Submit(Anna1, 0, TextOperation.Replace(0, 0, 0, "a"));
        log.Submit(Anna2, 1, TextOperation.Replace(1, 1, 1, "b"));
        for (var sequence = 1; sequence <= 5; sequence++)
        {
            log.Submit(new OperationId("ben", sequence), log.Version, TextOperation.Replace(log.Length, 0, 0, "x"));
        }

        log.Compact();
        var first = log.Submit(Anna1, 0, TextOperation.Replace(0, 0, 0, "a"));
        var last = log.Submit(Anna2, 1, TextOperation.Replace(1, 1, 1, "b"));

        log.OldestVersion.Should().Be(6);
        first.Should().Be(new SubmitResult(Anna1, 6, null, WasDuplicate: true));
        last.Should().Be(new SubmitResult(Anna2, 2, null, WasDuplicate: true));
        log.GetText().Should().Be("xxxxxab");
    }

    [Fact]
    public void AnEditorMaySendAllItsUnconfirmedOperationsAtOnceOnItsSyncedVersion()
    {
        var log = new DocumentLog(new DocumentSnapshot("Ziel", 0));
        var anna = new CollabClient("anna", log.GetCurrent());
        var ben = new CollabClient("ben", log.GetCurrent());
        anna.Edit(TextOperation.Replace(4, 0, 0, "Das "));
        anna.Edit(TextOperation.Replace(8, 8, 8, " ist klar"));
        ben.Edit(TextOperation.Replace(4, 4, 4, "e"));

        var bens = ben.TakeSendable().Select(Submit).ToList();
        var annas = anna.TakeSendable().Select(Submit).ToList();
        foreach (var update in log.GetSince(0))
        {
            anna.Receive(update);
            ben.Receive(update);
        }

        annas.Select(result => result.Version).Should().Equal(2, 3);
        log.GetText().Should().Be("Das Ziele ist klar");
        anna.Text.Should().Be(log.GetText());
        ben.Text.Should().Be(log.GetText());

        SubmitResult Submit(Submission submission) => log.Submit(submission.Id, submission.BaseVersion, submission.Operation);
    }

    [Fact]
    public void AMessageOfManyOperationsOnAnOldVersionAppliesAsEveryEditorRebasesIt()
    {
        var log = new DocumentLog(new DocumentSnapshot("Protokoll der Sitzung", 0));
        var anna = new CollabClient("anna", log.GetCurrent());
        var ben = new CollabClient("ben", log.GetCurrent());
        var dora = new CollabClient("dora", log.GetCurrent());
        var random = new Random(7);
        for (var i = 0; i < 5; i++)
        {
            var at = random.Next(anna.Length + 1);
            anna.Edit(TextOperation.Replace(anna.Length, at, Math.Min(anna.Length, at + random.Next(3)), $"<a{i}>"));
        }

        for (var i = 0; i < 30; i++)
        {
            var at = random.Next(ben.Length + 1);
            ben.Edit(TextOperation.Replace(ben.Length, at, at, $"{(char)('À' + i)}"));
        }

        var annas = anna.TakeSendable().Select(Submit).ToList();
        var bens = ben.TakeSendable().Select(Submit).ToList();
        foreach (var update in log.GetSince(0))
        {
            anna.Receive(update);
            ben.Receive(update);
            dora.Receive(update);
        }

        bens.Select(result => result.Version).Should().Equal(Enumerable.Range(6, 30));
        new[] { anna.Text, ben.Text, dora.Text }.Should().OnlyContain(text => text == log.GetText());
        Enumerable.Range(0, 30).Should().OnlyContain(i => log.GetText().Count(c => c == (char)('À' + i)) == 1);

        SubmitResult Submit(Submission submission) => log.Submit(submission.Id, submission.BaseVersion, submission.Operation);
    }

    [Fact]
    public void AnEditorComingBackWithThousandsOfOfflineKeystrokesHasThemAllAppliedAsItSeesThem()
    {
        var log = new DocumentLog(new DocumentSnapshot("Notizen: ", 0));
        var anna = new CollabClient("anna", log.GetCurrent());
        var ben = new CollabClient("ben", log.GetCurrent());
        for (var i = 0; i < 3_000; i++)
        {
            anna.Edit(TextOperation.Replace(anna.Length, anna.Length, anna.Length, i % 50 == 49 ? "\n" : "x"));
        }

        ben.Edit(TextOperation.Replace(9, 0, 0, "Offene "));
        var bens = ben.TakeSendable().Single();
        log.Submit(bens.Id, bens.BaseVersion, bens.Operation);
        anna.Receive(log.GetSince(0).Single());
        foreach (var submission in anna.TakeSendable())
        {
            log.Submit(submission.Id, submission.BaseVersion, submission.Operation);
        }

        foreach (var update in log.GetSince(1))
        {
            anna.Receive(update);
        }

        log.Version.Should().Be(3_001);
        anna.UnconfirmedCount.Should().Be(0);
        anna.Text.Should().Be(log.GetText());
        log.GetText().Should().StartWith("Offene Notizen: xxx");
    }

    [Fact]
    public void ASkippedSequenceNumberIsRefusedAndChangesNothing()
    {
        var log = new DocumentLog(new DocumentSnapshot("ab", 0));

        var submit = () => log.Submit(Anna2, 0, TextOperation.Replace(2, 0, 0, "x"));

        submit.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.SequenceGap);
        log.Version.Should().Be(0);
        log.GetText().Should().Be("ab");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void AVersionTheDocumentDoesNotHaveIsRefused(int baseVersion)
    {
        var log = new DocumentLog(new DocumentSnapshot("ab", 0));
        log.Submit(Anna1, 0, TextOperation.Replace(2, 0, 0, "x"));

        var submit = () => log.Submit(Ben1, baseVersion, TextOperation.Replace(3, 0, 0, "y"));
        var fetch = () => log.GetSince(baseVersion);

        submit.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.UnknownVersion);
        fetch.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.UnknownVersion);
        log.GetText().Should().Be("xab");
    }

    [Fact]
    public void AVersionOlderThanTheRetainedLogIsRefusedWithTheAdviceToReload()
    {
        var log = new DocumentLog(new DocumentLogOptions { RetainedOperations = 2 });
        for (var sequence = 1; sequence <= 5; sequence++)
        {
            log.Submit(new OperationId("anna", sequence), log.Version, TextOperation.Replace(log.Length, 0, 0, "a"));
        }

        log.Compact();
        var submit = () => log.Submit(Ben1, 2, TextOperation.Replace(2, 0, 0, "b"));
        var fetch = () => log.GetSince(2);

        log.OldestVersion.Should().Be(3);
        submit.Should().Throw<DocumentRuleException>().Which.Should().Match<DocumentRuleException>(e => e.Error == DocumentError.VersionTooOld && e.Message.Contains("reload"));
        fetch.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.VersionTooOld);
        log.GetSince(3).Select(entry => entry.Version).Should().Equal(4, 5);
    }

    [Fact]
    public void ALateCopyBasedOnAnOlderVersionThanItsResentPredecessorIsRefused()
    {
        var log = new DocumentLog(new DocumentSnapshot("ab", 0));
        log.Submit(Ben1, 0, TextOperation.Replace(2, 0, 0, "b"));
        log.Submit(Anna1, 1, TextOperation.Replace(3, 3, 3, "1"));

        var lateCopy = () => log.Submit(Anna2, 0, TextOperation.Replace(3, 3, 3, "2"));

        lateCopy.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.StaleBaseVersion);
        log.Version.Should().Be(2);
    }

    [Fact]
    public void AnOperationForAnotherLengthIsRefusedAndChangesNothing()
    {
        var log = new DocumentLog(new DocumentSnapshot("ab", 0));
        log.Submit(Anna1, 0, TextOperation.Replace(2, 0, 0, "x"));

        var submit = () => log.Submit(Anna2, 1, TextOperation.Replace(2, 0, 0, "y"));

        submit.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.LengthMismatch);
        log.Version.Should().Be(1);
        log.Submit(Anna2, 1, TextOperation.Replace(3, 0, 0, "y")).Version.Should().Be(2, "the refused number is still free");
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("anna", 0)]
    [InlineData("an id that is longer than sixty-four characters, which no editor needs", 1)]
    public void AnInvalidOperationIdIsRefused(string clientId, int sequence)
    {
        var log = new DocumentLog();

        var submit = () => log.Submit(new OperationId(clientId, sequence), 0, TextOperation.Replace(0, 0, 0, "x"));

        submit.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.InvalidOperationId);
        log.Version.Should().Be(0);
    }

    [Fact]
    public void AnOperationThatWouldSplitASurrogatePairIsRefusedAndChangesNothing()
    {
        var log = new DocumentLog(new DocumentSnapshot("a😀", 0));

        var submit = () => log.Submit(Anna1, 0, TextOperation.Replace(3, 2, 2, "x"));

        submit.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.SplitsSurrogatePair);
        log.Version.Should().Be(0);
        log.GetText().Should().Be("a😀");
    }

    [Fact]
    public void AnOperationThatWouldMakeTheDocumentTooLongIsRefusedAndChangesNothing()
    {
        var log = new DocumentLog(new DocumentSnapshot(new string('a', DocumentLimits.MaxDocumentLength), 0));

        var submit = () => log.Submit(Anna1, 0, TextOperation.Replace(DocumentLimits.MaxDocumentLength, 0, 0, "b"));

        submit.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.DocumentTooLong);
        log.Version.Should().Be(0);
        log.Length.Should().Be(DocumentLimits.MaxDocumentLength);
    }

    [Fact]
    public void TheOperationsSinceAVersionComeInOrderAsApplied()
    {
        var log = new DocumentLog(new DocumentSnapshot("ab", 0));
        log.Submit(Anna1, 0, TextOperation.Replace(2, 0, 0, "x"));
        log.Submit(Ben1, 0, TextOperation.Replace(2, 2, 2, "y"));

        var since = log.GetSince(1);

        since.Should().Equal(new AppliedOperation(Ben1, 2, TextOperation.Replace(3, 3, 3, "y")));
        log.GetSince(2).Should().BeEmpty();
    }

    [Fact]
    public void CompactionTakesASnapshotAndKeepsTheMostRecentOperations()
    {
        var log = new DocumentLog(new DocumentLogOptions { RetainedOperations = 3 });
        for (var sequence = 1; sequence <= 10; sequence++)
        {
            log.Submit(new OperationId("anna", sequence), log.Version, TextOperation.Replace(log.Length, log.Length, log.Length, $"{sequence % 10}"));
        }

        var before = log.OperationsSinceSnapshot;
        var snapshot = log.Compact();

        before.Should().Be(10, "nothing is dropped that the snapshot does not cover");
        snapshot.Should().Be(new DocumentSnapshot("1234567890", 10));
        log.OperationsSinceSnapshot.Should().Be(0);
        log.OldestVersion.Should().Be(7);
    }

    [Fact]
    public void TheStateRebuildsALogThatAnswersEveryLaterOperationAsTheOriginalDoes()
    {
        var run = new ConvergenceRun(seed: 99);
        run.Run(steps: 300);
        var original = new DocumentLog(new DocumentSnapshot(run.StartText, 0), new DocumentLogOptions { RetainedOperations = 20 });
        var half = run.Received.Count / 2;
        foreach (var submission in run.Received.Take(half))
        {
            Answer(original, submission);
        }

        original.Compact();
        var rebuilt = DocumentLog.FromState(original.ToState(), new DocumentLogOptions { RetainedOperations = 20 });

        rebuilt.GetCurrent().Should().Be(original.GetCurrent());
        foreach (var submission in run.Received.Skip(half))
        {
            Answer(rebuilt, submission).Should().Be(Answer(original, submission), $"{submission.Id} on version {submission.BaseVersion}");
        }

        rebuilt.GetCurrent().Should().Be(original.GetCurrent());
    }

    [Fact]
    public void TheStateSurvivesAJsonRoundTripAsAGrainWouldStoreIt()
    {
        var run = new ConvergenceRun(seed: 7);
        run.Run(steps: 200);
        var original = new DocumentLog(new DocumentSnapshot(run.StartText, 0));
        foreach (var submission in run.Received.Take(run.Received.Count - 10))
        {
            Answer(original, submission);
        }

        var json = JsonSerializer.Serialize(original.ToState());
        var rebuilt = DocumentLog.FromState(JsonSerializer.Deserialize<DocumentLogState>(json)!);

        rebuilt.GetCurrent().Should().Be(original.GetCurrent());
        foreach (var submission in run.Received.TakeLast(10))
        {
            Answer(rebuilt, submission).Should().Be(Answer(original, submission));
        }
    }

    [Fact]
    public void ALogThatKeepsLittleHistoryAnswersEveryOperationWithinItExactlyAsOneThatKeepsEverything()
    {
        var compared = 0;
        for (var seed = 1; seed <= 40; seed++)
        {
            var run = new ConvergenceRun(seed);
            run.Run(steps: 150);
            var full = new DocumentLog(new DocumentSnapshot(run.StartText, 0));
            var short_ = new DocumentLog(new DocumentSnapshot(run.StartText, 0), new DocumentLogOptions { RetainedOperations = 6 });

            foreach (var submission in run.Received)
            {
                short_.Compact();
                if (submission.BaseVersion < short_.OldestVersion)
                {
                    continue;
                }

                var expected = Answer(full, submission);
                var actual = Answer(short_, submission);
                if (actual is SubmitResult { Applied: null } duplicate)
                {
                    duplicate.WasDuplicate.Should().BeTrue();
                    expected.Should().BeOfType<SubmitResult>().Which.WasDuplicate.Should().BeTrue($"seed {seed}, {submission.Id}");
                    continue;
                }

                actual.Should().Be(expected, $"seed {seed}, {submission.Id} on version {submission.BaseVersion}");
                compared++;
            }

            short_.GetText().Should().Be(full.GetText(), $"seed {seed}");

        }

        compared.Should().BeGreaterThan(1_000);
    }

    [Fact]
    public void DroppingHistoryKeepsWhatAnEditorsUnconfirmedOperationsLookLikeToIt()
    {
        var full = new DocumentLog(new DocumentSnapshot("abc", 0));
        var trimmed = new DocumentLog(new DocumentSnapshot("abc", 0), new DocumentLogOptions { RetainedOperations = 2 });
        var anna = new CollabClient("anna", full.GetCurrent());
        var ben = new CollabClient("ben", full.GetCurrent());
        anna.Edit(TextOperation.Replace(3, 1, 1, "X"));
        var annasFirst = anna.TakeSendable().Single();
        for (var i = 0; i < 4; i++)
        {
            ben.Edit(TextOperation.Replace(ben.Length, 0, 0, $"{i}"));
            var bens = ben.TakeSendable().Single();
            SubmitToBoth(bens).Should().NotBeNull();
            ben.Receive(full.GetSince(ben.SyncedVersion).Single());
        }

        SubmitToBoth(annasFirst);
        foreach (var update in full.GetSince(0).Take(3))
        {
            anna.Receive(update);
        }

        anna.Edit(TextOperation.Replace(anna.Length, 2, 2, "Y"));
        var annasSecond = anna.TakeSendable().Single();
        trimmed.Compact();
        var oldestWhenSubmitted = trimmed.OldestVersion;

        var expected = full.Submit(annasSecond.Id, annasSecond.BaseVersion, annasSecond.Operation);
        var actual = trimmed.Submit(annasSecond.Id, annasSecond.BaseVersion, annasSecond.Operation);
        foreach (var update in full.GetSince(3))
        {
            anna.Receive(update);
        }

        annasSecond.BaseVersion.Should().Be(3);
        oldestWhenSubmitted.Should().Be(3, "anna's view at version 0 had to be carried forward");
        actual.Should().Be(expected);
        trimmed.GetText().Should().Be(full.GetText());
        anna.Text.Should().Be(full.GetText());

        SubmitResult SubmitToBoth(Submission submission)
        {
            trimmed.Submit(submission.Id, submission.BaseVersion, submission.Operation);
            return full.Submit(submission.Id, submission.BaseVersion, submission.Operation);
        }
    }

    // The answer to a submission as a comparable value: the result, or the kind of refusal.
    private static object Answer(DocumentLog log, Submission submission)
    {
        try
        {
            return log.Submit(submission.Id, submission.BaseVersion, submission.Operation);
        }
        catch (DocumentRuleException refused)
        {
            return refused.Error;
        }
    }
}
