namespace Kooperationsraum.Tests.Access;

/// <summary>
/// One row of the access matrix: an entry point (<see cref="Name"/> as the coverage check finds it), who may use it on
/// the scene, and how to call it there with valid arguments.
/// </summary>
public sealed record AccessEntry(string Name, AccessEntryKind Kind, IReadOnlySet<AccessPersona> Allowed, Func<AccessCall, Task<AccessOutcome>> CallAsync)
{
    public override string ToString() => Name;
}
