namespace Kooperationsraum.Grains.Interfaces.Workspaces;

/// <summary>The category of a Digitalprojekt.</summary>
public enum ProjectCategory
{
    BaseService,
    OnlineService,
    SpecialistProcedure,
    Interface,
    Qualification,
    Other,
}
