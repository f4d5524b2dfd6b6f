// Writes changeset-vectors.json: random CodeMirror change sets and what @codemirror/state computes for them, so
// that the C# port of map and compose is checked against the real library, not against itself.
// Regenerate (nothing in the build needs Node):
//   mkdir /tmp/cm && cd /tmp/cm && npm install @codemirror/state@6.7.6
//   NODE_PATH=/tmp/cm/node_modules node generate-changeset-vectors.js > changeset-vectors.json
const { ChangeSet, Text } = require("@codemirror/state");

let seed = 20240611;
const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
const below = n => Math.floor(random() * n);
const alphabet = ["a", "b", "c", "\n", "é"];
const text = n => Array.from({ length: n }, () => alphabet[below(alphabet.length)]).join("");
const doc = s => Text.of(s.split("\n"));

function randomSet(length) {
  const specs = [];
  let pos = 0;
  for (let i = 1 + below(4); i > 0 && pos <= length; i--) {
    const from = pos + below(Math.min(4, length - pos + 1));
    const to = from + below(Math.min(4, length - from + 1));
    specs.push({ from, to, insert: below(3) === 0 ? "" : text(1 + below(3)) });
    pos = to;
  }
  // Sometimes in random order, which makes CodeMirror compose the pieces and produces joined sections.
  if (below(3) === 0) specs.reverse();
  return ChangeSet.of(specs, length);
}

// Also sets that came out of compose and map, whose shapes differ from those ChangeSet.of builds: composed
// sets on the same document, or sets mapped over a change that leads to the document of the case.
function anySet(length, over) {
  const kind = below(4);
  if (kind === 0) {
    const first = randomSet(length);
    return first.compose(randomSet(first.newLength));
  }
  const set = randomSet(over ? over.length : length);
  return over ? set.map(over, kind === 1) : set;
}

const cases = [];
for (let i = 0; i < 1500; i++) {
  const original = text(below(10));
  const over = below(3) === 0 ? randomSet(original.length) : null;
  const start = over ? over.apply(doc(original)).toString() : original;
  const a = anySet(start.length, over);
  const b = anySet(start.length, over);
  const c = randomSet(a.newLength);
  cases.push({
    doc: start,
    a: a.toJSON(),
    b: b.toJSON(),
    c: c.toJSON(),
    aApplied: a.apply(doc(start)).toString(),
    aMapB: a.map(b).toJSON(),
    aMapBBefore: a.map(b, true).toJSON(),
    aComposeC: a.compose(c).toJSON(),
    converged: a.compose(b.map(a)).apply(doc(start)).toString(),
  });
}
process.stdout.write(JSON.stringify(cases));
