namespace Kooperationsraum.Grains.Interfaces.Workspaces;

/// <summary>A workspace is either a Kooperation or a Digitalprojekt within one.</summary>
public enum WorkspaceKind
{
    Cooperation,
    Project,
}
