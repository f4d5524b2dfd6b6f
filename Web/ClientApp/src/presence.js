// Other editors' cursors and selections, drawn in their colour. Positions live in this editor's document and are
// mapped through every change, local or remote, so a cursor stays beside its text while text around it moves.
import { StateEffect, StateField } from "@codemirror/state";
import { Decoration, EditorView, WidgetType } from "@codemirror/view";

/** How many colours app.css defines (.cm-peer-0 … .cm-peer-7). */
export const peerColours = 8;

/** A peer's colour, stable for the peer's whole visit. */
export function colourOf(peerId) {
  let hash = 0;
  for (let i = 0; i < peerId.length; i++) {
    hash = (hash * 31 + peerId.charCodeAt(i)) | 0;
  }
  return Math.abs(hash) % peerColours;
}

/** Sets one peer: { peerId, displayName, organisationName, ranges: [{ anchor, head }] } in this document's positions. */
export const setPeer = StateEffect.define({
  map: (peer, changes) => ({ ...peer, ranges: peer.ranges.map((r) => mapRange(r, changes)) }),
});

/** Removes a peer by id. */
export const removePeer = StateEffect.define();

function mapRange(range, changes) {
  return { anchor: changes.mapPos(range.anchor, 1), head: changes.mapPos(range.head, 1) };
}

class CaretWidget extends WidgetType {
  constructor(name, colour) {
    super();
    this.name = name;
    this.colour = colour;
  }

  eq(other) {
    return other.name === this.name && other.colour === this.colour;
  }

  toDOM() {
    const caret = document.createElement("span");
    caret.className = `cm-remote-caret cm-peer-${this.colour}`;
    caret.setAttribute("aria-hidden", "true");
    const label = document.createElement("span");
    label.className = "cm-remote-caret-label";
    label.textContent = this.name;
    caret.appendChild(label);
    return caret;
  }

  ignoreEvent() {
    return true;
  }
}

export const peersField = StateField.define({
  create: () => new Map(),
  update(peers, tr) {
    let next = peers;
    if (!tr.changes.empty) {
      next = new Map();
      for (const [id, peer] of peers) {
        next.set(id, { ...peer, ranges: peer.ranges.map((r) => mapRange(r, tr.changes)) });
      }
    }

    for (const effect of tr.effects) {
      if (effect.is(setPeer)) {
        if (next === peers) next = new Map(peers);
        const length = tr.newDoc.length;
        const clamp = (p) => Math.max(0, Math.min(length, p));
        next.set(effect.value.peerId, {
          ...effect.value,
          ranges: effect.value.ranges.map((r) => ({ anchor: clamp(r.anchor), head: clamp(r.head) })),
        });
      } else if (effect.is(removePeer) && next.has(effect.value)) {
        if (next === peers) next = new Map(peers);
        next.delete(effect.value);
      }
    }

    return next;
  },
  provide: (field) =>
    EditorView.decorations.from(field, (peers) => {
      const decorations = [];
      for (const peer of peers.values()) {
        const colour = colourOf(peer.peerId);
        for (const range of peer.ranges) {
          const from = Math.min(range.anchor, range.head);
          const to = Math.max(range.anchor, range.head);
          if (from < to) {
            decorations.push(Decoration.mark({ class: `cm-remote-selection cm-peer-${colour}` }).range(from, to));
          }
          decorations.push(Decoration.widget({ widget: new CaretWidget(peer.displayName, colour), side: 1 }).range(range.head));
        }
      }
      return Decoration.set(decorations, true);
    }),
});
