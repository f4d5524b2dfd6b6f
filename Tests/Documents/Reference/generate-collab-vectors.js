// Writes collab-vectors.json: runs of real @codemirror/collab editors against a server that rebases the way
// DocumentLog.Submit does, with the real @codemirror/state map. The run fails unless every editor ends with
// the server's text; the vectors record what the server received, in order, and what it applied, so that the
// C# DocumentLog can be checked to apply exactly the same operations.
// Regenerate (nothing in the build needs Node):
//   mkdir /tmp/cm && cd /tmp/cm && npm install @codemirror/state@6.7.6 @codemirror/collab@6.1.1
//   NODE_PATH=/tmp/cm/node_modules node generate-collab-vectors.js > collab-vectors.json
const { ChangeSet, EditorState, Text } = require("@codemirror/state");
const { collab, receiveUpdates, sendableUpdates, getSyncedVersion } = require("@codemirror/collab");

let seed = 4242;
const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
const below = n => Math.floor(random() * n);
const alphabet = ["a", "b", "c", "\n", "é"];
const text = n => Array.from({ length: n }, () => alphabet[below(alphabet.length)]).join("");

function randomSet(length) {
  const specs = [];
  let pos = 0;
  for (let i = 1 + below(3); i > 0 && pos <= length; i--) {
    const from = pos + below(Math.min(4, length - pos + 1));
    const to = from + below(Math.min(4, length - from + 1));
    specs.push({ from, to, insert: below(3) === 0 ? "" : text(1 + below(3)) });
    pos = to;
  }
  return ChangeSet.of(specs, length);
}

// The server side of DocumentLog.Submit: an editor's operation applies to the version it was synced to plus its
// own unconfirmed operations; rebasing replays what the editor does with each later operation.
class Server {
  constructor(doc) { this.doc = Text.of(doc.split("\n")); this.log = []; this.clients = new Map(); }
  submit(clientId, seq, base, changes) {
    const client = this.clients.get(clientId) || { last: 0, view: 0, pending: [] };
    if (seq <= client.last) return { duplicate: true };
    if (seq !== client.last + 1 || base < client.view) throw new Error("unexpected refusal");
    const pending = this.rebase(client.pending.slice(), client.view, base, clientId);
    const rebased = this.rebase([...pending, changes], base, this.log.length, clientId);
    if (rebased.length !== 1) throw new Error("rebase left " + rebased.length);
    const applied = rebased[0];
    this.doc = applied.apply(this.doc);
    this.log.push({ clientId, seq, changes: applied });
    this.clients.set(clientId, { last: seq, view: base, pending: [...pending, changes] });
    return { version: this.log.length, applied: applied.toJSON() };
  }
  rebase(list, from, to, clientId) {
    for (let version = from + 1; version <= to; version++) {
      const entry = this.log[version - 1];
      if (entry.clientId === clientId) { list.shift(); continue; }
      let remote = entry.changes;
      for (let i = 0; i < list.length; i++) {
        const local = list[i];
        list[i] = local.map(remote);
        remote = remote.map(local, true);
      }
    }
    return list;
  }
}

function scenario() {
  const start = text(below(12));
  const server = new Server(start);
  const editors = Array.from({ length: 2 + below(3) }, (_, i) => ({
    id: "editor-" + i,
    state: EditorState.create({ doc: start, extensions: [collab({ clientID: "editor-" + i })] }),
    confirmed: 0, sent: 0, outbound: [], inbound: [],
  }));
  const received = [];

  const send = editor => sendableUpdates(editor.state).forEach((update, i) => {
    const seq = editor.confirmed + i + 1;
    if (seq <= editor.sent) return;
    editor.sent = seq;
    editor.outbound.push({ clientId: editor.id, seq, base: getSyncedVersion(editor.state), changes: update.changes.toJSON() });
  });
  const toServer = () => {
    const senders = editors.filter(e => e.outbound.length);
    if (!senders.length) return;
    const submission = senders[below(senders.length)].outbound.shift();
    const result = server.submit(submission.clientId, submission.seq, submission.base, ChangeSet.fromJSON(submission.changes));
    received.push({ ...submission, expected: result });
    if (!result.duplicate) editors.forEach(e => e.inbound.push({ clientID: submission.clientId, changes: result.applied }));
  };
  const toEditor = () => {
    const receivers = editors.filter(e => e.inbound.length);
    if (!receivers.length) return;
    const editor = receivers[below(receivers.length)];
    const update = editor.inbound.shift();
    // One update at a time: CodeMirror's map over a composition can differ from mapping in turn.
    editor.state = receiveUpdates(editor.state, [{ clientID: update.clientID, changes: ChangeSet.fromJSON(update.changes) }]).state;
    if (update.clientID === editor.id) editor.confirmed++;
  };

  for (let step = 40 + below(60); step > 0; step--) {
    const editor = editors[below(editors.length)];
    const dice = below(10);
    if (dice < 3) editor.state = editor.state.update({ changes: randomSet(editor.state.doc.length) }).state;
    else if (dice < 5) send(editor);
    else if (dice < 7) toServer();
    else toEditor();
  }
  for (;;) {
    editors.forEach(send);
    if (editors.every(e => !e.outbound.length && !e.inbound.length)) break;
    while (editors.some(e => e.outbound.length || e.inbound.length)) below(2) ? toServer() : toEditor();
  }
  const final = server.doc.toString();
  editors.forEach(e => {
    if (e.state.doc.toString() !== final || sendableUpdates(e.state).length) throw new Error(`${e.id} did not converge`);
  });
  return { start, received, final };
}

process.stdout.write(JSON.stringify(Array.from({ length: 200 }, scenario)));
