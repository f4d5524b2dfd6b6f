using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Grains.Workspaces;

/// <summary>Builds the exception with which a workspace refuses a command: <c>throw Refusal.Because(...)</c>.</summary>
public static class Refusal
{
    public static WorkspaceRuleException Because(WorkspaceError error, string message, params string[] arguments) =>
        new(error, message, arguments);
}
