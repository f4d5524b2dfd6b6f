namespace Kooperationsraum.Grains.Interfaces.Workspaces.Audit;

/// <summary>What an audit entry records.</summary>
public enum AuditAction
{
    MemberAdded,
    MemberRoleChanged,
    MemberRemoved,
    DocumentVisibilityChanged,
    DocumentDeleted,
    TaskDeleted,
    ColumnRemoved,
    DocumentExported,
    AuditExported,
}
