using Kooperationsraum.Grains.Interfaces.Workspaces;

namespace Kooperationsraum.Web.PersonalData;

/// <summary>Everything the platform holds about one person, as they download it (Art. 15 and 20 GDPR).</summary>
public sealed record PersonalDataExport(DateTimeOffset ExportedAt, PersonalProfile Profile, IReadOnlyList<PersonalWorkspaceData> Workspaces);
