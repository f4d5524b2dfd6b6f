using System.Globalization;
using Kooperationsraum.Grains.Interfaces.Workspaces;
using Kooperationsraum.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Kooperationsraum.Web.Components.Shared;

/// <summary>Turns a refusal from a grain into the sentence a person reads.</summary>
public static class ErrorText
{
    public static string Describe(this IStringLocalizer<SharedResource> localizer, WorkspaceRuleException refusal)
    {
        var template = localizer[$"Error.{refusal.Error}"];
        return template.ResourceNotFound
            ? refusal.Message
            : string.Format(CultureInfo.CurrentCulture, template.Value, [.. refusal.Arguments]);
    }
}
