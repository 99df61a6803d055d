import type { z } from "zod";
import { lazySchema } from "./lazy-schema.js";

type Z = typeof z;
const countryCode = (z: Z) => z.string().regex(/^[A-Z]{3}$/);
const sectorCode = (z: Z) => z.string().regex(/^[A-Z]{3,}$/);
const isoDate = (z: Z) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A country or territory: the names, demonyms and metonyms that stand for it. */
export const countryEntrySchema = lazySchema((z) =>
  z.object({
    code: countryCode(z),
    iso2: z.string().optional(),
    iso3: z.string().optional(),
    name: z.string(),
    names: z.array(z.string()),
    demonyms: z.array(z.string()).default([]),
    capitals: z.array(z.string()).default([]),
    seats: z.array(z.object({ text: z.string(), sector: sectorCode(z).nullable() })).default([]),
    epithets: z.array(z.object({ text: z.string(), sector: sectorCode(z).nullable() })).default([]),
    lat: z.number().nullable().optional(),
    lon: z.number().nullable().optional(),
    region: z.string().optional(),
    ambiguous: z.array(z.string()).default([]),
  }),
);
export type CountryEntry = z.infer<ReturnType<typeof countryEntrySchema>>;

/** A named person and the offices that give them a CAMEO code at a given date. */
export const personEntrySchema = lazySchema((z) =>
  z.object({
    id: z.string(),
    name: z.string(),
    aliases: z.array(z.string()).default([]),
    roles: z.array(
      z.object({
        country: z.string().regex(/^[A-Z]{3}$/),
        sector: z.string().regex(/^[A-Z]{3,}$/),
        title: z.string().optional(),
        from: isoDate(z),
        to: isoDate(z).nullable(),
      }),
    ),
  }),
);
export type PersonEntry = z.infer<ReturnType<typeof personEntrySchema>>;

/** An organisation, armed group or named state body with its full CAMEO code. */
export const organizationEntrySchema = lazySchema((z) =>
  z.object({
    id: z.string(),
    code: z.string().regex(/^[A-Z]{3,}$/),
    names: z.array(z.string()).min(1),
    country: countryCode(z).nullable(),
    sector: sectorCode(z).nullable(),
    kind: z.string(),
    /** Short names that are also common words ("IS", "PA") count only when the text names the group in full too. */
    requires_context: z.boolean().optional(),
    /**
     * A short name that stands alone for the body with no context when no name, possessive or
     * country word comes right before it: "the Security Council", not "Russia's Security Council".
     */
    free_standing: z.boolean().optional(),
    /** The entry whose names give that context. */
    alias_of: z.string().optional(),
    /**
     * Role words next to the name add their codes to the entry's code, as PETRARCH composes actor
     * and agent ("Arnor's foreign minister" → ARN + GOVFRM). Set for the user's TABARI/PETRARCH
     * actors; Dyad's own organisations keep their code ("Hamas gunmen" stays Hamas).
     */
    compose_agents: z.boolean().optional(),
    /** Names of two words or more match in any case, as PETRARCH matches ("Gonzo GMO", "Gonzo Gmo"). */
    names_any_case: z.boolean().optional(),
    /** Other actors the names stand for at once (TABARI's `[ELR/GAL]`): each gets a mention of its own. */
    compound_codes: z.array(z.string().regex(/^[A-Z]{3,}$/)).optional(),
    /** Later codes, from a date on: the Taliban are AFGGOV from 2021-08-15. */
    periods: z
      .array(
        z.object({
          from: isoDate(z),
          to: isoDate(z).nullable().optional(),
          code: z.string(),
          sector: sectorCode(z).nullable().optional(),
        }),
      )
      .optional(),
  }),
);
export type OrganizationEntry = z.infer<ReturnType<typeof organizationEntrySchema>>;

/** A role or sector word ("ministry", "troops") that composes with a country into an actor code. */
export const agentEntrySchema = lazySchema((z) =>
  z.object({
    phrase: z.string().min(1),
    sector: sectorCode(z),
    person: z.boolean().optional(),
    title_only: z.boolean().optional(),
    weak: z.boolean().optional(),
    plural: z.boolean().optional(),
    /** Where the code goes when composed: after the actor's (`IRNGOV`, the default) or before it (`NGOIRN`, TABARI's `NGO~`). */
    placement: z.enum(["after", "before"]).optional(),
  }),
);
export type AgentEntry = z.infer<ReturnType<typeof agentEntrySchema>>;

