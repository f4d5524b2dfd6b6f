using Kooperationsraum.Grains.Interfaces.People;

namespace Kooperationsraum.Tests.Infrastructure;

/// <summary>A person with an account: who they act as, and what they type into the sign-in form.</summary>
public sealed record Persona(Actor Actor, string Email, string Password);
