using System.Net;
using System.Text.Json;
using Kooperationsraum.Bench.Documents;
using Kooperationsraum.Grains.Interfaces.Documents;
using Kooperationsraum.Web.Hubs;

namespace Kooperationsraum.Bench.Hubs;

/// <summary>
/// An editor as the browser's @codemirror/collab session behaves, over a real hub connection: local edits stay
/// unconfirmed until the document's broadcast brings them back, unconfirmed edits go out together, a gap in
/// versions is fetched, and after a reconnect every unconfirmed edit is resent with its id.
/// </summary>
public sealed class HubEditor : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly Uri baseAddress;
    private readonly CookieContainer cookies;
    private readonly string documentId;
    private HubProtocolClient connection;
    private readonly CollabClient client;

    private HubEditor(Uri baseAddress, CookieContainer cookies, string documentId, HubProtocolClient connection, CollabClient client)
    {
        this.baseAddress = baseAddress;
        this.cookies = cookies;
        this.documentId = documentId;
        this.connection = connection;
        this.client = client;
    }

    public string Text => client.Text;

    public int SyncedVersion => client.SyncedVersion;

    public int Unconfirmed => client.UnconfirmedCount;

    /// <summary>Opens a document as the person whose signed-in session <paramref name="cookies"/> holds.</summary>
    public static async Task<HubEditor> OpenAsync(Uri baseAddress, CookieContainer cookies, string documentId, string clientId)
    {
        var connection = await HubProtocolClient.ConnectAsync(baseAddress, DocumentHub.Path, cookies);
        var snapshot = await connection.InvokeAsync<DocumentSnapshot>(nameof(DocumentHub.OpenDocumentAsync), documentId);
        return new HubEditor(baseAddress, cookies, documentId, connection, new CollabClient(clientId, snapshot!));
    }

    /// <summary>Types <paramref name="text"/> at <paramref name="position"/> (clamped to the text).</summary>
    public void Type(int position, string text) =>
        client.Edit(TextOperation.Replace(client.Length, Math.Min(position, client.Length), Math.Min(position, client.Length), text));

    /// <summary>Sends what is unconfirmed and not yet sent on this connection; returns once the server made it durable.</summary>
    public async Task<IReadOnlyList<SubmitResult>> SendAsync()
    {
        var sendable = client.TakeSendable();
        if (sendable.Count == 0)
        {
            return [];
        }

        return (await connection.InvokeAsync<IReadOnlyList<SubmitResult>>(
            nameof(DocumentHub.SubmitAsync),
            documentId,
            sendable[0].BaseVersion,
            sendable.Select(s => new SubmittedOperation(s.Id, s.Operation)).ToList()))!;
    }

    /// <summary>Sends what is unconfirmed without waiting for the acknowledgement, as a connection that is about to drop.</summary>
    public Task SendUnacknowledged()
    {
        var sending = SendAsync();
        return sending.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    /// <summary>Applies every broadcast that has arrived, fetching what a gap in versions says was missed.</summary>
    public async Task ReceiveAsync()
    {
        while (connection.TryTake(nameof(IDocumentHubClient.OperationsAppliedAsync), out var arguments))
        {
            var operations = arguments[1].Deserialize<List<AppliedOperation>>(HubProtocolClient.JsonOptions)!;
            await ApplyAsync(operations);
        }
    }

    /// <summary>Receives until everything this editor typed is confirmed and it is at <paramref name="version"/>.</summary>
    public async Task SettleAsync(int version)
    {
        var deadline = DateTime.UtcNow + Patience;
        await ReceiveAsync();
        await CatchUpAsync();
        while (client.UnconfirmedCount > 0 || client.SyncedVersion < version)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{client.ClientId} is at {client.SyncedVersion} with {client.UnconfirmedCount} unconfirmed; expected {version}.");
            }

            await ReceiveAsync();
            await Task.Delay(20);
        }
    }

    /// <summary>
    /// Drops the connection abruptly and opens a new one; every unconfirmed edit counts as unsent again. An editor
    /// that resends before catching up is what makes the server's deduplication by id necessary.
    /// </summary>
    public async Task ReconnectAsync(bool catchUpFirst)
    {
        connection.Abort();
        await connection.DisposeAsync();
        connection = await HubProtocolClient.ConnectAsync(baseAddress, DocumentHub.Path, cookies);
        await connection.InvokeAsync<DocumentSnapshot>(nameof(DocumentHub.OpenDocumentAsync), documentId);
        if (catchUpFirst)
        {
            await CatchUpAsync();
        }

        client.Reconnected();
    }

    private async Task ApplyAsync(IEnumerable<AppliedOperation> operations)
    {
        foreach (var operation in operations)
        {
            if (operation.Version <= client.SyncedVersion)
            {
                continue;
            }

            if (operation.Version > client.SyncedVersion + 1)
            {
                await CatchUpAsync();
                if (operation.Version <= client.SyncedVersion)
                {
                    continue;
                }
            }

            client.Receive(operation);
        }
    }

    private async Task CatchUpAsync()
    {
        var missed = await connection.InvokeAsync<List<AppliedOperation>>(nameof(DocumentHub.GetSinceAsync), documentId, client.SyncedVersion);
        foreach (var operation in missed!)
        {
            client.Receive(operation);
        }
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
