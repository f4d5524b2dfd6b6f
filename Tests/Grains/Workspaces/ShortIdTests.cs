using Kooperationsraum.Grains.Workspaces;

namespace Kooperationsraum.Tests.Grains.Workspaces;

public sealed class ShortIdTests
{
    [Fact]
    public void IdsAreSixteenLowerCaseBase32CharactersAndDoNotRepeat()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => ShortId.New()).ToList();

        ids.Should().OnlyHaveUniqueItems();
        ids.Should().AllSatisfy(id => id.Should().MatchRegex("^[0-9a-hjkmnp-tv-z]{16}$"));
    }
}
