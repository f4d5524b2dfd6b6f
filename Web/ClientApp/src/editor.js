// The collaborative Markdown editor: CodeMirror 6 with @codemirror/collab, talking to /hubs/documents over SignalR.
//
// The protocol is the one Tests/Hubs/HubEditor.cs follows: local edits stay unconfirmed until the document's
// broadcast brings them back; the server's operations are handed to receiveUpdates in version order, a message's
// run of them at once; a gap in versions is fetched; and after any reconnect every unconfirmed edit is sent again
// with the id it first had, which the server recognises, so nothing is lost and nothing is applied twice.
import { basicSetup } from "codemirror";
import { EditorView } from "@codemirror/view";
import { ChangeSet, EditorState } from "@codemirror/state";
import { collab, getSyncedVersion, receiveUpdates, sendableUpdates } from "@codemirror/collab";
import { markdown } from "@codemirror/lang-markdown";
import { HubConnectionBuilder, HubConnectionState, LogLevel } from "@microsoft/signalr";
import { colourOf, peersField, removePeer, setPeer } from "./presence.js";

const presenceInterval = 100;
const catchUpDelay = 300;
const retryCap = 10_000;
const keptVersions = 500;
const maxRanges = 32;

/**
 * Mounts an editor for one document.
 * @param {HTMLElement} host where the editor goes
 * @param {HTMLElement} statusHost where the save state goes
 * @param {HTMLElement} noticeHost where the notice goes while the connection is away
 * @param {HTMLElement} presenceHost where the list of the other editors goes
 * @param {object} options { documentId, hubPath, readOnly, strings: { saved, saving, offline, offlineNotice, failed, alone, editorLabel } }
 * @returns {{ dispose(): Promise<void> }}
 */
export function mount(host, statusHost, noticeHost, presenceHost, options) {
  const session = new EditorSession(host, statusHost, noticeHost, presenceHost, options);
  session.start();
  return { dispose: () => session.dispose() };
}

class EditorSession {
  constructor(host, statusHost, noticeHost, presenceHost, options) {
    this.host = host;
    this.statusHost = statusHost;
    this.noticeHost = noticeHost;
    this.presenceHost = presenceHost;
    this.documentId = options.documentId;
    this.hubPath = options.hubPath;
    this.readOnly = !!options.readOnly;
    this.strings = options.strings;
    this.clientId = randomId();
    this.view = null;
    this.connection = null;
    this.disposed = false;
    this.opened = false;
    // Unconfirmed updates get their sequence number once, when first seen; collab keeps the originating
    // transaction through every rebase, so the number stays with the edit.
    this.sequences = new WeakMap();
    this.nextSequence = 1;
    this.sentUpTo = 0;
    this.sending = false;
    this.incoming = Promise.resolve();
    this.history = new Map();
    this.waitingPresence = new Map();
    this.peers = new Map();
    this.presenceTimer = null;
    this.presenceDue = false;
    this.catchUpTimer = null;
    this.failure = null;
    this.generation = 0;
    this.saveState = element("span", "save-state");
    this.saveState.setAttribute("role", "status");
    this.notice = element("div", "connection-notice");
    this.notice.setAttribute("role", "alert");
    this.notice.hidden = true;
    this.statusHost.replaceChildren(this.saveState);
    this.noticeHost.replaceChildren(this.notice);
    this.onBeforeUnload = (event) => {
      if (this.view && sendableUpdates(this.view.state).length > 0) {
        event.preventDefault();
        event.returnValue = "";
      }
    };
  }

