using System.Text.Json;
using System.Text.Json.Nodes;
using Kooperationsraum.Grains.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Tests.Documents;

/// <summary>
/// Checks the port against what @codemirror/state 6.7.6 itself computes for 1,500 random change sets
/// (Reference/changeset-vectors.json, written by Reference/generate-changeset-vectors.js): the exact JSON of
/// map with and without <c>before</c>, of compose, and the texts.
/// </summary>
public sealed class CodeMirrorReferenceTests
{
    private static readonly Lazy<IReadOnlyList<JsonElement>> Cases = new(() =>
    {
        using var stream = typeof(CodeMirrorReferenceTests).Assembly.GetManifestResourceStream("Documents.Reference.changeset-vectors.json")
            ?? throw new InvalidOperationException("The reference vectors are not embedded.");
        return JsonDocument.Parse(stream).RootElement.EnumerateArray().ToList();
    });

    [Fact]
    public void EveryReferenceChangeSetReadsAndWritesBackToTheSameJson()
    {
        ForEachCase((index, vector) =>
        {
            foreach (var name in new[] { "a", "b", "c", "aMapB", "aMapBBefore", "aComposeC" })
            {
                ShouldMatch(Operation(vector, name), vector.GetProperty(name), $"case {index}, {name}");
            }
        });
    }

    [Fact]
    public void ApplyingGivesCodeMirrorsText()
    {
        ForEachCase((index, vector) =>
        {
            var text = vector.GetProperty("doc").GetString()!;

            var applied = Operation(vector, "a").ApplyTo(text);

            applied.Should().Be(vector.GetProperty("aApplied").GetString(), $"case {index}");
        });
    }

    [Fact]
    public void MappingGivesCodeMirrorsChangeSetWhenTheOtherChangeComesFirst()
    {
        ForEachCase((index, vector) =>
        {
            var mapped = Operation(vector, "a").Map(Operation(vector, "b"));

            ShouldMatch(mapped, vector.GetProperty("aMapB"), $"case {index}");
        });
    }

    [Fact]
    public void MappingGivesCodeMirrorsChangeSetWhenThisChangeComesFirst()
    {
        ForEachCase((index, vector) =>
        {
            var mapped = Operation(vector, "a").Map(Operation(vector, "b"), before: true);

            ShouldMatch(mapped, vector.GetProperty("aMapBBefore"), $"case {index}");
        });
    }

    [Fact]
    public void ComposingGivesCodeMirrorsChangeSet()
    {
        ForEachCase((index, vector) =>
        {
            var composed = Operation(vector, "a").Compose(Operation(vector, "c"));

            ShouldMatch(composed, vector.GetProperty("aComposeC"), $"case {index}");
        });
    }

    [Fact]
    public void BothOrdersConvergeOnCodeMirrorsText()
    {
        ForEachCase((index, vector) =>
        {
            var text = vector.GetProperty("doc").GetString()!;
            var a = Operation(vector, "a");
            var b = Operation(vector, "b");

            var aThenB = b.Map(a).ApplyTo(a.ApplyTo(text));
            var bThenA = a.Map(b, before: true).ApplyTo(b.ApplyTo(text));

            aThenB.Should().Be(vector.GetProperty("converged").GetString(), $"case {index}");
            bThenA.Should().Be(aThenB, $"case {index}");
        });
    }

    // Compared as JSON values, since the escaping of non-ASCII characters is the serialiser's choice.
    private static void ShouldMatch(TextOperation actual, JsonElement expected, string because)
    {
        if (!JsonNode.DeepEquals(JsonNode.Parse(actual.ToJson()), JsonNode.Parse(expected.GetRawText())))
        {
            actual.ToJson().Should().Be(expected.GetRawText(), because);
        }
    }

    private static TextOperation Operation(JsonElement vector, string name) => TextOperation.Parse(vector.GetProperty(name).GetRawText());

    private static void ForEachCase(Action<int, JsonElement> check)
    {
        Cases.Value.Should().HaveCount(1_500);
        for (var index = 0; index < Cases.Value.Count; index++)
        {
            check(index, Cases.Value[index]);
        }
    }
}
