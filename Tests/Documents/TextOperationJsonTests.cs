using System.Text.Json;
using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Tests.Documents;

public sealed class TextOperationJsonTests
{
    [Fact]
    public void KeptSpansAndReplacementsReadAsCodeMirrorWritesThem()
    {
        var operation = TextOperation.Parse("""[3,[2,"x","y"],[1],4]""");

        operation.Sections.Should().Equal(TextSection.Keep(3), TextSection.Replace(2, "x\ny"), TextSection.Replace(1, ""), TextSection.Keep(4));
        operation.Length.Should().Be(10);
        operation.NewLength.Should().Be(10);
        operation.InsertedLength.Should().Be(3);
    }

    [Fact]
    public void InsertedTextIsWrittenAsItsLinesAndADeletionAsItsLengthAlone()
    {
        var operation = new TextOperation([TextSection.Replace(0, "a\n\nb"), TextSection.Keep(2), TextSection.Replace(3, "")]);

        var json = operation.ToJson();

        json.Should().Be("""[[0,"a","","b"],2,[3]]""");
    }

    [Fact]
    public void AReplacementWithOneEmptyLineIsTheSameDeletionAsOneWithoutLines()
    {
        var withEmptyLine = TextOperation.Parse("""[[2,""]]""");

        var withoutLines = TextOperation.Parse("[[2]]");

        withEmptyLine.Should().Be(withoutLines);
        withEmptyLine.GetHashCode().Should().Be(withoutLines.GetHashCode());
    }

    [Fact]
    public void SectionsAreNormalisedAsCodeMirrorBuildsThem()
    {
        var operation = TextOperation.Parse("""[1,2,[0,"a"],[0,"b"],[1],[2],0,[0]]""");

        operation.ToJson().Should().Be("""[3,[0,"ab"],[3]]""");
    }

    [Fact]
    public void AnOperationWhoseChangesInsertAndDeleteNothingIsEmpty()
    {
        var operation = new TextOperation([TextSection.Keep(2), TextSection.Replace(0, ""), TextSection.Keep(1)]);

        operation.IsEmpty.Should().BeTrue();
        operation.ToJson().Should().Be("[3]");
    }

    [Fact]
    public void ADeletionFollowedByAnInsertionStaysTwoSectionsAsInCodeMirror()
    {
        var operation = TextOperation.Parse("""[[3],[0,"ab"]]""");

        operation.Sections.Should().HaveCount(2);
        operation.ToJson().Should().Be("""[[3],[0,"ab"]]""");
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("3")]
    [InlineData("[1")]
    [InlineData("[1.5]")]
    [InlineData("[-1]")]
    [InlineData("[2147483648]")]
    [InlineData("[\"a\"]")]
    [InlineData("[true]")]
    [InlineData("[null]")]
    [InlineData("[{}]")]
    [InlineData("[[]]")]
    [InlineData("[[\"a\"]]")]
    [InlineData("[[1,2]]")]
    [InlineData("[[1,null]]")]
    [InlineData("[[1,[\"a\"]]]")]
    [InlineData("[[-2,\"a\"]]")]
    [InlineData("[[0,\"a\\nb\"]]")]
    [InlineData("[[0,\"\\ud83d\"]]")]
    [InlineData("[1] [2]")]
    public void MalformedInputIsRefusedAsMalformed(string json)
    {
        var parse = () => TextOperation.Parse(json);

        parse.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.MalformedOperation);
    }

    [Fact]
    public void AHundredThousandInsertedCharactersCountingLineBreaksAreAccepted()
    {
        var line = new string('x', 49_999);

        var operation = TextOperation.Parse($"[[0,\"{line}\",\"{line}x\"]]");

        operation.InsertedLength.Should().Be(DocumentLimits.MaxInsertedLength);
    }

    [Fact]
    public void OneInsertedCharacterMoreIsRefusedAsTooLarge()
    {
        var line = new string('x', 50_000);

        var parse = () => TextOperation.Parse($"[[0,\"{line}\",\"{line}\"]]");

        parse.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.OperationTooLarge);
    }

    [Fact]
    public void MoreSectionsThanTheLimitAreRefusedAsTooLarge()
    {
        var json = "[" + string.Join(",", Enumerable.Repeat("[1]", DocumentLimits.MaxSections + 1)) + "]";

        var parse = () => TextOperation.Parse(json);

        parse.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.OperationTooLarge);
    }

    [Fact]
    public void ASectionWithANegativeLengthIsRefusedAsMalformed()
    {
        var build = () => new TextOperation([TextSection.Keep(2), TextSection.Replace(-1, "a")]);

        build.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.MalformedOperation);
    }

    [Fact]
    public void AnAppliedOperationTravelsAsJsonWithItsOperationInCodeMirrorsShape()
    {
        var applied = new AppliedOperation(new OperationId("k3x9", 7), 42, TextOperation.Parse("""[5,[0,"Hallo","Welt"],1]"""));
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var json = JsonSerializer.Serialize(applied, web);
        var read = JsonSerializer.Deserialize<AppliedOperation>(json, web);

        json.Should().Be("""{"id":{"clientId":"k3x9","sequence":7},"version":42,"operation":[5,[0,"Hallo","Welt"],1]}""");
        read.Should().Be(applied);
    }

    [Fact]
    public void AReplacementOutsideTheDocumentCannotBeBuilt()
    {
        var build = () => TextOperation.Replace(3, 2, 4, "x");

        build.Should().Throw<DocumentRuleException>().Which.Error.Should().Be(DocumentError.OutOfRange);
    }
}
