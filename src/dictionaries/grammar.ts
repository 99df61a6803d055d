import type { CompositionWords } from "../stages/actors/compose-mentions.js";
import type { CoreferenceWords } from "../stages/actors/coreference.js";
import type { AtomWords } from "../stages/actors/find-actor-atoms.js";
import type { NamedActorWords } from "../stages/actors/named-actors.js";
import type { GrammarFile } from "./schemas.js";

/** 'West African leaders' → ECOWAS: the member words, and the regions with one body each. */
export interface RegionalBodies {
  /** Plural role words, each as its words ('leaders', 'foreign ministers', 'heads of state'). */
  members: readonly (readonly string[])[];
  regions: readonly { words: readonly string[]; code: string }[];
}

/** The grammar word lists as sets, ready for the hot path. */
export interface Grammar {
  composition: CompositionWords;
  coreference: CoreferenceWords;
  prepositions: ReadonlySet<string>;
  clauseBreaks: ReadonlySet<string>;
  complementizers: ReadonlySet<string>;
  passiveAuxiliaries: ReadonlySet<string>;
  agentPreposition: string;
  status: {
    negation: ReadonlySet<string>;
    hypothetical: ReadonlySet<string>;
    future: ReadonlySet<string>;
    claimedAdverbs: ReadonlySet<string>;
    attributionPhrases: readonly string[][];
    /** The first word of each attribution phrase ("according", "reportedly"). */
    attributionHeads: ReadonlySet<string>;
    infinitiveMarker: string;
    /** "aimed at ending the war": the phrase a cue verb (needs_infinitive) names its aim with. */
    purposePrepositions: ReadonlySet<string>;
    infinitiveAsserting: ReadonlySet<string>;
    /** Cue words that count only before an infinitive: "plans to", "likely to", not "the plan". */
    needsInfinitive: ReadonlySet<string>;
    /** Code roots of demands and appeals: their infinitive, object or "for" phrase is their content, not an event. */
    demandRoots: readonly string[];
    /** "called for the release": the preposition of a demand's content. */
    demandPrepositions: ReadonlySet<string>;
    /** "accused X of shelling": verbs whose complement is claimed, like reported speech. */
    accusationVerbs: ReadonlySet<string>;
    /** What marks an accusation's content: "accused X of shelling", "blamed X for shelling". */
    accusationMarkers: ReadonlySet<string>;
    /** "..., a lawsuit charges": verbs that report the clause before them only when they trail it. */
    trailingReportVerbs: ReadonlySet<string>;
    /** "..., the indictment alleges": nouns that report so without being actors. */
    reportDocuments: ReadonlySet<string>;
    /** "responsible for killing": heads whose "for" gerund is an act, not a reason (scope-cues.ts). */
    reasonAsserting: ReadonlySet<string>;
    /** "after talks", "following the expulsions": a noun in these phrases is an earlier event, asserted. */
    pastAnchors: ReadonlySet<string>;
    /** "after Iran had fired": auxiliaries that make a clause of past_anchors an earlier event. */
    pastAuxiliaries: ReadonlySet<string>;
    /** ", prompting X to ...", ", rejecting calls": trailing participles that comment on the main clause. */
    commentaryParticiples: ReadonlySet<string>;
    /** "denied reports that X attacked": verbs whose complement, or their object noun's "that" clause, is negated. */
    denialVerbs: ReadonlySet<string>;
    /** "reports that X attacked": nouns whose "that" clause is reported speech. */
    claimNouns: ReadonlySet<string>;
    /** "a resolution condemning X": nouns whose participle takes the status of the verb taking the noun. */
    documentNouns: ReadonlySet<string>;
    /** "Any attack on Taiwan would ...": determiners making a modal's act-noun subject hypothetical. */
    hypotheticalSubjectDeterminers: ReadonlySet<string>;
    /** "since the invasion": words opening a phrase or clause that dates the clause; what it names is no event. */
    backgroundAnchors: ReadonlySet<string>;
    /** "in retaliation for X's strikes": nouns of reaction whose phrase names a known act, no event. */
    answeredNouns: ReadonlySet<string>;
    /** "a deal giving X access": nouns whose describing or trailing participle is the deal's terms, no event. */
    agreementNouns: ReadonlySet<string>;
    /** "signed a pact, pledging ...": verbs concluding such an agreement, whose trailing participle is its terms. */
    agreementVerbs: ReadonlySet<string>;
  };
  /** Word → CAMEO code of the stance it gives a speech act ("hegemonic" → 111). */
  speechTone: ReadonlyMap<string, string>;
  /** "a group of", "thousands of": an actor after these heads its phrase, no preposition governs it. */
  partitives: ReadonlySet<string>;
  /** "the wife and children of X": relatives whose bare role word stands for the party of their "of" phrase. */
  kinNouns: ReadonlySet<string>;
  /** "use force", "employ troops": verbs whose force word is the means of the act, never its target. */
  instrumentVerbs: ReadonlySet<string>;
  /** "around 3,000": before a number these are not prepositions. */
  approximators: ReadonlySet<string>;
  /** "Y must ...": in reported speech, the speaker demands of Y. */
  obligationModals: ReadonlySet<string>;
  demandCode: string;
  /**
   * "X said Y was behind the attack": in reported speech, the speaker blames Y (`code`). Y is followed
   * by link words including a copula, then a predicate of blame, then an act of harm within a few words.
   */
  speechBlame: {
    code: string;
    copulas: ReadonlySet<string>;
    links: ReadonlySet<string>;
    predicates: ReadonlySet<string>;
    acts: ReadonlySet<string>;
  };
  /** Month and weekday names, which are also people's names ("May"): never a person alone. */
  calendarWords: ReadonlySet<string>;
  /** The words that decide whether a dictionary name in the text is an actor ("in Tehran", "a criminal investigation", "Omar | al-Razza"). */
  atomWords: AtomWords;
  /** Names the dictionaries do not know: what joins their words, their code, the relations that make them parties. */
  namedActors: NamedActorWords;
  /** Words tying a role to a place after it: "police in Los Angeles". */
  placeLinks: ReadonlySet<string>;
  /** Plural nouns naming several states ('countries', 'nations'): they never take their context's one country. */
  manyStates: ReadonlySet<string>;
  /** Participles naming who leads a role ('a delegation led by'): the role takes the leader's country. */
  leaderParticiples: ReadonlySet<string>;
  /** Role words for a region's states as a group ('West African leaders'), and each region's one body. */
  regionalBodies: RegionalBodies;
  /** Unnamed groups of these sectors ('rights groups', 'charities') are bodies of no state (NGO). */
  unnamedNgos: { sectors: ReadonlySet<string>; heads: ReadonlySet<string> };
  /** Codes in a country's place that belong to no state (IGO, NGO, MNC): they lend no country to role words. */
  statelessCodes: ReadonlySet<string>;
  /** Codes of stateless parties that still chart a dyad (IGO, NGO, MNC, IMG): the default output's test. */
  statelessPartyCodes: ReadonlySet<string>;
  /** Codes of a party nobody identified (UNK): no side of a dyad. */
  unknownPartyCodes: ReadonlySet<string>;
  /** Warnings about a danger, not a threat: "warned that the war could spread" (danger-warnings.ts). */
  dangerWarnings: {
    verbs: ReadonlySet<string>;
    pronouns: ReadonlySet<string>;
    ownActs: ReadonlySet<string>;
    code: string;
  };
  /** Words joining actors into one compound: "Iran and Iraq". */
  coordinators: ReadonlySet<string>;
  possessivePronouns: ReadonlySet<string>;
  /** Prepositions after a noun trigger that introduce its target: "strikes on", "attack against". */
  nominalTargetPrepositions: ReadonlySet<string>;
  /** Prepositions of a verb's oblique that make it the target when the pattern names none: "fired on X", "met with X". */
  verbTargetPrepositions: ReadonlySet<string>;
  /** "a complaint with the UN against Mexico": in a conflictual act, these name whom it is against over a forum or partner. */
  opposedPrepositions: ReadonlySet<string>;
  /** Prepositions of time or cause: a noun trigger in such a phrase on another act gets no agent from the clause ("resigned after protests"). */
  circumstancePrepositions: ReadonlySet<string>;
  /** Nouns of reaction or time ("in response to", "on the anniversary of"): an act noun in their phrase is a circumstance. */
  circumstanceNouns: ReadonlySet<string>;
  /** "talks on joining the EU", "its objection to Sweden joining NATO": a gerund after these in a noun's phrase is a topic, no event. */
  topicGerundPrepositions: ReadonlySet<string>;
  /** Words before a news outlet a speaker talks to ("told the BBC"): such an outlet lends no country. */
  outletAddressWords: ReadonlySet<string>;
  /**
   * "sent troops to X", "withdrew its troops from X", "handed the prisoners to X": where a verb moves
   * a force, people or goods with no country of their own, the party these name is its target.
   */
  destinationPrepositions: ReadonlySet<string>;
  /** Phrases naming whom the subject's own thing is for: "his country's support for X". */
  ownThingPrepositions: ReadonlySet<string>;
  /** "rejected a request by X", "welcomed the decision of X": a verb's object noun belongs to the party these name. */
  ownerPrepositions: ReadonlySet<string>;
  /** "positions held by X", "targets linked to X": participles naming a thing's owner, and their prepositions. */
  ownerParticiples: { verbs: ReadonlySet<string>; prepositions: ReadonlySet<string> };
  /** "gave Putin a warning", "ordered the tanker's release": verbs whose object noun is the subject's act. */
  lightVerbs: ReadonlySet<string>;
  /** CAMEO roots that name one kind of act (assault, fight, mass violence): a weapon noun under a verb of one is its means. */
  actFamilies: readonly (readonly string[])[];
  /** "Russian missiles hit a hospital": verbs whose subject, a weapon or attack noun, makes them that act. */
  impactVerbs: ReadonlySet<string>;
  /** "called the Russian strike a war crime", "began a nationwide strike": modifiers that tell a walk-out from an attack. */
  strikeSenses: {
    nouns: ReadonlySet<string>;
    weaponModifiers: ReadonlySet<string>;
    workModifiers: ReadonlySet<string>;
  };
  /** "near the Algerian border", "in Syrian territory": prepositions that make a phrase a place, not a party. */
  placePrepositions: ReadonlySet<string>;
  /** "8 a.m. Yemen time": nouns an actor's name modifies without naming a party. */
  timeNouns: ReadonlySet<string>;
  /** "the Gulf of Oman", "the Sea of Japan": heads of water bodies whose "of" name is no party. */
  waterHeads: ReadonlySet<string>;
  /** After a bare participle these mark a reduced passive: "Russians incarcerated in US prisons". */
  reducedPassivePrepositions: ReadonlySet<string>;
  relativePronouns: ReadonlySet<string>;
  /** Words before a verb that coordinate it with an earlier one: "protested X and condemned Y". */
  verbJoiners: ReadonlySet<string>;
  /**
   * Sectors of a role word that can carry an event alone, with no country ("the government rejected
   * ...", "rebel fighters agreed ..."): political actors, unlike police, workers or civilians; only in
   * acts of `anchorQuadClasses`.
   */
  anchorSectors: ReadonlySet<string>;
  /** "told Ukraine", "remarks to U.S. troops": plain statements (by code prefix) aimed only at whom they address. */
  addressedStatements: {
    codes: readonly string[];
    verbs: ReadonlySet<string>;
    prepositions: ReadonlySet<string>;
  };
  anchorQuadClasses: ReadonlySet<number>;
  /**
   * Generic force (190, 193) by gunmen, gangs or extremists, or by rebels acting on civilians, is CAMEO's
   * unconventional violence (180).
   */
  /** An act's code by its source's sector: peacekeepers arriving in a country (042) provide peacekeeping (074). */
  sourceRecodes: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Codes whose recode by the source holds only for a verb pattern's act ("police stormed": 145 → 171). */
  sourceRecodeVerbs: ReadonlySet<string>;
  /** Moving into or out of a place ("entered Kharkiv", "crossed into Kursk") is force only when armed forces or a state move. */
  armedMovements: {
    verbs: ReadonlySet<string>;
    roots: readonly string[];
    sectors: ReadonlySet<string>;
    unarmedCodes: readonly string[];
    /** Forces sent to or arriving in another state protect it (074): "sent troops to Russia", "police arrived in Haiti". */
    deploymentsAbroad: {
      codes: readonly string[];
      words: ReadonlySet<string>;
      prepositions: ReadonlySet<string>;
      notHeads: ReadonlySet<string>;
      arrivalCodes: readonly string[];
      arrivalWords: ReadonlySet<string>;
      sectors: ReadonlySet<string>;
      movers: ReadonlySet<string>;
      nonVisitors: ReadonlySet<string>;
      code: string;
    };
    /** Leaving an international body ("withdrew from ECOWAS") reduces relations with it; no retreat. */
    leavingBodies: {
      words: ReadonlySet<string>;
      prepositions: ReadonlySet<string>;
      bodies: readonly string[];
      code: string;
    };
  };
  /** Armed opponents with no country using force on one state's forces are that state's (source-country.ts). */
  homeInsurgents: { sectors: ReadonlySet<string>; stateForces: ReadonlySet<string> };
  unconventionalViolence: {
    sectors: ReadonlySet<string>;
    armedGroups: ReadonlySet<string>;
    noncombatants: ReadonlySet<string>;
    codes: ReadonlyMap<string, string>;
    /** A state's forces: gunmen or gangs fighting them use force (19x), not unconventional violence. */
    combatants: ReadonlySet<string>;
  };
  /** "in Tehran", "the outskirts of Tunis": a capital here is a place, not its government. */
  locatives: { prepositions: ReadonlySet<string>; placeNouns: ReadonlySet<string> };
  /** Dependents that recode a verb (see verb-frames.ts): "protested X" is 11x, "incite X to do Y" is 02x. */
  verbFrames: {
    objected: {
      verbs: ReadonlySet<string>;
      fromRoots: readonly string[];
      /** "thousands of people protested X": a crowd's protest stays a demonstration. */
      crowdSubjects: ReadonlySet<string>;
      code: string;
    };
    urging: { verbs: ReadonlySet<string>; keepRoots: readonly string[]; code: string };
    /** "called X to congratulate him": a call's or visit's infinitive is the caller's purpose, aimed at X. */
    calling: { verbs: ReadonlySet<string> };
    /** Verbs whose object a bare past participle completes as a passive small clause ("ordered X jailed"). */
    caused: { verbs: ReadonlySet<string> };
    /** Verbs whose object does the act of a to-infinitive after it ("prompted thousands to pour onto the streets"). */
    prompted: { verbs: ReadonlySet<string> };
  };
  /** A consultation (frameRoots) between A and B addresses A's or B's later statements (statementRoots) to the other. */
  conversationFrame: { frameRoots: readonly string[]; statementRoots: readonly string[] };
  /** Mediations aimed at the parties of the dispute their purpose names ("to resolve the rift between X and Y"): codes by root. */
  mediationRoots: readonly string[];
  /** "released X in exchange for Y's prisoners": releases (roots) that are one side of a swap. */
  exchanges: {
    roots: readonly string[];
    phrases: readonly string[][];
    persons: ReadonlySet<string>;
    reach: number;
    /** Words ending a release's clause: an exchange phrase after one belongs to another act. */
    clauseEnds: ReadonlySet<string>;
  };
  /** Acts whose sides, acting on each other in a sentence, a mediation there serves (codes by prefix). */
  mediatedRoots: readonly string[];
  /** Acts two coordinated parties do with each other ("Jordan and Britain agreed", "met"): codes by root. */
  mutualRoots: readonly string[];
  /** Verbs whose coordinated parties act on each other whatever the act's code ("Britain and China clashed at a meeting"). */
  mutualVerbs: ReadonlySet<string>;
  /**
   * `mutual_acts.onsets`: an act of `roots` named by a noun that is the subject of one of `verbs` ("a
   * ceasefire between X and Y took effect") is its "between" parties' act on each other.
   */
  mutualOnsets: { roots: readonly string[]; verbs: ReadonlySet<string> };
  /**
   * The code of the other party's side of an act done with a named party: the act's own for a code of
   * `mutual_acts.both_ways` ("met Xi": Xi met him), the implied act for `mutual_acts.implied` (hosting:
   * the guest's visit); null for one-way acts.
   */
  mutualReverse(code: string): string | null;
  /**
   * The act two coordinated parties conclude by agreeing with each other (a verb of
   * `mutual_acts.concluded_by`) to what one alone only promises ("agreed to a ceasefire": 0356 → 0871), or null.
   */
  concludedCode(code: string, verb: string): string | null;
  /**
   * The host's act a visit of a hosted kind implies (`mutual_acts.hosted_visits`: "for a state visit"):
   * the key of `mutual_acts.implied` whose value is `code`, or null.
   */
  hostCode(code: string): string | null;
  /** Prepositions naming the party of a consultation noun ("talks **with** Ethiopia"). */
  partnerPrepositions: ReadonlySet<string>;
  /** Codes of `both_ways` that are the target's act too only when it follows a partner preposition (057). */
  partnerOnlyCodes: ReadonlySet<string>;
  /** Visit nouns and the modifiers that make a visit a hosted one ("state", "official"). */
  hostedVisits: { nouns: ReadonlySet<string>; kinds: ReadonlySet<string> };
  /** Paired codes of the built-in patterns that code no event of the target's ("arrived in Y" [042:043]: Y hosts nothing). */
  unpairedCodes: ReadonlySet<string>;
  /** Consultations named by a noun in an adjunct ("told Biden during talks"): codes by root, and the prepositions opening the adjunct. */
  adjunctActs: {
    roots: readonly string[];
    prepositions: ReadonlySet<string>;
    /** Those opening a consultation that took place whatever the clause's modality ("during", "after"). */
    factualPrepositions: ReadonlySet<string>;
    /** Prepositions opening a setting ("during talks"): a trigger pattern's gap never crosses one, and what one opens is no demand's content. */
    settingPrepositions: ReadonlySet<string>;
  };
  /** Acts whose opening role word names the kind of thing given or shared ("military aid"), not its giver: codes by root. */
  givenRoots: readonly string[];
  /** Weapons such an act gives ("supply the tanks"): last words of actors that are then no party. */
  givenWeapons: ReadonlySet<string>;
  /** Acts coordinated parties with no target do each on their own, not to each other ("Egypt and Jordan condemned"): codes by root. */
  oneSidedRoots: readonly string[];
  /** "Iran executed a man": acts of a state's coercion whose country-less role word targets are its own people (codes by root). */
  homeCoercionRoots: readonly string[];
  /** A bare country acting on its own state is a misreading (self-acts.ts). */
  selfActs: {
    stateSectors: ReadonlySet<string>;
    consultationRoots: readonly string[];
    homeRoots: readonly string[];
    /** Self-acts whose source lies outside the act's clause lose their target only of these roots. */
    hostileRoots: readonly string[];
    /** A phrase of these on an act noun an own-country party modifies names its target ("U.S. sanctions on Syria"). */
    aimedPrepositions: ReadonlySet<string>;
    /** A recall of one's own envoy naming no host is aimed at the target of an earlier protest of these roots. */
    envoyRecalls: { roots: readonly string[]; promptRoots: readonly string[] };
  };
  /** Natural or accidental causes whose clauses code no event (natural-causes.ts). */
  naturalCauses: {
    nouns: ReadonlySet<string>;
    verbs: ReadonlySet<string>;
    /** Subjects of those verbs that had an accident, whoever's they are ("a passenger plane crashed"). */
    vehicles: ReadonlySet<string>;
    /** Words before a cause noun that make it an armed act ("artillery fire"). */
    armedModifiers: ReadonlySet<string>;
  };
  /** Restrictions on an area with no target bind the source's own country (home-restrictions.ts). */
  homeRestrictions: {
    roots: readonly string[];
    sectors: ReadonlySet<string>;
    /** A restriction noun's phrase of these names the area it binds ("a siege of the territory"). */
    areaPrepositions: ReadonlySet<string>;
    /** Nouns whose phrase names the measure, not an area ("a state of emergency"). */
    stateNouns: ReadonlySet<string>;
  };
  /** Plurals that close a list of named states ("and three other countries"): the named ones are one list (actor-slots.ts). */
  listedStates: ReadonlySet<string>;
  /** Words before the states a plural of states names as examples ("countries including X and Y"). */
  exampleMarkers: ReadonlySet<string>;
  /** "in an attack claimed by X": X did the sentence's acts of force with no side named (claimed-attacks.ts). */
  claimedAttacks: { verbs: ReadonlySet<string>; nouns: ReadonlySet<string> };
  /** Acts only a state's organs do: an agentless passive one is that state's (state-agents.ts). */
  stateActs: {
    /** Verb lemma → the sector of the organ that does it (COP, JUD, GOV). */
    verbs: ReadonlyMap<string, string>;
    /** Verbs that are a state's act only with a custody phrase ("released from prison"). */
    custodyVerbs: ReadonlySet<string>;
    custodyPrepositions: ReadonlySet<string>;
    custodyNouns: ReadonlySet<string>;
    /** Verbs whose "from" phrase names the state that acts ("deported from Algeria"). */
    fromStateVerbs: ReadonlySet<string>;
    /** Victims that are a group's captives, not a state's prisoners. */
    captives: ReadonlySet<string>;
  };
  /** Roots of protest acts whose country-less protesters are people of the place (protest-place.ts). */
  protestPlaceRoots: readonly string[];
  /** Demonstrations by a crowd with no target are aimed at the crowd's government (protest-target.ts). */
  protestTargets: {
    roots: readonly string[];
    crowdSectors: ReadonlySet<string>;
    government: string;
    /** Act nouns of demonstrations told with no actor named ("Protests erupted in Tbilisi"). */
    actorlessNouns: ReadonlySet<string>;
    /** Crowds counted, not named, as a demonstration verb's subject ("thousands rallied"). */
    actorlessSubjects: ReadonlySet<string>;
    /** Both: a sentence holding one is parsed and coded even with no actor. */
    crowdWords: ReadonlySet<string>;
    /** The sector of the people of a place who protest with no actor named ("Protests erupted in Tbilisi"). */
    crowdSector: string;
    /** Acts a state does to a crowd whose setting a demonstration noun is ("detained 300 **at protests**"). */
    settingRoots: readonly string[];
    /** Verbs whose demonstration object took place, however intended the act ("to break up protests"). */
    endingVerbs: ReadonlySet<string>;
    /** Words naming a crowd out protesting ("protesters", "rioters"), whose force or destruction is a riot. */
    riotCrowds: ReadonlySet<string>;
    /** Codes of force and destruction that such a crowd's act is instead: CAMEO's violent protest, riotCode. */
    riotCodes: ReadonlySet<string>;
    riotCode: string;
    /** Yielding to demands for change ("resigned"): in a sentence telling a demonstration, aimed at its crowd. */
    yieldRoots: readonly string[];
    /** "resigned in protest": a demonstration noun in such a phrase on the yielding verb is the yielder's own. */
    ownProtestPrepositions: ReadonlySet<string>;
  };
  /** "seized their rifles": pronouns owning a thing acted on, which stand for the act's target. */
  ownerPronouns: { pronouns: ReadonlySet<string>; prepositions: ReadonlySet<string> };
  /** "drew condemnation from X": verbs whose act noun object is a reaction by the actor of their preposition's phrase. */
  reactions: {
    verbs: ReadonlySet<string>;
    preposition: string;
    /** "came under fire from X": the verbs and preposition of an act undergone, and its agent's prepositions. */
    undergoing: { verbs: ReadonlySet<string>; preposition: string; agents: ReadonlySet<string> };
  };
  /** "became the first country to recognise X": ranks whose infinitive is done, by the subject they describe. */
  rankedFirsts: { ranks: ReadonlySet<string>; linking: ReadonlySet<string> };
  /** "British-made missiles": words a hyphen glues to the maker of a thing, which is then no party. */
  makerWords: ReadonlySet<string>;
  /** Participles naming the author of a verbal act's object ("a U.S.-drafted resolution"; verb-target.ts). */
  authorWords: ReadonlySet<string>;
  /** "a move the opposition denounced", "Beijing condemned the move": reactions aimed at the source of the act a noun names. */
  actReactions: {
    roots: readonly string[];
    nouns: ReadonlySet<string>;
    determiners: ReadonlySet<string>;
    stateSectors: ReadonlySet<string>;
    /** "a deal Somalia called an act of aggression": verbs of naming, coded naming_code (praise_code with praise_words). */
    /** "an allegation X dismissed": nouns of saying, which refer to a verbal act. */
    speechNouns: ReadonlySet<string>;
    namingVerbs: ReadonlySet<string>;
    namingCode: string;
    praiseCode: string;
    praiseWords: ReadonlySet<string>;
    /** "said, calling it a terrorist attack": pronouns that stand for the act of the clause a naming verb hangs on. */
    namingPronouns: ReadonlySet<string>;
    /** "was angered by the decision": participles of feeling whose subject criticises what their by/at phrase names. */
    feelingWords: ReadonlySet<string>;
    /** Prepositions of the phrase that names what a feeling is about ("angered by", "outraged at"). */
    feelingPrepositions: ReadonlySet<string>;
    /** Words between an act noun and the party of its relative clause: "a move **his** opponents called". */
    relativeGapWords: ReadonlySet<string>;
    /** "a move Beijing said was protectionist": verbs of saying whose copular complement names an act, a reaction only with a judgement or praise word. */
    verdictVerbs: ReadonlySet<string>;
    judgementWords: ReadonlySet<string>;
    /** "called it an act of terrorism by Kyiv": naming an act as one of these with its agent is an accusation (accusation_code) of that agent. */
    accusationWords: ReadonlySet<string>;
    accusationCode: string;
    reach: number;
  };
  /** Hostile acts answering or provoking another side's act ("responded with air strikes", "in retaliation for X's barrage"). */
  responses: {
    roots: readonly string[];
    verbs: ReadonlySet<string>;
    nouns: ReadonlySet<string>;
    reach: number;
    /** "vowed revenge": a threat of answer (roots) is aimed at the side's attacker, or at whom it blamed (blameRoots). */
    threatRoots: readonly string[];
    blameRoots: readonly string[];
    /** "X intruded ..., prompting Tokyo to scramble jets": a hostile act (roots) prompted (verbs) by another side's act is aimed at it. */
    prompted: { roots: readonly string[]; verbs: ReadonlySet<string> };
  };
  /**
   * "accused each other", "traded accusations", "agreed not to use force": two-word reciprocal
   * pronouns, verbs of exchange and verbs of agreeing, whose parties act on each other.
   */
  reciprocal: { pronouns: ReadonlySet<string>; verbs: ReadonlySet<string>; agreeing: ReadonlySet<string> };
  /** "pulled the United States out of the deal": words on a verb that say its object, a state, is moved away. */
  movedStateParticles: ReadonlySet<string>;
  /** Acts about another act ("to discuss a ceasefire", "criticised the tariffs"), whose object act noun is no act of their subject: codes by root. */
  topicRoots: readonly string[];
  /** Verbs that code no act of their own whose object act noun is what they refer to ("citing the trial of his ally"), not their subject's act. */
  topicVerbs: ReadonlySet<string>;
  /** Future acts reported with no speaker that CAMEO codes as the parties' announced intent ("X will meet Y": 036). */
  plannedRoots: readonly string[];
  /** Claims and denials of responsibility (codes), whose target is never the speaker's own state or forces (sectors). */
  ownSideDenials: { codes: readonly string[]; sectors: ReadonlySet<string> };
  /** "mobilized troops for an assault against X": a purpose phrase (prepositions) whose act is aimed (aims) at X. */
  purposeTargets: { prepositions: ReadonlySet<string>; aims: ReadonlySet<string> };
  /** "will not end the strike until the government meets its demands": a condition clause (marks) whose party an act (roots) is aimed at. */
  conditionTargets: { marks: ReadonlySet<string>; roots: readonly string[] };
  /** "were killed in clashes with X": nouns of an armed engagement whose opponent (preposition) is a passive act's agent. */
  engagementAgents: { nouns: ReadonlySet<string>; preposition: string };
  /** A place an act is done to as its party ("shelled Donetsk" → UKR): the codes and the phrases that name it. */
  placeTargets: {
    roots: readonly string[];
    /** Acts done to people ("shot", "killed"): a town's name as their object is more often a person's. */
    personRoots: readonly string[];
    /** A code read for a person's capture, and the one for a place's ("captured Grozny": 173 → 192). */
    recode: ReadonlyMap<string, string>;
    verbPrepositions: ReadonlySet<string>;
    nounPrepositions: ReadonlySet<string>;
    destinationRoots: readonly string[];
    destinationPrepositions: ReadonlySet<string>;
    /** A visit by an arrival verb ("arrived in Beijing ... for a state visit"): its "in" or "at" phrase names where it went. */
    arrivals: { roots: readonly string[]; verbs: ReadonlySet<string>; prepositions: ReadonlySet<string> };
    /** Withdrawals ("withdrew peacekeepers from Sinai"): a "from" phrase names the place left. */
    withdrawalRoots: readonly string[];
    withdrawalPrepositions: ReadonlySet<string>;
    /** Restrictions imposed on an area (curfew, siege, blockade): an "in" phrase names the area they bind. */
    areaRoots: readonly string[];
    /** "an airstrike on a village in Sagaing": where a thing aimed at that names no party is. */
    heldPrepositions: ReadonlySet<string>;
    /** Occupation: a thing taken that names no party ("took control of military sites in X") takes the place it is held in. */
    holdingRoots: readonly string[];
    areaPrepositions: ReadonlySet<string>;
    /** Acts of help whose bare group target ("people", "troops") stands for the place it is in. */
    beneficiaryRoots: readonly string[];
    /** A person handed over (extradition) goes to the state of these phrases, not to the person. */
    transfers: { roots: readonly string[]; prepositions: ReadonlySet<string> };
    /** A show of force staged around a state ("drills near Taiwan"): codes, the phrases that name it, and its owner's phrases. */
    display: {
      roots: readonly string[];
      prepositions: ReadonlySet<string>;
      ownerPrepositions: ReadonlySet<string>;
      /** A launch with no target over or near a state ("a missile soaring over Japan"): a show of force to it. */
      launches: { roots: readonly string[]; code: string; prepositions: ReadonlySet<string> };
    };
  };
  /** The CAMEO code for announcing one's own future act: intent (03x) or threat (13x); null if none. */
  intentCode(code: string): string | null;
  /** Code roots an actor's own side does by announcing them (appeal, intent, threat): "will seek aid". */
  announcedRoots: readonly string[];
  /** Cues of a refusal ("refused to", "will not"): negation verbs, and auxiliaries before a negation. */
  refusalCues: { verbs: ReadonlySet<string>; auxiliaries: ReadonlySet<string> };
  /** The CAMEO code for refusing an act (12x: "will not begin talks" → 125); null if none. */
  refusalCode(code: string): string | null;
}

