using System.Runtime.CompilerServices;

namespace Kooperationsraum.Grains.Documents;

/// <summary>
/// The code units of one <see cref="TextChunk"/>, held inside the chunk object itself: one allocation per chunk
/// and one pointer fewer on every access.
/// </summary>
[InlineArray(TextBuffer.ChunkCapacity)]
internal struct TextChunkData
{
    private char element;
}
