namespace Kooperationsraum.Tests.Access;

/// <summary>
/// One row of the access matrix: an entry point (<see cref="Name"/> as the coverage check finds it), who may use it on
/// the scene, and how to call it there with valid arguments. A row that acts on a document is called on each of the
/// scene's documents; <see cref="AllowedWhereRestricted"/> says who may use it on those kept from the partner organisation.
/// </summary>
public sealed record AccessEntry(string Name, AccessEntryKind Kind, IReadOnlySet<AccessPersona> Allowed, Func<AccessCall, Task<AccessOutcome>> CallAsync)
{
    /// <summary>Null for a row that acts on no document, which is called on the all-partners document only.</summary>
    public IReadOnlySet<AccessPersona>? AllowedWhereRestricted { get; init; }

    public IReadOnlyList<AccessDocument> Documents =>
        AllowedWhereRestricted is null ? [AccessDocument.AllPartners] : Enum.GetValues<AccessDocument>();

    /// <summary>Who may use the entry point on the scene's document of kind <paramref name="document"/>.</summary>
    public IReadOnlySet<AccessPersona> AllowedOn(AccessDocument document) =>
        document == AccessDocument.AllPartners ? Allowed : AllowedWhereRestricted ?? Allowed;

    /// <summary>This row, called on every document of the scene; on those kept from the partner organisation, <paramref name="allowed"/> may.</summary>
    public AccessEntry OnEveryDocument(IReadOnlySet<AccessPersona> allowed) => this with { AllowedWhereRestricted = allowed };

    public override string ToString() => Name;
}
