using Kooperationsraum.Web.Services;

namespace Kooperationsraum.Web.Hubs;

/// <summary>One workspace the hub follows: its grain subscription and how many connections share it.</summary>
internal sealed class FollowedWorkspace(WorkspaceSubscription subscription)
{
    public WorkspaceSubscription Subscription { get; } = subscription;

    public int Connections { get; set; }
}
