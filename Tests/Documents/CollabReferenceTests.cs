using System.Text.Json.Nodes;
using Kooperationsraum.Grains.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Tests.Documents;

/// <summary>
/// Checks the document log against 200 runs of real @codemirror/collab 6.1.1 editors
/// (Reference/collab-vectors.json, written by Reference/generate-collab-vectors.js): editors that send all
/// their unconfirmed updates on their synced version and receive the server's updates one at a time, against a
/// server that rebases as <see cref="DocumentLog.Submit"/> does with CodeMirror's own map. The generator only
/// writes runs in which every editor ended with the server's text.
/// </summary>
public sealed class CollabReferenceTests
{
    [Fact]
    public void TheDocumentLogAppliesExactlyWhatTheServerOfRealCollabEditorsApplied()
    {
        using var stream = typeof(CollabReferenceTests).Assembly.GetManifestResourceStream("Documents.Reference.collab-vectors.json")
            ?? throw new InvalidOperationException("The collab vectors are not embedded.");
        var scenarios = JsonNode.Parse(stream)!.AsArray();
        var rebased = 0;

        foreach (var (scenario, index) in scenarios.Select((scenario, index) => (scenario!, index)))
        {
            var log = new DocumentLog(new DocumentSnapshot(scenario["start"]!.GetValue<string>(), 0));
            foreach (var received in scenario["received"]!.AsArray().Select(node => node!))
            {
                var id = new OperationId(received["clientId"]!.GetValue<string>(), received["seq"]!.GetValue<int>());
                var baseVersion = received["base"]!.GetValue<int>();
                var expected = received["expected"]!;

                var result = log.Submit(id, baseVersion, TextOperation.Parse(received["changes"]!.ToJsonString()));

                result.Version.Should().Be(expected["version"]!.GetValue<int>(), $"scenario {index}, {id}");
                JsonNode.DeepEquals(JsonNode.Parse(result.Applied!.ToJson()), expected["applied"]).Should()
                    .BeTrue($"scenario {index}, {id}: applied {result.Applied} where CodeMirror applied {expected["applied"]!.ToJsonString()}");
                rebased += baseVersion < result.Version - 1 ? 1 : 0;
            }

            log.GetText().Should().Be(scenario["final"]!.GetValue<string>(), $"scenario {index}");
        }

        scenarios.Should().HaveCount(200);
        rebased.Should().BeGreaterThan(3_000);
    }
}
