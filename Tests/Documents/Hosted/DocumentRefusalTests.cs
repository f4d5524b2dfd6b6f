using Kooperationsraum.Grains.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Tests.Grains.Hosted;
using static Kooperationsraum.Tests.Grains.Workspaces.WorkspaceScenario;

namespace Kooperationsraum.Tests.Documents.Hosted;

/// <summary>Refusals change nothing: not the version, not the text, not storage. Through a real host.</summary>
[Collection(HostedGrainsCollection.Name)]
public sealed class DocumentRefusalTests(HostedGrainsFixture fixture)
{
    // "Zeit 😀 Ort": the emoji's surrogate pair takes the code units 5 and 6.
    private const string Text = "Zeit 😀 Ort";

    [Theory]
    [InlineData(DocumentError.LengthMismatch)]
    [InlineData(DocumentError.SplitsSurrogatePair)]
    [InlineData(DocumentError.OperationTooLarge)]
    [InlineData(DocumentError.InvalidOperationId)]
    [InlineData(DocumentError.SequenceGap)]
    [InlineData(DocumentError.UnknownVersion)]
    [InlineData(DocumentError.StaleBaseVersion)]
    [InlineData(DocumentError.InvalidTitle)]
    [InlineData(DocumentError.DocumentAlreadyExists)]
    [InlineData(DocumentError.DocumentNotFound)]
    public async Task ARefusalChangesNeitherVersionNorTextNorStorage(DocumentError refusal)
    {
        var id = HostedDocument.NewId();
        var document = await HostedDocument.CreateAsync(fixture.Host, id);
        await HostedDocument.TypeAsync(document, new OperationId("ben", 1), 0, Text);
        await HostedDocument.TypeAsync(document, new OperationId("ben", 2), Text.Length, ".");
        var before = await document.GetSnapshotAsync(Anna);
        var infoBefore = await document.GetInfoAsync();
        var writesBefore = fixture.Host.Storage.WritesOf<DocumentGrain>(id);

        var failure = await Record.ExceptionAsync(() => Refused(refusal, document, before));
        var after = await document.GetSnapshotAsync(Anna);
        var infoAfter = await document.GetInfoAsync();
        var writes = fixture.Host.Storage.WritesOf<DocumentGrain>(id);

        failure.Should().BeOfType<DocumentRuleException>().Which.Error.Should().Be(refusal);
        after.Should().Be(before);
        infoAfter.Should().Be(infoBefore);
        writes.Should().Be(writesBefore);
    }

    [Fact]
    public async Task ADocumentThatWasNeverCreatedHasNoInfoAndRefusesReads()
    {
        var document = fixture.Host.Document(HostedDocument.NewId());

        var info = await document.GetInfoAsync();
        var read = await Record.ExceptionAsync(() => document.GetSnapshotAsync(Anna));

        info.Should().BeNull();
        read.Should().BeOfType<DocumentRuleException>().Which.Error.Should().Be(DocumentError.DocumentNotFound);
    }

    [Fact]
    public async Task AnOperationThatWouldMakeTheDocumentTooLongIsRefusedAndChangesNothing()
    {
        var id = HostedDocument.NewId();
        var document = await HostedDocument.CreateAsync(fixture.Host, id);
        var chunk = new string('f', DocumentLimits.MaxInsertedLength);
        for (var sequence = 1; sequence <= DocumentLimits.MaxDocumentLength / chunk.Length; sequence++)
        {
            var length = (sequence - 1) * chunk.Length;
            await Submit(document, "filler", sequence, sequence - 1, TextOperation.Replace(length, length, length, chunk));
        }

        var before = await document.GetSnapshotAsync(Anna);
        var writesBefore = fixture.Host.Storage.WritesOf<DocumentGrain>(id);

        var failure = await Record.ExceptionAsync(() => Submit(
            document, "filler", before.Version + 1, before.Version, TextOperation.Replace(before.Text.Length, 0, 0, "x")));
        var after = await document.GetSnapshotAsync(Anna);

        failure.Should().BeOfType<DocumentRuleException>().Which.Error.Should().Be(DocumentError.DocumentTooLong);
        after.Should().Be(before);
        before.Text.Should().HaveLength(DocumentLimits.MaxDocumentLength);
        fixture.Host.Storage.WritesOf<DocumentGrain>(id).Should().Be(writesBefore);
    }

    private Task Refused(DocumentError refusal, IDocumentGrain document, DocumentSnapshot current)
    {
        var length = current.Text.Length;
        return refusal switch
        {
            DocumentError.LengthMismatch => Submit(document, "dora", 1, current.Version, TextOperation.Replace(length + 1, 0, 0, "x")),
            DocumentError.SplitsSurrogatePair => Submit(document, "dora", 1, current.Version, TextOperation.Replace(length, 6, 6, "x")),
            DocumentError.OperationTooLarge => Submit(
                document, "dora", 1, current.Version, TextOperation.Replace(length, 0, 0, new string('x', DocumentLimits.MaxInsertedLength + 1))),
            DocumentError.InvalidOperationId => Submit(document, string.Empty, 1, current.Version, TextOperation.Empty(length)),
            DocumentError.SequenceGap => Submit(document, "ben", 4, current.Version, TextOperation.Empty(length)),
            DocumentError.UnknownVersion => Submit(document, "dora", 1, current.Version + 1, TextOperation.Empty(length)),
            DocumentError.StaleBaseVersion => Submit(document, "ben", 3, 0, TextOperation.Empty(0)),
            DocumentError.InvalidTitle => document.RenameAsync(Anna, new string('T', DocumentLimits.MaxTitleLength + 1)),
            DocumentError.DocumentAlreadyExists => document.CreateAsync(Anna, "koop-digitalisierung", "Noch einmal"),
            DocumentError.DocumentNotFound => fixture.Host.Document(HostedDocument.NewId())
                .SubmitAsync(Ben, new OperationId("ben", 1), 0, TextOperation.Empty(0)),
            _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, "No call in this test is refused that way."),
        };
    }

    private static Task<SubmitResult> Submit(IDocumentGrain document, string client, int sequence, int baseVersion, TextOperation operation) =>
        document.SubmitAsync(Ben, new OperationId(client, sequence), baseVersion, operation);
}