const words = (list: readonly string[]) => new Set(list.map((word) => word.toLowerCase()));
const phrases = (list: readonly string[]) => list.map((phrase) => phrase.toLowerCase().split(" "));

/** Compiles the validated grammar file. */
export function compileGrammar(file: GrammarFile): Grammar {
  const calendarWords = words(file.calendar_words);
  const atomWords: AtomWords = {
    prepositions: words(file.locatives.prepositions),
    placeNouns: words(file.locatives.place_nouns),
    calendarWords,
    legalNouns: words(file.legal_nouns),
    kindAdjectives: words(file.kind_adjectives),
    nameParticles: words(file.name_particles),
    armedSectors: new Set(file.armed_sectors),
    reactionVerbs: words(file.reactions.verbs),
    reactionPreposition: file.reactions.preposition,
  };
  const speechTone = new Map<string, string>();
  for (const [code, list] of Object.entries(file.speech_tone))
    for (const word of list) speechTone.set(word.toLowerCase(), code);
  return {
    composition: {
      modifiers: words(file.mention_modifiers),
      joinOf: words(file.join_of),
      coordinators: words(file.coordinators),
      placeLinks: words(file.place_links),
      opponentSectors: new Set(file.opponent_sectors),
      nameParticles: atomWords.nameParticles,
    },
    coreference: compileCoreference(file.coreference),
    prepositions: words(file.prepositions),
    clauseBreaks: words(file.clause_breaks),
    complementizers: words(file.complementizers),
    passiveAuxiliaries: words(file.passive_auxiliaries),
    agentPreposition: file.agent_preposition,
    status: {
      negation: words(file.status.negation),
      hypothetical: words(file.status.hypothetical),
      future: words(file.status.future),
      claimedAdverbs: words(file.status.claimed_adverbs),
      attributionPhrases: file.status.attribution_phrases,
      attributionHeads: new Set(file.status.attribution_phrases.map((phrase) => phrase[0])),
      infinitiveMarker: file.status.infinitive_marker,
      purposePrepositions: words(file.status.purpose_prepositions),
      infinitiveAsserting: words(file.status.infinitive_asserting),
      needsInfinitive: words(file.status.needs_infinitive),
      demandRoots: file.status.demand_roots,
      demandPrepositions: words(file.status.demand_prepositions),
      accusationVerbs: words(file.status.accusation_verbs),
      accusationMarkers: words(file.status.accusation_markers),
      trailingReportVerbs: words(file.status.trailing_report_verbs),
      reportDocuments: words(file.status.report_documents),
      reasonAsserting: words(file.status.reason_asserting),
      pastAnchors: words(file.status.past_anchors),
      pastAuxiliaries: words(file.status.past_auxiliaries),
      commentaryParticiples: words(file.status.commentary_participles),
      denialVerbs: words(file.status.denial_verbs),
      claimNouns: words(file.status.claim_nouns),
      documentNouns: words(file.status.document_nouns),
      hypotheticalSubjectDeterminers: words(file.status.hypothetical_subject_determiners),
      backgroundAnchors: words(file.status.background_anchors),
      answeredNouns: words(file.status.answered_nouns),
      agreementNouns: words(file.status.agreement_nouns),
      agreementVerbs: words(file.status.agreement_verbs),
    },
    speechTone,
    partitives: words(file.partitives),
    kinNouns: words(file.kin_nouns),
    instrumentVerbs: words(file.instrument_verbs),
    approximators: words(file.approximators),
    obligationModals: words(file.obligation_modals),
    demandCode: file.demand_code,
    speechBlame: {
      code: file.speech_blame.code,
      copulas: words(file.speech_blame.copulas),
      links: words(file.speech_blame.links),
      predicates: words(file.speech_blame.predicates),
      acts: words(file.speech_blame.acts),
    },
    locatives: { prepositions: atomWords.prepositions, placeNouns: atomWords.placeNouns },
    calendarWords,
    atomWords,
    namedActors: {
      joiners: words(file.named_actors.joiners),
      unknownCode: file.named_actors.unknown_code,
      relations: new Set(file.named_actors.relations),
      prepositions: words(file.named_actors.prepositions),
      placeHeads: words(file.named_actors.place_heads),
      documentHeads: words(file.named_actors.document_heads),
      locatives: atomWords,
      calendarWords,
    },
    placeLinks: words(file.place_links),
    manyStates: words(file.many_states),
    leaderParticiples: words(file.leader_participles),
    unnamedNgos: {
      sectors: new Set(file.unnamed_ngos.sectors),
      heads: words(file.unnamed_ngos.heads),
    },
    regionalBodies: {
      members: file.regional_bodies.members.map((m) => m.toLowerCase().split(/\s+/)),
      // Longest first: "Gulf Arab states" is read before "Gulf" alone.
      regions: Object.entries(file.regional_bodies.regions)
        .map(([phrase, code]) => ({ words: phrase.toLowerCase().split(/\s+/), code }))
        .sort((a, b) => b.words.length - a.words.length),
    },
    statelessCodes: new Set(file.stateless_codes),
    statelessPartyCodes: new Set(file.stateless_party_codes),
    unknownPartyCodes: new Set(file.unknown_party_codes),
    dangerWarnings: {
      verbs: words(file.danger_warnings.verbs),
      pronouns: words(file.danger_warnings.pronouns),
      ownActs: words(file.danger_warnings.own_acts),
      code: file.danger_warnings.code,
    },
    coordinators: words(file.coordinators),
    possessivePronouns: words(file.possessive_pronouns),
    nominalTargetPrepositions: words(file.nominal_target_prepositions),
    verbTargetPrepositions: words(file.verb_target_prepositions),
    opposedPrepositions: words(file.opposed_prepositions),
    circumstancePrepositions: words(file.circumstance_prepositions),
    circumstanceNouns: words(file.circumstance_nouns),
    topicGerundPrepositions: words(file.topic_gerund_prepositions),
    outletAddressWords: words(file.outlet_address_words),
    destinationPrepositions: words(file.destination_prepositions),
    ownThingPrepositions: words(file.own_thing_prepositions),
    ownerPrepositions: words(file.owner_prepositions),
    ownerParticiples: {
      verbs: words(file.owner_participles.verbs),
      prepositions: words(file.owner_participles.prepositions),
    },
    lightVerbs: words(file.light_verbs),
    actFamilies: file.act_families,
    impactVerbs: words(file.impact_verbs),
    strikeSenses: {
      nouns: words(file.strike_senses.nouns),
      weaponModifiers: words(file.strike_senses.weapon_modifiers),
      workModifiers: words(file.strike_senses.work_modifiers),
    },
    placePrepositions: words(file.place_prepositions),
    timeNouns: words(file.time_nouns),
    waterHeads: words(file.water_heads),
    reducedPassivePrepositions: words(file.reduced_passive_prepositions),
    relativePronouns: words(file.relative_pronouns),
    verbJoiners: words(file.verb_joiners),
    anchorSectors: new Set(file.anchor_sectors),
    addressedStatements: {
      codes: file.addressed_statements.codes,
      verbs: words(file.addressed_statements.verbs),
      prepositions: words(file.addressed_statements.prepositions),
    },
    anchorQuadClasses: new Set(file.anchor_quad_classes),
    sourceRecodes: new Map(
      Object.entries(file.source_recodes).map(([code, bySector]) => [
        code,
        new Map(Object.entries(bySector)),
      ]),
    ),
    sourceRecodeVerbs: new Set(file.source_recode_verbs),
    armedMovements: {
      verbs: new Set(file.armed_movements.verbs),
      roots: file.armed_movements.roots,
      sectors: new Set(file.armed_movements.sectors),
      unarmedCodes: file.armed_movements.unarmed_codes,
      deploymentsAbroad: {
        codes: file.armed_movements.deployments_abroad.codes,
        words: new Set(file.armed_movements.deployments_abroad.words),
        prepositions: new Set(file.armed_movements.deployments_abroad.prepositions),
        notHeads: new Set(file.armed_movements.deployments_abroad.not_heads),
        arrivalCodes: file.armed_movements.deployments_abroad.arrival_codes,
        arrivalWords: new Set(file.armed_movements.deployments_abroad.arrival_words),
        sectors: new Set(file.armed_movements.deployments_abroad.sectors),
        movers: new Set(file.armed_movements.deployments_abroad.movers),
        nonVisitors: new Set(file.armed_movements.deployments_abroad.non_visitors),
        code: file.armed_movements.deployments_abroad.code,
      },
      leavingBodies: {
        words: new Set(file.armed_movements.leaving_bodies.words),
        prepositions: new Set(file.armed_movements.leaving_bodies.prepositions),
        bodies: file.armed_movements.leaving_bodies.bodies,
        code: file.armed_movements.leaving_bodies.code,
      },
    },
    homeInsurgents: {
      sectors: new Set(file.home_insurgents.sectors),
      stateForces: new Set(file.home_insurgents.state_forces),
    },
    unconventionalViolence: {
      sectors: new Set(file.unconventional_violence.sectors),
      armedGroups: new Set(file.unconventional_violence.armed_groups),
      noncombatants: new Set(file.unconventional_violence.noncombatants),
      codes: new Map(Object.entries(file.unconventional_violence.codes)),
      combatants: new Set(file.unconventional_violence.combatants),
    },
    verbFrames: {
      objected: {
        verbs: words(file.verb_frames.objected.verbs),
        fromRoots: file.verb_frames.objected.from_roots,
        crowdSubjects: words(file.verb_frames.objected.crowd_subjects),
        code: file.verb_frames.objected.code,
      },
      urging: {
        verbs: words(file.verb_frames.urging.verbs),
        keepRoots: file.verb_frames.urging.keep_roots,
        code: file.verb_frames.urging.code,
      },
      calling: { verbs: words(file.verb_frames.calling.verbs) },
      caused: { verbs: words(file.verb_frames.caused.verbs) },
      prompted: { verbs: words(file.verb_frames.prompted.verbs) },
    },
    conversationFrame: {
      frameRoots: file.conversation_frame.frame_roots,
      statementRoots: file.conversation_frame.statement_roots,
    },
    mediationRoots: file.mediation_acts.roots,
    exchanges: {
      roots: file.exchanges.roots,
      phrases: phrases(file.exchanges.phrases),
      persons: words(file.exchanges.persons),
      reach: file.exchanges.reach,
      clauseEnds: words(file.exchanges.clause_ends),
    },
    mediatedRoots: file.mediation_acts.mediated_roots,
    mutualRoots: file.mutual_acts.roots,
    mutualVerbs: new Set(file.mutual_acts.verbs),
    mutualOnsets: { roots: file.mutual_acts.onsets.roots, verbs: new Set(file.mutual_acts.onsets.verbs) },
    mutualReverse: (code) =>
      file.mutual_acts.both_ways.includes(code) ? code : (file.mutual_acts.implied[code] ?? null),
    unpairedCodes: new Set(file.mutual_acts.unpaired),
    hostCode: (code) =>
      Object.entries(file.mutual_acts.implied).find(([, visit]) => visit === code)?.[0] ?? null,
    partnerPrepositions: new Set(file.mutual_acts.partner_prepositions),
    partnerOnlyCodes: new Set(file.mutual_acts.partner_only),
    hostedVisits: {
      nouns: new Set(file.mutual_acts.hosted_visits.nouns),
      kinds: new Set(file.mutual_acts.hosted_visits.kinds),
    },
    concludedCode: (code, verb) =>
      file.mutual_acts.concluded_by.includes(verb) ? (file.mutual_acts.concluded[code] ?? null) : null,
    adjunctActs: {
      roots: file.adjunct_acts.roots,
      prepositions: words(file.adjunct_acts.prepositions),
      factualPrepositions: words(file.adjunct_acts.factual_prepositions),
      settingPrepositions: words(file.adjunct_acts.setting_prepositions),
    },
    givenRoots: file.given_acts.roots,
    givenWeapons: words(file.given_acts.weapons),
    oneSidedRoots: file.one_sided_acts.roots,
    homeCoercionRoots: file.home_coercion.roots,
    selfActs: {
      stateSectors: new Set(file.self_acts.state_sectors),
      consultationRoots: file.self_acts.consultation_roots,
      homeRoots: file.self_acts.home_roots,
      hostileRoots: file.self_acts.hostile_roots,
      aimedPrepositions: words(file.self_acts.aimed_prepositions),
      envoyRecalls: {
        roots: file.self_acts.envoy_recalls.roots,
        promptRoots: file.self_acts.envoy_recalls.prompt_roots,
      },
    },
    naturalCauses: {
      nouns: words(file.natural_causes.nouns),
      verbs: words(file.natural_causes.verbs),
      vehicles: words(file.natural_causes.vehicles),
      armedModifiers: words(file.natural_causes.armed_modifiers),
    },
    homeRestrictions: {
      roots: file.home_restrictions.roots,
      sectors: new Set(file.home_restrictions.sectors),
      areaPrepositions: words(file.home_restrictions.area_prepositions),
      stateNouns: words(file.home_restrictions.state_nouns),
    },
    listedStates: words(file.listed_states),
    exampleMarkers: words(file.example_markers),
    claimedAttacks: { verbs: words(file.claimed_attacks.verbs), nouns: words(file.claimed_attacks.nouns) },
    stateActs: {
      verbs: new Map(Object.entries(file.state_acts.verbs)),
      custodyVerbs: words(file.state_acts.custody_verbs),
      custodyPrepositions: words(file.state_acts.custody_prepositions),
      custodyNouns: words(file.state_acts.custody_nouns),
      fromStateVerbs: words(file.state_acts.from_state_verbs),
      captives: words(file.state_acts.captives),
    },
    protestPlaceRoots: file.protest_places.roots,
    protestTargets: {
      roots: file.protest_targets.roots,
      crowdSectors: new Set(file.protest_targets.crowd_sectors),
      government: file.protest_targets.government,
      actorlessNouns: words(file.protest_targets.actorless_nouns),
      actorlessSubjects: words(file.protest_targets.actorless_subjects),
      crowdWords: words([
        ...file.protest_targets.actorless_nouns,
        ...file.protest_targets.actorless_subjects,
      ]),
      crowdSector: file.protest_targets.crowd_sector,
      settingRoots: file.protest_targets.setting_roots,
      endingVerbs: words(file.protest_targets.ending_verbs),
      riotCrowds: words(file.protest_targets.riot_crowds),
      riotCodes: new Set(file.protest_targets.riot_codes),
      riotCode: file.protest_targets.riot_code,
      yieldRoots: file.protest_targets.yield_roots,
      ownProtestPrepositions: new Set(file.protest_targets.own_protest_prepositions),
    },
    ownerPronouns: {
      pronouns: words(file.owner_pronouns.pronouns),
      prepositions: words(file.owner_pronouns.prepositions),
    },
    reactions: {
      verbs: words(file.reactions.verbs),
      preposition: file.reactions.preposition,
      undergoing: {
        verbs: words(file.reactions.undergoing.verbs),
        preposition: file.reactions.undergoing.preposition,
        agents: words(file.reactions.undergoing.agents),
      },
    },
    rankedFirsts: { ranks: words(file.ranked_firsts.ranks), linking: words(file.ranked_firsts.linking) },
    makerWords: words(file.maker_words.words),
    authorWords: words(file.author_words.words),
    actReactions: {
      roots: file.act_reactions.roots,
      nouns: words(file.act_reactions.nouns),
      determiners: words(file.act_reactions.determiners),
      stateSectors: new Set(file.act_reactions.state_sectors),
      speechNouns: words(file.act_reactions.speech_nouns),
      namingVerbs: words(file.act_reactions.naming_verbs),
      namingCode: file.act_reactions.naming_code,
      praiseCode: file.act_reactions.praise_code,
      praiseWords: words(file.act_reactions.praise_words),
      namingPronouns: words(file.act_reactions.naming_pronouns),
      feelingWords: words(file.act_reactions.feeling_words),
      feelingPrepositions: words(file.act_reactions.feeling_prepositions),
      relativeGapWords: words(file.act_reactions.relative_gap_words),
      verdictVerbs: words(file.act_reactions.verdict_verbs),
      judgementWords: words(file.act_reactions.judgement_words),
      accusationWords: words(file.act_reactions.accusation_words),
      accusationCode: file.act_reactions.accusation_code,
      reach: file.act_reactions.reach,
    },
    responses: {
      roots: file.responses.roots,
      verbs: words(file.responses.verbs),
      nouns: words(file.responses.nouns),
      reach: file.responses.reach,
      threatRoots: file.responses.threat_roots,
      blameRoots: file.responses.blame_roots,
      prompted: { roots: file.responses.prompted.roots, verbs: words(file.responses.prompted.verbs) },
    },
    reciprocal: {
      pronouns: words(file.one_sided_acts.reciprocal.pronouns),
      verbs: words(file.one_sided_acts.reciprocal.verbs),
      agreeing: words(file.one_sided_acts.reciprocal.agreeing_verbs),
    },
    movedStateParticles: words(file.moved_states.particles),
    topicRoots: file.topic_acts.roots,
    topicVerbs: words(file.topic_acts.verbs),
    plannedRoots: file.planned_acts.roots,
    ownSideDenials: { codes: file.own_side_denials.codes, sectors: new Set(file.own_side_denials.sectors) },
    purposeTargets: {
      prepositions: words(file.purpose_targets.prepositions),
      aims: words(file.purpose_targets.aims),
    },
    conditionTargets: { marks: words(file.condition_targets.marks), roots: file.condition_targets.roots },
    engagementAgents: {
      nouns: words(file.engagement_agents.nouns),
      preposition: file.engagement_agents.preposition,
    },
    placeTargets: {
      roots: file.place_targets.roots,
      personRoots: file.place_targets.person_roots,
      recode: new Map(Object.entries(file.place_targets.recode)),
      verbPrepositions: words(file.place_targets.verb_prepositions),
      nounPrepositions: words(file.place_targets.noun_prepositions),
      destinationRoots: file.place_targets.destination_roots,
      arrivals: {
        roots: file.place_targets.arrivals.roots,
        verbs: words(file.place_targets.arrivals.verbs),
        prepositions: words(file.place_targets.arrivals.prepositions),
      },
      destinationPrepositions: words(file.place_targets.destination_prepositions),
      withdrawalRoots: file.place_targets.withdrawal_roots,
      withdrawalPrepositions: words(file.place_targets.withdrawal_prepositions),
      areaRoots: file.place_targets.area_roots,
      areaPrepositions: words(file.place_targets.area_prepositions),
      heldPrepositions: words(file.place_targets.held_prepositions),
      holdingRoots: file.place_targets.holding_roots,
      beneficiaryRoots: file.place_targets.beneficiary_roots,
      transfers: {
        roots: file.place_targets.transfers.roots,
        prepositions: words(file.place_targets.transfers.prepositions),
      },
      display: {
        roots: file.place_targets.display.roots,
        prepositions: words(file.place_targets.display.prepositions),
        ownerPrepositions: words(file.place_targets.display.owner_prepositions),
        launches: {
          roots: file.place_targets.display.launches.roots,
          code: file.place_targets.display.launches.code,
          prepositions: words(file.place_targets.display.launches.prepositions),
        },
      },
    },
    intentCode: (code) => longestPrefixCode(file.intent_codes, code),
    announcedRoots: file.announced_roots,
    refusalCues: { verbs: words(file.refusals.verbs), auxiliaries: words(file.refusals.auxiliaries) },
    refusalCode: (code) => longestPrefixCode(file.refusals.codes, code),
  };
}

