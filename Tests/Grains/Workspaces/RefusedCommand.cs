using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Tests.Grains.Workspaces;

/// <summary>How a command was refused, and whether it changed the stored state anyway (it must not).</summary>
public sealed record RefusedCommand(WorkspaceError Error, IReadOnlyList<string> Arguments, bool StateChanged);
