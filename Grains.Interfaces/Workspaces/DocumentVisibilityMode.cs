namespace Kooperationsraum.Grains.Interfaces.Workspaces;

/// <summary>Who among a workspace's members may see a document.</summary>
public enum DocumentVisibilityMode
{
    /// <summary>Every member of the workspace, whatever their organisation.</summary>
    AllPartners,

    /// <summary>Members of the owning organisation and of the named partner organisations.</summary>
    NamedOrganisations,

    /// <summary>Members of the owning organisation only.</summary>
    OwnOrganisation,
}
