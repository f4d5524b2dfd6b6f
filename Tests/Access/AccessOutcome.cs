namespace Kooperationsraum.Tests.Access;

/// <summary>What became of one call: carried out, or refused; <see cref="Detail"/> says how, for the failure message.</summary>
public sealed record AccessOutcome(bool Allowed, string Detail)
{
    public static AccessOutcome Done(string detail) => new(true, detail);

    public static AccessOutcome Refused(string detail) => new(false, detail);
}
