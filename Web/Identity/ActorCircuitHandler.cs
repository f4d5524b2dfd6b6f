using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Kooperationsraum.Web.Identity;

/// <summary>
/// Gives a Blazor circuit's scope the circuit's principal before its components render, and follows it when the
/// authentication state changes (a revalidation that finds the account locked makes the circuit anonymous).
/// </summary>
public sealed class ActorCircuitHandler(AuthenticationStateProvider authentication, ClaimsActorAccessor actors) : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += OnAuthenticationStateChanged;
        actors.Use((await authentication.GetAuthenticationStateAsync()).User);
    }

    public void Dispose() => authentication.AuthenticationStateChanged -= OnAuthenticationStateChanged;

    private void OnAuthenticationStateChanged(Task<AuthenticationState> state) =>
        _ = state.ContinueWith(
            changed => actors.Use(changed.IsCompletedSuccessfully ? changed.Result.User : null),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
}