/** The value of the longest key that prefixes `code` (keys are 2 to 4 digit code prefixes). */
function longestPrefixCode(table: Readonly<Record<string, string>>, code: string): string | null {
  for (let length = code.length; length >= 2; length--) {
    const value = table[code.slice(0, length)];
    if (value) return value;
  }
  return null;
}

function compileCoreference(file: GrammarFile["coreference"]): CoreferenceWords {
  const pair = phrases(file.pair);
  // "the three countries": every opener, count and country noun of a pair phrase.
  const group = phrases(file.group.openers).flatMap((opener) =>
    Object.entries(file.group.counts).flatMap(([count, size]) =>
      file.pair_country_nouns.map((noun) => ({
        phrase: [...opener, count.toLowerCase(), noun.toLowerCase()],
        size,
      })),
    ),
  );
  const neighbor = phrases(file.neighbor);
  const country = phrases(file.country);
  const counterpart = words(file.counterpart);
  const personPronouns = words(file.person_pronouns);
  const thingPronouns = words(file.thing_pronouns);
  const groupPronouns = words(file.group_pronouns);
  const descriptions = new Map<string, readonly string[]>();
  for (const entry of file.descriptions)
    for (const noun of entry.nouns) descriptions.set(noun.toLowerCase(), entry.codes);
  const descriptionDeterminers = words(file.description_determiners);
  const startWords = new Set([
    ...counterpart,
    ...personPronouns,
    ...thingPronouns,
    ...groupPronouns,
    ...descriptionDeterminers,
    ...[...pair, ...neighbor, ...country, ...group.map((g) => g.phrase)].map((phrase) => phrase[0]),
  ]);
  return {
    counterpart,
    counterpartSector: file.counterpart_sector,
    pair,
    group,
    pairCountryNouns: words(file.pair_country_nouns),
    neighbor,
    country,
    countryRelations: new Set(file.country_relations),
    countryPrepositions: words(file.country_prepositions),
    countryDescriptionNouns: words(file.country_description_nouns),
    countryDescriptionBlockers: words(file.country_description_blockers),
    personPronouns,
    thingPronouns,
    groupPronouns,
    descriptions,
    descriptionDeterminers,
    institutionNouns: words(file.institution_nouns),
    // "he" never stands for "an Oakland woman", nor "she" for "a Jewish settler's father".
    genderClash: [
      { pronouns: words(file.male_pronouns), nouns: words(file.female_nouns) },
      { pronouns: words(file.female_pronouns), nouns: words(file.male_nouns) },
    ],
    reach: {
      description: file.description_reach,
      person: file.person_reach,
      thing: file.thing_reach,
      pair: file.pair_reach,
    },
    startWords,
    cueWords: new Set([
      ...personPronouns,
      ...thingPronouns,
      ...groupPronouns,
      ...descriptions.keys(),
      ...[...pair, ...neighbor, ...country].map((phrase) => phrase[phrase.length - 1]),
    ]),
  };
}
