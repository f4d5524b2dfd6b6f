namespace Kooperationsraum.Grains.Interfaces.Documents;

/// <summary>A document refused an operation or a request and changed nothing.</summary>
public sealed class DocumentRuleException(DocumentError error, string message) : Exception(message)
{
    public DocumentError Error { get; } = error;
}
