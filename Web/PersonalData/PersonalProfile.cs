namespace Kooperationsraum.Web.PersonalData;

/// <summary>The person as the directory knows them, with their organisation and account.</summary>
public sealed record PersonalProfile(
    string PersonId,
    string DisplayName,
    string Email,
    string OrganisationId,
    string? OrganisationName,
    PersonalAccount? Account);
