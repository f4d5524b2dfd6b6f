using System.Text.Json.Serialization;

namespace Kooperationsraum.Grains.Interfaces.Workspaces.Events;

/// <summary>
/// Something that happened in a workspace. Every change is one event; <see cref="Version"/> is the workspace
/// version it produced, so a follower that sees a gap knows it missed something and reloads.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(WorkspaceCreated), nameof(WorkspaceCreated))]
[JsonDerivedType(typeof(WorkspaceDetailsChanged), nameof(WorkspaceDetailsChanged))]
[JsonDerivedType(typeof(MemberJoined), nameof(MemberJoined))]
[JsonDerivedType(typeof(MemberRoleChanged), nameof(MemberRoleChanged))]
[JsonDerivedType(typeof(MemberLeft), nameof(MemberLeft))]
[JsonDerivedType(typeof(ColumnAdded), nameof(ColumnAdded))]
[JsonDerivedType(typeof(ColumnRenamed), nameof(ColumnRenamed))]
[JsonDerivedType(typeof(ColumnWipLimitChanged), nameof(ColumnWipLimitChanged))]
[JsonDerivedType(typeof(ColumnMoved), nameof(ColumnMoved))]
[JsonDerivedType(typeof(ColumnRemoved), nameof(ColumnRemoved))]
[JsonDerivedType(typeof(TaskCreated), nameof(TaskCreated))]
[JsonDerivedType(typeof(TaskEdited), nameof(TaskEdited))]
[JsonDerivedType(typeof(TaskMoved), nameof(TaskMoved))]
[JsonDerivedType(typeof(TaskDeleted), nameof(TaskDeleted))]
[JsonDerivedType(typeof(TaskCommented), nameof(TaskCommented))]
[JsonDerivedType(typeof(DocumentCreated), nameof(DocumentCreated))]
[JsonDerivedType(typeof(DocumentRenamed), nameof(DocumentRenamed))]
[JsonDerivedType(typeof(DocumentDeleted), nameof(DocumentDeleted))]
[JsonDerivedType(typeof(DocumentVisibilityChanged), nameof(DocumentVisibilityChanged))]
public abstract record WorkspaceEvent(string WorkspaceId, long Version, ChangeStamp By);
