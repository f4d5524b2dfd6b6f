namespace Kooperationsraum.Grains.Interfaces.Documents;

/// <summary>
/// One section of a <see cref="TextOperation"/>: <see cref="Length"/> code units of the old document that are
/// either kept (<see cref="Inserted"/> is null) or replaced by <see cref="Inserted"/> (empty for a deletion).
/// </summary>
public sealed record TextSection(int Length, string? Inserted)
{
    /// <summary>True when the section replaces text, false when it keeps it.</summary>
    public bool IsChange => Inserted is not null;

    /// <summary>Keeps <paramref name="length"/> code units.</summary>
    public static TextSection Keep(int length) => new(length, null);

    /// <summary>Replaces <paramref name="length"/> code units with <paramref name="inserted"/>.</summary>
    public static TextSection Replace(int length, string inserted) => new(length, inserted);
}