  async start() {
    window.addEventListener("beforeunload", this.onBeforeUnload);
    this.connection = new HubConnectionBuilder()
      .withUrl(this.hubPath)
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (context) => Math.min(500 * 2 ** context.previousRetryCount, retryCap) })
      .configureLogging(LogLevel.Warning)
      .build();
    this.connection.on("OperationsAppliedAsync", (documentId, operations) => {
      if (documentId === this.documentId) this.enqueue(() => this.apply(operations));
    });
    this.connection.on("PresenceChangedAsync", (documentId, presence) => {
      if (documentId === this.documentId) this.showPeer(presence);
    });
    this.connection.on("PresenceLeftAsync", (documentId, peerId) => {
      if (documentId === this.documentId) this.forgetPeer(peerId);
    });
    this.connection.onreconnecting(() => this.render());
    this.connection.onreconnected(() => this.enqueue(() => this.reopen()));
    this.connection.onclose(() => {
      if (!this.disposed) this.connectUntilOpen();
    });
    this.render();
    await this.connectUntilOpen();
  }

  // withAutomaticReconnect covers dropped connections, not a first start that fails, so that one retries here.
  async connectUntilOpen() {
    for (let attempt = 0; !this.disposed; attempt++) {
      try {
        await this.connection.start();
        await this.run(() => (this.view ? this.reopen() : this.open()));
        return;
      } catch (error) {
        if (this.connected()) {
          // Connected but refused: retrying will not help.
          console.error("The document could not be opened.", error);
          this.fail();
          return;
        }
        console.warn("Connecting the editor failed; retrying.", error);
        this.render();
        await delay(Math.min(500 * 2 ** attempt, retryCap));
      }
    }
  }

  async open() {
    const snapshot = await this.connection.invoke("OpenDocumentAsync", this.documentId);
    this.view = new EditorView({
      parent: this.host,
      state: EditorState.create({
        doc: snapshot.text,
        extensions: [
          basicSetup,
          markdown(),
          EditorView.lineWrapping,
          EditorState.readOnly.of(this.readOnly),
          EditorView.contentAttributes.of({ "aria-label": this.strings.editorLabel }),
          collab({ startVersion: snapshot.version, clientID: this.clientId }),
          peersField,
          EditorView.updateListener.of((update) => this.onUpdate(update)),
        ],
      }),
    });
    this.opened = true;
    this.renderPeers();
    await this.loadPeers();
    this.schedulePresence();
    this.render();
  }

  // After a reconnect: follow the document again, fetch what was missed, then send every unconfirmed edit again.
  async reopen() {
    this.opened = false;
    this.render();
    await this.connection.invoke("OpenDocumentAsync", this.documentId);
    await this.catchUp();
    const unconfirmed = sendableUpdates(this.view.state);
    this.sentUpTo = unconfirmed.length > 0 ? this.sequenceOf(unconfirmed[0]) - 1 : this.nextSequence - 1;
    this.sending = false;
    this.generation++;
    this.opened = true;
    for (const peerId of [...this.peers.keys()]) this.forgetPeer(peerId);
    await this.loadPeers();
    this.schedulePresence();
    this.render();
    this.push();
  }

  onUpdate(update) {
    if (update.docChanged) {
      // Number new unconfirmed edits in the order collab keeps them.
      for (const unconfirmed of sendableUpdates(update.state)) this.sequenceOf(unconfirmed);
      this.push();
    }

    if (update.docChanged || update.selectionSet) this.schedulePresence();
    if (update.transactions.some((tr) => tr.docChanged)) this.render();
  }

  sequenceOf(update) {
    let sequence = this.sequences.get(update.origin);
    if (sequence === undefined) {
      sequence = this.nextSequence++;
      this.sequences.set(update.origin, sequence);
    }
    return sequence;
  }

  // One submission at a time; edits made meanwhile go together in the next.
  async push() {
    if (this.sending || !this.opened || !this.connected() || this.failure) return;
    const baseVersion = getSyncedVersion(this.view.state);
    const unsent = sendableUpdates(this.view.state).filter((u) => this.sequenceOf(u) > this.sentUpTo).slice(0, 1000);
    if (unsent.length === 0) return;

    this.sending = true;
    const generation = this.generation;
    const operations = unsent.map((u) => ({ id: { clientId: this.clientId, sequence: this.sequenceOf(u) }, changes: u.changes.toJSON() }));
    this.sentUpTo = operations[operations.length - 1].id.sequence;
    this.render();
    try {
      const results = await this.connection.invoke("SubmitAsync", this.documentId, baseVersion, operations);
      const newest = Math.max(...results.map((r) => r.version));
      this.scheduleCatchUp(newest);
    } catch (error) {
      if (this.connected()) {
        // The server refused the edits: they cannot be saved, and the person must know.
        console.error("The document refused an edit.", error);
        this.fail();
      }
      // Otherwise the connection dropped; reopen() sends everything unconfirmed again with the same ids.
    } finally {
      if (this.generation === generation) this.sending = false;
    }
    this.render();
    this.push();
  }

  // The acknowledgement says the edits are durable; the broadcast that confirms them locally usually arrives
  // first, and when it does not, the gap is fetched.
  scheduleCatchUp(version) {
    clearTimeout(this.catchUpTimer);
    this.catchUpTimer = setTimeout(() => {
      if (this.view && getSyncedVersion(this.view.state) < version && this.opened) {
        this.enqueue(() => this.catchUp());
      }
    }, catchUpDelay);
  }

  // Everything that moves the synced version runs one after another, so operations apply in version order.
  run(work) {
    const result = this.incoming.then(work);
    this.incoming = result.catch(() => {});
    return result;
  }

  enqueue(work) {
    this.run(work).catch((error) => {
      if (!this.disposed) console.warn("Following the document failed; the next message or reconnect catches up.", error);
    });
  }

  // A message's operations in version order go into one transaction, so that a burst from many editors costs the
  // view one update instead of one per keystroke.
  async apply(operations) {
    if (!this.view) return;
    let run = [];
    for (const operation of operations) {
      const synced = getSyncedVersion(this.view.state) + run.length;
      if (operation.version <= synced) continue;
      if (operation.version > synced + 1) {
        this.receive(run);
        run = [];
        await this.catchUp();
        continue;
      }
      run.push(operation);
    }
    this.receive(run);
  }

  async catchUp() {
    if (!this.view || !this.connected()) return;
    const missed = await this.connection.invoke("GetSinceAsync", this.documentId, getSyncedVersion(this.view.state));
    const run = [];
    for (const operation of missed) {
      if (operation.version === getSyncedVersion(this.view.state) + run.length + 1) run.push(operation);
    }
    this.receive(run);
  }

  receive(operations) {
    if (!operations.length) return;
    const updates = operations.map((operation) => ({ changes: ChangeSet.fromJSON(operation.operation), clientID: operation.id.clientId }));
    this.view.dispatch(receiveUpdates(this.view.state, updates));
    operations.forEach((operation, index) => {
      this.history.set(operation.version, updates[index].changes);
      this.history.delete(operation.version - keptVersions);
    });
    this.showWaitingPresence();
    this.render();
  }

  // Presence: this editor's selections go out in the coordinates of its synced version (its own unconfirmed edits
  // taken back out), at most every presenceInterval milliseconds.
  schedulePresence() {
    this.presenceDue = true;
    if (this.presenceTimer) return;
    this.presenceTimer = setTimeout(() => {
      this.presenceTimer = null;
      if (this.presenceDue) this.sendPresence();
    }, presenceInterval);
  }

  async sendPresence() {
    if (!this.opened || !this.connected() || !this.view) return;
    this.presenceDue = false;
    const state = this.view.state;
    const pending = sendableUpdates(state);
    const back = pending.length ? pending.reduce((all, u) => all.compose(u.changes), ChangeSet.empty(pending[0].changes.length)).desc.invertedDesc : null;
    const toSynced = (pos) => (back ? back.mapPos(pos, -1) : pos);
    const ranges = state.selection.ranges.slice(0, maxRanges).map((r) => ({ anchor: toSynced(r.anchor), head: toSynced(r.head) }));
    try {
      await this.connection.invoke("UpdatePresenceAsync", this.documentId, getSyncedVersion(state), ranges);
    } catch (error) {
      console.warn("Sending the cursor position failed.", error);
    }
  }

  async loadPeers() {
    const peers = await this.connection.invoke("GetPresenceAsync", this.documentId);
    for (const peer of peers) this.showPeer(peer);
  }

  showPeer(presence) {
    const synced = this.view ? getSyncedVersion(this.view.state) : -1;
    if (!this.view || presence.version > synced) {
      // Made on a version this editor has not seen yet; shown once it has.
      this.waitingPresence.set(presence.peerId, presence);
      this.rememberPeer(presence);
      return;
    }

    this.waitingPresence.delete(presence.peerId);
    this.rememberPeer(presence);
    let ranges = presence.ranges.map((r) => ({ anchor: r.anchor, head: r.head }));
    for (let version = presence.version + 1; version <= synced; version++) {
      const changes = this.history.get(version);
      if (changes) ranges = ranges.map((r) => ({ anchor: changes.mapPos(r.anchor, 1), head: changes.mapPos(r.head, 1) }));
    }
    for (const unconfirmed of sendableUpdates(this.view.state)) {
      ranges = ranges.map((r) => ({ anchor: unconfirmed.changes.mapPos(r.anchor, 1), head: unconfirmed.changes.mapPos(r.head, 1) }));
    }
    this.view.dispatch({ effects: setPeer.of({ peerId: presence.peerId, displayName: presence.displayName, ranges }) });
  }

  showWaitingPresence() {
    const synced = getSyncedVersion(this.view.state);
    for (const presence of [...this.waitingPresence.values()]) {
      if (presence.version <= synced) this.showPeer(presence);
    }
  }

  rememberPeer(presence) {
    const known = this.peers.get(presence.peerId);
    this.peers.set(presence.peerId, { displayName: presence.displayName, organisationName: presence.organisationName });
    if (!known) this.renderPeers();
  }

  forgetPeer(peerId) {
    this.waitingPresence.delete(peerId);
    if (this.peers.delete(peerId)) this.renderPeers();
    if (this.view) this.view.dispatch({ effects: removePeer.of(peerId) });
  }

  connected() {
    return this.connection && this.connection.state === HubConnectionState.Connected;
  }

  fail() {
    this.failure = this.strings.failed;
    this.render();
  }

  // The save state: saved once every local edit is acknowledged, saving while some are pending, and while the
  // connection is away a notice that edits wait and will be sent.
  render() {
    const pending = this.view ? sendableUpdates(this.view.state).length : 0;
    const offline = !this.failure && (!this.connected() || !this.opened);
    let state;
    if (this.failure) state = "failed";
    else if (offline) state = "offline";
    else if (pending > 0) state = "saving";
    else state = "saved";

    if (this.saveState.dataset.state !== state) {
      this.saveState.dataset.state = state;
      this.saveState.textContent = this.strings[state];
    }

    const notice = this.failure ?? (offline && this.view ? this.strings.offlineNotice : null);
    this.notice.hidden = notice === null;
    if (this.notice.textContent !== (notice ?? "")) this.notice.textContent = notice ?? "";
  }

  renderPeers() {
    const list = document.createElement("ul");
    list.className = "presence-list";
    if (this.peers.size === 0) {
      const alone = document.createElement("li");
      alone.className = "presence-alone";
      alone.textContent = this.strings.alone;
      list.appendChild(alone);
    }
    for (const [peerId, peer] of this.peers) {
      const item = document.createElement("li");
      item.className = "presence-peer";
      item.dataset.peerId = peerId;
      const dot = document.createElement("span");
      dot.className = `presence-dot cm-peer-${colourOf(peerId)}`;
      dot.setAttribute("aria-hidden", "true");
      const name = document.createElement("span");
      name.className = "presence-name";
      name.textContent = peer.displayName;
      const organisation = document.createElement("span");
      organisation.className = "presence-organisation";
      organisation.textContent = peer.organisationName;
      item.append(dot, name, organisation);
      list.appendChild(item);
    }
    this.presenceHost.replaceChildren(list);
  }

  async dispose() {
    if (this.disposed) return;
    this.disposed = true;
    window.removeEventListener("beforeunload", this.onBeforeUnload);
    clearTimeout(this.presenceTimer);
    clearTimeout(this.catchUpTimer);
    try {
      if (this.connected()) await this.connection.invoke("CloseDocumentAsync", this.documentId);
    } catch {
      // Closing the connection below ends the presence anyway.
    }
    await this.connection.stop();
    this.view?.destroy();
  }
}

function element(name, className) {
  const created = document.createElement(name);
  created.className = className;
  return created;
}

function randomId() {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