/** Closed-class word lists the syntax rules use (`data/grammar/<version>/grammar.json`). */
export const grammarSchema = lazySchema((z) =>
  z.object({
    mention_modifiers: z.array(z.string()),
    join_of: z.array(z.string()),
    coreference: z.object({
      counterpart: z.array(z.string()),
      counterpart_sector: z.string(),
      pair: z.array(z.string()),
      pair_country_nouns: z.array(z.string()),
      pair_reach: z.number().int().nonnegative(),
      group: z.object({
        openers: z.array(z.string()),
        counts: z.record(z.string(), z.number().int().min(3)),
      }),
      neighbor: z.array(z.string()),
      country: z.array(z.string()),
      country_relations: z.array(z.string()),
      country_prepositions: z.array(z.string()),
      country_description_nouns: z.array(z.string()),
      country_description_blockers: z.array(z.string()),
      person_pronouns: z.array(z.string()),
      group_pronouns: z.array(z.string()),
      thing_pronouns: z.array(z.string()),
      description_determiners: z.array(z.string()),
      descriptions: z.array(z.object({ nouns: z.array(z.string()), codes: z.array(z.string()) })),
      description_reach: z.number().int().nonnegative(),
      person_reach: z.number().int().nonnegative(),
      thing_reach: z.number().int().nonnegative(),
      institution_nouns: z.array(z.string()),
      male_pronouns: z.array(z.string()),
      female_pronouns: z.array(z.string()),
      male_nouns: z.array(z.string()),
      female_nouns: z.array(z.string()),
    }),
    prepositions: z.array(z.string()),
    clause_breaks: z.array(z.string()),
    complementizers: z.array(z.string()),
    passive_auxiliaries: z.array(z.string()),
    agent_preposition: z.string(),
    status: z.object({
      negation: z.array(z.string()),
      hypothetical: z.array(z.string()),
      future: z.array(z.string()),
      claimed_adverbs: z.array(z.string()),
      attribution_phrases: z.array(z.array(z.string())),
      infinitive_marker: z.string(),
      infinitive_asserting: z.array(z.string()),
      needs_infinitive: z.array(z.string()),
      purpose_prepositions: z.array(z.string()),
      demand_roots: z.array(z.string()),
      demand_prepositions: z.array(z.string()),
      accusation_verbs: z.array(z.string()),
      accusation_markers: z.array(z.string()),
      trailing_report_verbs: z.array(z.string()),
      report_documents: z.array(z.string()),
      reason_asserting: z.array(z.string()),
      past_anchors: z.array(z.string()),
      past_auxiliaries: z.array(z.string()),
      commentary_participles: z.array(z.string()),
      denial_verbs: z.array(z.string()),
      claim_nouns: z.array(z.string()),
      document_nouns: z.array(z.string()),
      hypothetical_subject_determiners: z.array(z.string()),
      background_anchors: z.array(z.string()),
      answered_nouns: z.array(z.string()),
      agreement_nouns: z.array(z.string()),
      agreement_verbs: z.array(z.string()),
    }),
    speech_tone: z.record(z.string(), z.array(z.string())),
    intent_codes: z.record(z.string(), z.string()),
    announced_roots: z.array(z.string()),
    refusals: z.object({
      verbs: z.array(z.string()),
      auxiliaries: z.array(z.string()),
      codes: z.record(z.string(), z.string()),
    }),
    partitives: z.array(z.string()),
    kin_nouns: z.array(z.string()),
    instrument_verbs: z.array(z.string()),
    approximators: z.array(z.string()),
    obligation_modals: z.array(z.string()),
    demand_code: z.string(),
    speech_blame: z.object({
      code: z.string(),
      copulas: z.array(z.string()),
      links: z.array(z.string()),
      predicates: z.array(z.string()),
      acts: z.array(z.string()),
    }),
    locatives: z.object({ prepositions: z.array(z.string()), place_nouns: z.array(z.string()) }),
    calendar_words: z.array(z.string()),
    legal_nouns: z.array(z.string()),
    kind_adjectives: z.array(z.string()).default([]),
    place_links: z.array(z.string()),
    opponent_sectors: z.array(z.string()).default([]),
    many_states: z.array(z.string()),
    leader_participles: z.array(z.string()).default([]),
    unnamed_ngos: z
      .object({ sectors: z.array(z.string()), heads: z.array(z.string()) })
      .default({ sectors: [], heads: [] }),
    regional_bodies: z
      .object({ members: z.array(z.string()), regions: z.record(z.string(), z.string()) })
      .default({ members: [], regions: {} }),
    name_particles: z.array(z.string()),
    coordinators: z.array(z.string()),
    possessive_pronouns: z.array(z.string()),
    nominal_target_prepositions: z.array(z.string()),
    verb_target_prepositions: z.array(z.string()),
    opposed_prepositions: z.array(z.string()),
    circumstance_prepositions: z.array(z.string()),
    circumstance_nouns: z.array(z.string()),
    topic_gerund_prepositions: z.array(z.string()),
    outlet_address_words: z.array(z.string()),
    destination_prepositions: z.array(z.string()),
    own_thing_prepositions: z.array(z.string()),
    owner_prepositions: z.array(z.string()),
    owner_participles: z.object({ verbs: z.array(z.string()), prepositions: z.array(z.string()) }),
    light_verbs: z.array(z.string()),
    act_families: z.array(z.array(z.string())),
    impact_verbs: z.array(z.string()),
    strike_senses: z.object({
      nouns: z.array(z.string()),
      weapon_modifiers: z.array(z.string()),
      work_modifiers: z.array(z.string()),
    }),
    place_prepositions: z.array(z.string()),
    time_nouns: z.array(z.string()),
    water_heads: z.array(z.string()),
    reduced_passive_prepositions: z.array(z.string()),
    relative_pronouns: z.array(z.string()),
    verb_joiners: z.array(z.string()),
    named_actors: z.object({
      joiners: z.array(z.string()),
      unknown_code: z.string().regex(/^[A-Z]{3}$/),
      relations: z.array(z.string()),
      prepositions: z.array(z.string()),
      place_heads: z.array(z.string()),
      document_heads: z.array(z.string()),
    }),
    addressed_statements: z.object({
      codes: z.array(z.string()),
      verbs: z.array(z.string()),
      prepositions: z.array(z.string()),
    }),
    anchor_sectors: z.array(z.string()),
    stateless_codes: z.array(z.string()),
    stateless_party_codes: z.array(z.string()),
    unknown_party_codes: z.array(z.string()),
    armed_sectors: z.array(z.string()),
    danger_warnings: z.object({
      verbs: z.array(z.string()),
      pronouns: z.array(z.string()),
      own_acts: z.array(z.string()),
      code: z.string(),
    }),
    anchor_quad_classes: z.array(z.number().int()),
    source_recodes: z.record(z.string(), z.record(z.string(), z.string())),
    source_recode_verbs: z.array(z.string()),
    armed_movements: z.object({
      verbs: z.array(z.string()),
      roots: z.array(z.string()),
      sectors: z.array(z.string()),
      unarmed_codes: z.array(z.string()),
      deployments_abroad: z.object({
        codes: z.array(z.string()),
        words: z.array(z.string()),
        prepositions: z.array(z.string()),
        not_heads: z.array(z.string()),
        arrival_codes: z.array(z.string()),
        arrival_words: z.array(z.string()),
        sectors: z.array(z.string()),
        movers: z.array(z.string()),
        non_visitors: z.array(z.string()),
        code: z.string(),
      }),
      leaving_bodies: z.object({
        words: z.array(z.string()),
        prepositions: z.array(z.string()),
        bodies: z.array(z.string()),
        code: z.string(),
      }),
    }),
    home_insurgents: z.object({ sectors: z.array(z.string()), state_forces: z.array(z.string()) }),
    unconventional_violence: z.object({
      sectors: z.array(z.string()),
      armed_groups: z.array(z.string()),
      noncombatants: z.array(z.string()),
      codes: z.record(z.string(), z.string()),
      combatants: z.array(z.string()),
    }),
    verb_frames: z.object({
      objected: z.object({
        verbs: z.array(z.string()),
        from_roots: z.array(z.string()),
        crowd_subjects: z.array(z.string()),
        code: z.string(),
      }),
      urging: z.object({ verbs: z.array(z.string()), keep_roots: z.array(z.string()), code: z.string() }),
      calling: z.object({ verbs: z.array(z.string()) }),
      caused: z.object({ verbs: z.array(z.string()) }),
      prompted: z.object({ verbs: z.array(z.string()) }),
    }),
    conversation_frame: z.object({ frame_roots: z.array(z.string()), statement_roots: z.array(z.string()) }),
    exchanges: z.object({
      roots: z.array(z.string()),
      phrases: z.array(z.string()),
      persons: z.array(z.string()),
      reach: z.number().int().positive(),
      clause_ends: z.array(z.string()),
    }),
    mediation_acts: z.object({ roots: z.array(z.string()), mediated_roots: z.array(z.string()) }),
    mutual_acts: z.object({
      roots: z.array(z.string()),
      verbs: z.array(z.string()),
      both_ways: z.array(z.string()),
      implied: z.record(z.string(), z.string()),
      unpaired: z.array(z.string()),
      concluded: z.record(z.string(), z.string()),
      concluded_by: z.array(z.string()),
      hosted_visits: z.object({ nouns: z.array(z.string()), kinds: z.array(z.string()) }),
      partner_prepositions: z.array(z.string()),
      partner_only: z.array(z.string()),
      onsets: z.object({ roots: z.array(z.string()), verbs: z.array(z.string()) }),
    }),
    adjunct_acts: z.object({
      roots: z.array(z.string()),
      prepositions: z.array(z.string()),
      factual_prepositions: z.array(z.string()),
      setting_prepositions: z.array(z.string()),
    }),
    given_acts: z.object({ roots: z.array(z.string()), weapons: z.array(z.string()) }),
    home_coercion: z.object({ roots: z.array(z.string()) }),
    self_acts: z.object({
      state_sectors: z.array(z.string()),
      consultation_roots: z.array(z.string()),
      home_roots: z.array(z.string()),
      hostile_roots: z.array(z.string()),
      aimed_prepositions: z.array(z.string()),
      envoy_recalls: z.object({ roots: z.array(z.string()), prompt_roots: z.array(z.string()) }),
    }),
    natural_causes: z.object({
      nouns: z.array(z.string()),
      verbs: z.array(z.string()),
      vehicles: z.array(z.string()),
      armed_modifiers: z.array(z.string()),
    }),
    home_restrictions: z.object({
      roots: z.array(z.string()),
      sectors: z.array(z.string()),
      area_prepositions: z.array(z.string()),
      state_nouns: z.array(z.string()),
    }),
    listed_states: z.array(z.string()),
    example_markers: z.array(z.string()),
    claimed_attacks: z.object({ verbs: z.array(z.string()), nouns: z.array(z.string()) }),
    state_acts: z.object({
      verbs: z.record(z.string(), z.string()),
      custody_verbs: z.array(z.string()),
      custody_prepositions: z.array(z.string()),
      custody_nouns: z.array(z.string()),
      from_state_verbs: z.array(z.string()),
      captives: z.array(z.string()),
    }),
    protest_places: z.object({ roots: z.array(z.string()) }),
    protest_targets: z.object({
      roots: z.array(z.string()),
      crowd_sectors: z.array(z.string()),
      government: z.string(),
      actorless_nouns: z.array(z.string()),
      actorless_subjects: z.array(z.string()),
      crowd_sector: z.string(),
      setting_roots: z.array(z.string()),
      ending_verbs: z.array(z.string()),
      riot_crowds: z.array(z.string()),
      riot_codes: z.array(z.string()),
      riot_code: z.string(),
      yield_roots: z.array(z.string()),
      own_protest_prepositions: z.array(z.string()),
    }),
    owner_pronouns: z.object({ pronouns: z.array(z.string()), prepositions: z.array(z.string()) }),
    reactions: z.object({
      verbs: z.array(z.string()),
      preposition: z.string(),
      undergoing: z.object({
        verbs: z.array(z.string()),
        preposition: z.string(),
        agents: z.array(z.string()),
      }),
    }),
    ranked_firsts: z.object({ ranks: z.array(z.string()), linking: z.array(z.string()) }),
    maker_words: z.object({ words: z.array(z.string()) }),
    author_words: z.object({ words: z.array(z.string()) }),
    act_reactions: z.object({
      roots: z.array(z.string()),
      nouns: z.array(z.string()),
      determiners: z.array(z.string()),
      state_sectors: z.array(z.string()),
      speech_nouns: z.array(z.string()),
      naming_verbs: z.array(z.string()),
      naming_code: z.string(),
      praise_code: z.string(),
      praise_words: z.array(z.string()),
      naming_pronouns: z.array(z.string()),
      feeling_words: z.array(z.string()),
      feeling_prepositions: z.array(z.string()),
      relative_gap_words: z.array(z.string()),
      verdict_verbs: z.array(z.string()),
      judgement_words: z.array(z.string()),
      accusation_words: z.array(z.string()),
      accusation_code: z.string(),
      reach: z.number().int().min(0),
    }),
    responses: z.object({
      roots: z.array(z.string()),
      verbs: z.array(z.string()),
      nouns: z.array(z.string()),
      reach: z.number().int().min(0),
      threat_roots: z.array(z.string()),
      blame_roots: z.array(z.string()),
      prompted: z.object({ roots: z.array(z.string()), verbs: z.array(z.string()) }),
    }),
    one_sided_acts: z.object({
      roots: z.array(z.string()),
      reciprocal: z.object({
        pronouns: z.array(z.string()),
        verbs: z.array(z.string()),
        agreeing_verbs: z.array(z.string()),
      }),
    }),
    topic_acts: z.object({ roots: z.array(z.string()), verbs: z.array(z.string()) }),
    moved_states: z.object({ particles: z.array(z.string()) }),
    own_side_denials: z.object({ codes: z.array(z.string()), sectors: z.array(z.string()) }),
    planned_acts: z.object({ roots: z.array(z.string()) }),
    purpose_targets: z.object({ prepositions: z.array(z.string()), aims: z.array(z.string()) }),
    condition_targets: z.object({ marks: z.array(z.string()), roots: z.array(z.string()) }),
    engagement_agents: z.object({ nouns: z.array(z.string()), preposition: z.string() }),
    place_targets: z.object({
      roots: z.array(z.string()),
      person_roots: z.array(z.string()),
      recode: z.record(z.string(), z.string()),
      verb_prepositions: z.array(z.string()),
      noun_prepositions: z.array(z.string()),
      destination_roots: z.array(z.string()),
      arrivals: z.object({
        roots: z.array(z.string()),
        verbs: z.array(z.string()),
        prepositions: z.array(z.string()),
      }),
      destination_prepositions: z.array(z.string()),
      withdrawal_roots: z.array(z.string()),
      withdrawal_prepositions: z.array(z.string()),
      area_roots: z.array(z.string()),
      area_prepositions: z.array(z.string()),
      held_prepositions: z.array(z.string()),
      holding_roots: z.array(z.string()),
      beneficiary_roots: z.array(z.string()),
      transfers: z.object({ roots: z.array(z.string()), prepositions: z.array(z.string()) }),
      display: z.object({
        roots: z.array(z.string()),
        prepositions: z.array(z.string()),
        owner_prepositions: z.array(z.string()),
        launches: z.object({
          roots: z.array(z.string()),
          code: z.string(),
          prepositions: z.array(z.string()),
        }),
      }),
    }),
  }),
);
export type GrammarFile = z.infer<ReturnType<typeof grammarSchema>>;

