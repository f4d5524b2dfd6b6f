namespace Kooperationsraum.Grains.Interfaces.Workspaces;

/// <summary>The status of a Digitalprojekt.</summary>
public enum ProjectStatus
{
    Planned,
    Active,
    OnHold,
    Completed,
}
