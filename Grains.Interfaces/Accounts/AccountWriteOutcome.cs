namespace Kooperationsraum.Grains.Interfaces.Accounts;

/// <summary>How a write of an account's sign-in data ended; anything but <see cref="Saved"/> changed nothing.</summary>
public enum AccountWriteOutcome
{
    Saved,

    /// <summary>The account changed since the writer read it (its concurrency stamp differs).</summary>
    Conflict,

    /// <summary>There is an account for this person already (on create) or none (on update).</summary>
    Exists,
    Missing,

    UserNameTaken,
    EmailTaken,
    LoginTaken,
}
