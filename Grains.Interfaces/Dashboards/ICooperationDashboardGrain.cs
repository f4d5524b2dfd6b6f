using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;

namespace Kooperationsraum.Grains.Interfaces.Dashboards;

/// <summary>
/// The dashboard of one cooperation, keyed by the cooperation's workspace id. The cooperation and its projects push their
/// summaries here after every change; it never calls a workspace, so no call cycle can form. It keeps the latest summary
/// of each, and per project the task counts per column of every day for the cumulative flow. Who sees what: an
/// administrator and the cooperation's Koordination see every project; everyone else sees the projects they are a member
/// of, and the cooperation itself if they are its member.
/// </summary>
public interface ICooperationDashboardGrain : IGrainWithStringKey
{
    /// <summary>
    /// Takes in a workspace's summary. One not newer than the one held (<see cref="ProjectSummary.IsNewerThan"/>) is
    /// ignored, so pushes that overtake each other do no harm. Called by workspaces only.
    /// </summary>
    Task ReportAsync(ProjectSummary summary);

    /// <summary>Takes a workspace off this dashboard, unless a newer summary than <paramref name="version"/> arrived since; for a project that moved to another cooperation.</summary>
    Task ForgetAsync(string workspaceId, long version);

    /// <summary>
    /// What <paramref name="actor"/> may see of this cooperation, with each visible project's history for the cumulative
    /// flow from <paramref name="flowFrom"/> on. Refused with <c>WorkspaceRuleException</c> (<c>NotAllowed</c>) when they
    /// may see nothing of it.
    /// </summary>
    Task<CooperationDashboard> GetAsync(Actor actor, DateOnly flowFrom);

    /// <summary>
    /// Subscribes or renews an observer on behalf of <paramref name="actor"/>; it hears only of summaries the actor may see.
    /// Renew at least every minute. Refused like <see cref="GetAsync"/>.
    /// </summary>
    Task SubscribeAsync(Actor actor, IDashboardObserver observer);

    /// <summary>Ends a subscription.</summary>
    Task UnsubscribeAsync(IDashboardObserver observer);
}
