using Kooperationsraum.Grains.Interfaces.Documents;

namespace Kooperationsraum.Grains.Documents;

/// <summary>
/// What a <see cref="DocumentLog"/> remembers of one editor. <see cref="LastSequence"/> and
/// <see cref="LastVersion"/> make resends recognisable after any compaction. <see cref="Pending"/> mirrors the
/// editor's unconfirmed operations as the editor saw them at <see cref="ViewVersion"/> (the base of its latest
/// submission): its operations that the log applied after that version, in the form relative to that version
/// and to each other, which is what the editor's next operation builds on.
/// </summary>
public sealed record ClientState(string ClientId, int LastSequence, int LastVersion, int ViewVersion, IReadOnlyList<TextOperation> Pending);
