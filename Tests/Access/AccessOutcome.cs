namespace Kooperationsraum.Tests.Access;

/// <summary>
/// What became of one call: carried out, or refused; <see cref="Detail"/> says how, for the failure message, and
/// <see cref="Shown"/> holds what the caller got to read (an answer's body, a result as JSON, a refusal's message).
/// </summary>
public sealed record AccessOutcome(bool Allowed, string Detail, string Shown = "")
{
    public static AccessOutcome Done(string detail, string shown = "") => new(true, detail, shown);

    public static AccessOutcome Refused(string detail, string shown = "") => new(false, detail, shown);
}
