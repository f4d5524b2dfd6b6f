using Kooperationsraum.Grains.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Tests.Documents;

public sealed class TextDiffTests
{
    [Fact]
    public void TheReplacementKeepsTheCommonPrefixAndSuffixAndReplacesOnlyWhatLiesBetween()
    {
        var current = "Protokoll (Entwurf) vom 3. März";

        var replacement = TextDiff.Replacement(current, "Protokoll vom 3. März");

        replacement.Should().Be(TextOperation.Replace(current.Length, 10, 20, string.Empty));
    }

    [Fact]
    public void ABoundaryNeverFallsBetweenTheHalvesOfASurrogatePair()
    {
        var current = "a😀b";
        var buffer = new TextBuffer(current);

        var replacement = TextDiff.Replacement(current, "a😃b");
        buffer.Apply(replacement);

        replacement.Should().Be(TextOperation.Replace(4, 1, 3, "😃"));
        buffer.ToString().Should().Be("a😃b");
    }

    [Theory]
    [InlineData("", "Neu")]
    [InlineData("Alt", "")]
    [InlineData("gleich", "gleich")]
    [InlineData("aaa", "aaaa")]
    [InlineData("abcabc", "abc")]
    public void ApplyingTheReplacementTurnsTheOneTextIntoTheOther(string current, string target)
    {
        var buffer = new TextBuffer(current);

        buffer.Apply(TextDiff.Replacement(current, target));

        buffer.ToString().Should().Be(target);
    }
}
