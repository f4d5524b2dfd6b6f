namespace Kooperationsraum.Grains.Interfaces.Workspaces.Audit;

/// <summary>One page of a workspace's audit log, newest first, and how many entries the log holds in all.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Total);
