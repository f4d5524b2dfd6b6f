using Kooperationsraum.Bench.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Tests.Documents;

/// <summary>An editor and its current connection: what it has sent that the server has not yet received, and what the server has broadcast that it has not yet received.</summary>
public sealed class SimulatedPeer(CollabClient client)
{
    public CollabClient Client { get; } = client;

    public bool Connected { get; set; } = true;

    public Queue<Submission> Outbound { get; set; } = new();

    public Queue<AppliedOperation> Inbound { get; } = new();
}
