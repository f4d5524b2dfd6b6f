using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Grains.Interfaces.Workspaces.Audit;
using Kooperationsraum.Web.Components.Shared;
using Kooperationsraum.Web.Resources;
using Kooperationsraum.Web.Services;
using Microsoft.Extensions.Localization;

namespace Kooperationsraum.Web.Audit;

/// <summary>
/// Turns audit entries into lines. Names are looked up now, not when the entry was written: entries hold ids only, so
/// that a person deleted later (and pseudonymised in the directory) shows as the directory says, without rewriting the
/// log. A person the directory does not know is named as the workspace knows them, else by id.
/// </summary>
public sealed class AuditFormatter(IStringLocalizer<SharedResource> text, DirectoryService directory)
{
    /// <summary>Resolves the names for <paramref name="entries"/> of <paramref name="workspace"/>.</summary>
    public async Task<IReadOnlyList<AuditLine>> FormatAsync(WorkspaceSnapshot? workspace, IReadOnlyList<AuditEntry> entries)
    {
        var people = (await directory.GetPeopleAsync()).ToDictionary(person => person.Id, person => text.PersonName(person.Id, person.DisplayName), StringComparer.Ordinal);
        foreach (var member in workspace?.Members ?? [])
        {
            people.TryAdd(member.PersonId, member.DisplayName);
        }

        var organisations = (await directory.GetOrganisationsAsync()).ToDictionary(o => o.Id, o => o.Name, StringComparer.Ordinal);
        string Person(string? id) => id is null ? string.Empty : people.GetValueOrDefault(id, id);
        string Organisation(string? id) => string.IsNullOrEmpty(id) ? string.Empty : organisations.GetValueOrDefault(id, id);

        return [.. entries.Select(entry => new AuditLine(
            entry.Sequence,
            entry.At,
            Person(entry.ActorPersonId),
            Organisation(entry.ActorOrganisationId),
            text[$"Audit.Action.{entry.Action}"],
            About(entry, Person, Organisation),
            Detail(entry, Organisation)))];
    }

    private string About(AuditEntry entry, Func<string?, string> person, Func<string?, string> organisation)
    {
        if (entry.SubjectPersonId is not null)
        {
            var of = organisation(entry.SubjectOrganisationId);
            return of.Length == 0 ? person(entry.SubjectPersonId) : $"{person(entry.SubjectPersonId)} ({of})";
        }

        if (entry.Action is AuditAction.DocumentVisibilityChanged or AuditAction.DocumentDeleted or AuditAction.DocumentExported)
        {
            return entry.TargetName ?? text["Audit.HiddenDocument"];
        }

        return entry.TargetName ?? entry.TargetId ?? string.Empty;
    }

    private string Detail(AuditEntry entry, Func<string?, string> organisation) =>
        entry.Action switch
        {
            AuditAction.MemberAdded => Role(entry.Detail),
            AuditAction.MemberRoleChanged => $"{Role(entry.Previous)} → {Role(entry.Detail)}",
            AuditAction.MemberRemoved => Role(entry.Previous),
            AuditAction.DocumentVisibilityChanged when entry.TargetName is null => string.Empty,
            AuditAction.DocumentVisibilityChanged => $"{Visibility(entry.Previous, organisation)} → {Visibility(entry.Detail, organisation)}",
            AuditAction.DocumentExported or AuditAction.AuditExported => (entry.Detail ?? string.Empty).ToUpperInvariant(),
            _ => string.Empty,
        };

    private string Role(string? role) =>
        Enum.TryParse<WorkspaceRole>(role, out var parsed) ? text[$"Role.{parsed}"] : role ?? string.Empty;

    // Stored as the mode, and the named organisations after a colon (see the workspace's DocumentVisibilityRules).
    private string Visibility(string? stored, Func<string?, string> organisation)
    {
        var parts = (stored ?? string.Empty).Split(':', 2);
        if (!Enum.TryParse<DocumentVisibilityMode>(parts[0], out var mode))
        {
            return stored ?? string.Empty;
        }

        var named = parts.Length > 1 ? string.Join(", ", parts[1].Split(',').Select(organisation)) : string.Empty;
        return named.Length == 0 ? text[$"Visibility.Short.{mode}"] : $"{text[$"Visibility.Short.{mode}"]}: {named}";
    }
}
