namespace Kooperationsraum.Bench;

/// <summary>One edit of a trace: delete <see cref="Deleted"/> characters at <see cref="Position"/>, then insert <see cref="Inserted"/>.</summary>
public sealed record Patch(int Position, int Deleted, string Inserted);
