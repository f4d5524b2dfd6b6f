using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Grains.Interfaces.People;
using Kooperationsraum.Grains.Interfaces.Runtime;
using Kooperationsraum.Web.Services;

namespace Kooperationsraum.Web.Hubs;

/// <summary>
/// Follows one document for the hub: forwards the applied operations to the document's group, one send at a time
/// so that they leave in version order. Batches that arrive while a send is under way go out together in the next
/// one: when the fan-out to many editors is slower than the document's writes, every editor then gets fewer,
/// larger messages instead of a queue of small ones that grows with the number of editors. For a large audience the
/// next send also waits until a pause proportional to the audience has passed since the previous one began (at most
/// <see cref="MaxPause"/>): every send costs a message per editor, so 400 editors of one document whose writes each
/// went out at once would cost hundreds of thousands of messages a second, while one send per 30 ms costs about 13,000
/// and delays an edit by 15 ms on average. (At 20 ms, 20,000 messages a second left the two cores so little room that
/// the 400 editors' p95 until others saw an edit was 58–120 ms over nine runs; at 30 ms it was 54–98 ms.) A quiet
/// document's first write goes out at once. A revocation is handed on at
/// once, on the grain's delivery loop, so that whoever lost access is out of the group before the next write arrives.
/// </summary>
public sealed class DocumentFollower : IDocumentObserver, IAsyncDisposable
{
    /// <summary>The pause between the starts of two sends, per editor in the audience.</summary>
    public static readonly TimeSpan PausePerReceiver = TimeSpan.FromMicroseconds(75);

    /// <summary>The longest pause between the starts of two sends, whatever the audience.</summary>
    public static readonly TimeSpan MaxPause = TimeSpan.FromMilliseconds(30);

    // Shorter pauses are not worth a timer, whose resolution is about a millisecond anyway.
    private static readonly TimeSpan MinPause = TimeSpan.FromMilliseconds(1);

    private readonly Func<IReadOnlyList<AppliedOperation>, Task> forward;
    private readonly Action<IReadOnlyList<string>> revoked;
    private readonly Func<int> audience;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly Lock gate = new();
    private List<AppliedOperation>? waiting;
    private bool sending;
    private GrainSubscription<IDocumentObserver>? subscription;

    private DocumentFollower(
        Func<IReadOnlyList<AppliedOperation>, Task> forward, Action<IReadOnlyList<string>> revoked, Func<int> audience, TimeProvider time, ILogger logger)
    {
        this.forward = forward;
        this.revoked = revoked;
        this.audience = audience;
        this.time = time;
        this.logger = logger;
    }

    /// <summary>
    /// Follows a document on behalf of whoever <paramref name="reader"/> names at the time of each subscription and
    /// renewal (someone who may read it now); <paramref name="revoked"/> learns who lost access, synchronously;
    /// <paramref name="audience"/> tells how many editors a send reaches now, which sets the pause between sends.
    /// </summary>
    public static async Task<DocumentFollower> StartAsync(
        IGrainFactory grains,
        string documentId,
        Func<Actor> reader,
        Func<IReadOnlyList<AppliedOperation>, Task> forward,
        Action<IReadOnlyList<string>> revoked,
        Func<int> audience,
        TimeProvider time,
        ILogger logger)
    {
        var document = grains.GetGrain<IDocumentGrain>(documentId);
        var follower = new DocumentFollower(forward, revoked, audience, time, logger);

        // Editors notice missed batches by their versions and fetch them, so a lost reference needs no reload here.
        follower.subscription = await GrainSubscription<IDocumentObserver>.StartAsync(
            grains, follower, reference => document.SubscribeAsync(reader(), reference), document.UnsubscribeAsync, () => Task.CompletedTask, logger);
        return follower;
    }

    void IDocumentObserver.OnAccessRevoked(string documentId, IReadOnlyList<string> personIds)
    {
        try
        {
            revoked(personIds);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Ending the following of people who lost access to document {DocumentId} failed.", documentId);
        }
    }

    void IDocumentObserver.OnOperationsApplied(string documentId, IReadOnlyList<AppliedOperation> operations)
    {
        lock (gate)
        {
            if (sending)
            {
                (waiting ??= []).AddRange(operations);
                return;
            }

            sending = true;
        }

        // Notifications come one after another on the subscription's delivery loop; the fan-out to hundreds of
        // connections runs apart from it, so that the next notification, a revocation say, is handled at once.
        _ = Task.Run(() => SendAsync(operations));
    }

    /// <summary>The pause between the starts of two sends to <paramref name="receivers"/> editors; zero when not worth a timer.</summary>
    public static TimeSpan PauseFor(int receivers)
    {
        var pause = PausePerReceiver * Math.Max(0, receivers);
        return pause < MinPause ? TimeSpan.Zero : pause > MaxPause ? MaxPause : pause;
    }

    private async Task SendAsync(IReadOnlyList<AppliedOperation> operations)
    {
        while (true)
        {
            var started = time.GetTimestamp();
            try
            {
                await forward(operations);
                var pause = PauseFor(audience()) - time.GetElapsedTime(started);
                if (pause > TimeSpan.Zero)
                {
                    await Task.Delay(pause, time);
                }
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Forwarding document operations to the hub failed.");
            }

            lock (gate)
            {
                if (waiting is null)
                {
                    sending = false;
                    return;
                }

                operations = waiting;
                waiting = null;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (subscription is not null)
        {
            await subscription.DisposeAsync();
        }
    }
}
