namespace Kooperationsraum.Grains.Interfaces.Documents;

/// <summary>A document refused an operation or a request and changed nothing.</summary>
public sealed class DocumentRuleException(DocumentError error, string message) : Exception(message)
{
    /// <summary>Why it was refused; the UI and the hub turn this into a message for the editor.</summary>
    public DocumentError Error { get; } = error;
}
