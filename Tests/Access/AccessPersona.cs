namespace Kooperationsraum.Tests.Access;

/// <summary>
/// Who calls, seen from the workspace of an <see cref="AccessScene"/>: the scene's workspace has Gast, Mitglied and
/// Koordination of its lead organisation and a Mitglied of a second partner organisation; the others are no members.
/// </summary>
public enum AccessPersona
{
    /// <summary>Nobody signed in.</summary>
    Anonymous,

    /// <summary>Signed in, of the workspace's lead organisation, but no member.</summary>
    NonMember,

    /// <summary>Mitglied, of the second partner organisation, so outside documents kept within the lead organisation.</summary>
    OtherOrganisation,

    Guest,

    Member,

    Coordination,

    /// <summary>A platform administrator, member of nothing.</summary>
    Administrator,
}
