namespace Kooperationsraum.Grains.Interfaces.Documents;

/// <summary>The full text of a document at one version: what an editor loads before it follows the operations.</summary>
public sealed record DocumentSnapshot(string Text, int Version);
