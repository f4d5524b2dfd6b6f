namespace Kooperationsraum.Grains.Interfaces.Workspaces;

/// <summary>
/// A workspace refused a call and changed nothing. <see cref="Arguments"/> fill the localised message
/// (for <see cref="WorkspaceError.WipLimitReached"/>: column name and limit).
/// </summary>
public sealed class WorkspaceRuleException(WorkspaceError error, string message, params string[] arguments)
    : Exception(message)
{
    public WorkspaceError Error { get; } = error;

    public IReadOnlyList<string> Arguments { get; } = arguments;
}
