namespace Kooperationsraum.Grains.Documents;

/// <summary>A person whose editing session in a document may still go on: for whom they edited, and when last.</summary>
public sealed class EditorState
{
    public string PersonId { get; set; } = string.Empty;

    public string OrganisationId { get; set; } = string.Empty;

    public DateTimeOffset LastAt { get; set; }
}