/**
 * A noun phrase a verb pattern names: the head (any alternative; a multi-word alternative such as
 * "cease fire" matches the head and the words before it) and words that must modify it, or only
 * the role of whatever fills the slot (`$` source, `+` target in PETRARCH's notation).
 */
const patternPhrase = (z: Z) =>
  z.strictObject({
    heads: z.array(z.string().min(1)).min(1).optional(),
    modifiers: z.array(z.string().min(1)).min(1).optional(),
    role: z.enum(["source", "target"]).optional(),
  });

const sequenceElement = (z: Z) =>
  z.strictObject({
    /** Alternatives, each a run of words in order ("did n't"). */
    words: z.array(z.string().min(1)).min(1).optional(),
    marker: z.enum(["$", "+", "^", "%"]).optional(),
    /** Adjacent to its neighbour toward the verb (PETRARCH's `_`). */
    joined: z.boolean().optional(),
  });
const patternSequenceSchema = (z: Z) =>
  z.strictObject({ upper: z.array(sequenceElement(z)), lower: z.array(sequenceElement(z)) });

/**
 * One verb pattern meant to be matched on a dependency parse (`data/patterns/<version>/verb-patterns.jsonl`):
 * the verb's lemma and, optionally, its particle (`compound:prt`), the head of its object, and
 * prepositional phrases attached to it, each with the head of its object. Words are lower case
 * and match a token's lemma or its lower-cased form. `code: null` marks a phrase that codes no
 * event (PETRARCH's `[---]`), so it can block a looser pattern.
 * @example {"id":"petrarch2:4711","verbs":["issue"],"object":{"heads":["warrant"],"modifiers":["arrest"]},"code":"173","origin":"petrarch2","line":4711}
 */
