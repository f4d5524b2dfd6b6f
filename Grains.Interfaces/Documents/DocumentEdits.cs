using System.Text.Json.Serialization;

namespace Kooperationsraum.Grains.Interfaces.Documents;

/// <summary>
/// What a document tells its workspace of the work done in it: editing sessions per partner organisation, which the
/// dashboards count as the organisations' contributions. An editing session is one person's acknowledged operations in
/// the document with no pause longer than <see cref="SessionGap"/>; it counts once, for the organisation the person acted
/// for at its first operation (a person of no partner organisation, such as the local operator, counts for none). The
/// counts only grow, so <see cref="Total"/> orders the reports of one document. <see cref="DocumentDeleted"/> marks the
/// last report of a deleted document.
/// </summary>
public sealed record DocumentEdits(string DocumentId, IReadOnlyList<EditCount> Counts, bool DocumentDeleted)
{
    /// <summary>The longest pause within one editing session.</summary>
    public static readonly TimeSpan SessionGap = TimeSpan.FromMinutes(30);

    /// <summary>Every session counted, over all organisations.</summary>
    [JsonIgnore]
    public int Total => Counts.Sum(count => count.Sessions);
}
