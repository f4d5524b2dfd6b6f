namespace Kooperationsraum.Web.Components.Pages.Board;

/// <summary>A member as the assignee picker lists them: name and organisation.</summary>
public sealed record MemberOption(string PersonId, string DisplayName);