export const verbPatternSchema = lazySchema((z) =>
  z.strictObject({
    id: z.string().min(1),
    /** Verb lemmas, any of which the pattern matches (PETRARCH's synonym set of the verb block). */
    verbs: z.array(z.string().min(1)).min(1),
    code: z
      .string()
      .regex(/^(0[1-9]|1\d|20)\d{0,2}$/, "a CAMEO event code (2 to 4 digits, root 01-20)")
      .nullable(),
    /** The code of the event the other way round (PETRARCH `[042:043]`: visiting / hosting a visit). */
    reverse_code: z
      .string()
      .regex(/^(0[1-9]|1\d|20)\d{0,2}$/)
      .optional(),
    particle: z.string().min(1).optional(),
    object: patternPhrase(z).optional(),
    prepositions: z
      .array(z.strictObject({ word: z.string().min(1), object: patternPhrase(z).optional() }))
      .min(1)
      .optional(),
    /** Words that come before the verb in PETRARCH's pattern (an adverb or the subject's head). */
    before: z.array(z.string().min(1)).min(1).optional(),
    /** The act needs a target (an actor or a place): "took over the leadership" occupies nothing. */
    needs_target: z.boolean().optional(),
    /**
     * A user dictionary's pattern as PETRARCH matches it: word runs and markers before and after
     * the verb on the sentence (see `patternSequence`). When present, it decides the match.
     */
    sequence: patternSequenceSchema(z).optional(),
    /** Where the pattern comes from: PETRARCH2's CAMEO.2.0 dictionary, or Dyad's own patterns. */
    origin: z.enum(["petrarch2", "dyad"]),
    /** Line of the entry in its origin file. */
    line: z.number().int().positive(),
  }),
);
export type VerbPatternEntry = z.infer<ReturnType<typeof verbPatternSchema>>;
export type PatternPhrase = NonNullable<VerbPatternEntry["object"]>;
export type PatternSequence = NonNullable<VerbPatternEntry["sequence"]>;
export type SequenceElement = PatternSequence["upper"][number];

/** Word classes for reading verb patterns (`data/patterns/<version>/word-classes.json`). */
export const patternWordClassesSchema = lazySchema((z) =>
  z.object({
    note: z.string().optional(),
    /** Prepositions besides the grammar's `prepositions`. */
    extra_prepositions: z.array(z.string().min(1)),
    /** Particles of phrasal verbs ("call off", "crack down"). */
    particles: z.array(z.string().min(1)),
  }),
);

/** Where the built-in verb patterns were imported from (`data/patterns/<version>/imported-from.json`). */
export const verbPatternSourceSchema = lazySchema((z) =>
  z.object({
    file: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
);
