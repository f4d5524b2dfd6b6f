namespace Kooperationsraum.Grains.Interfaces.Workspaces;

/// <summary>A member's role: Koordination (everything), Mitglied (edit), Gast (read and comment).</summary>
public enum WorkspaceRole
{
    Guest,
    Member,
    Coordination,
}
