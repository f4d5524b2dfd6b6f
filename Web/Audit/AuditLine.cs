namespace Kooperationsraum.Web.Audit;

/// <summary>One audit entry as a person reads it: names resolved, the action and its values in words.</summary>
public sealed record AuditLine(long Sequence, DateTimeOffset At, string Who, string Organisation, string What, string About, string Detail);
