/**
 * The confusion dictionary of `quote-confusable`: real words that a spell checker accepts but
 * that, in their context, are likely a typo or a misquote for another word ("13 were accessed to
 * be credible" → "assessed"). Each entry is data: the pair, its context patterns (see
 * src/text/confusion.ts for the pattern language) and its own examples, which run as tests
 * (tests/rules/quote-confusable.test.ts): an entry whose example fails breaks the build.
 *
 * Precision comes first. A pattern names the context that makes the wrong word all but certain
 * ("free reign", "[diffuse] the crisis"), never a guess from one neighbour when the word is also
 * fine there. Add a `pass` example for every near miss you thought of.
 */
import type { ConfusionEntry } from "./confusion.js";

/**
 * Word sets shared by all entries, used in patterns as `@name`.
 *
 * @example
 * ```ts
 * WORD_SETS.be.includes("were"); //=> true
 * ```
 */
export const WORD_SETS: Readonly<Record<string, readonly string[]>> = {
  be: ["is", "are", "was", "were", "be", "been", "being", "am", "isn't", "aren't", "wasn't", "weren't"],
  have: ["have", "has", "had", "having", "haven't", "hasn't", "hadn't"],
  det: ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my", "any", "no", "some", "every", "each"],
  poss: ["my", "your", "his", "her", "its", "our", "their"],
  /** Words after which a bare verb stands: "to", modals, do-support. */
  inf: ["to", "will", "would", "can", "could", "may", "might", "shall", "should", "must", "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "mustn't", "do", "does", "did", "don't", "doesn't", "didn't"],
  obj: ["me", "you", "him", "her", "us", "them", "everyone", "everybody"],
  subj: ["i", "you", "he", "she", "we", "they", "who"],
  numword: [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
    "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "dozens", "million", "millions",
  ],
};

/**
 * The built-in confusion pairs.
 *
 * @example
 * ```ts
 * CONFUSABLES.find((e) => e.id === "accessed/assessed")?.suggest.accessed; //=> "assessed"
 * ```
 */
export const CONFUSABLES: readonly ConfusionEntry[] = [
  {
    id: "accessed/assessed",
    note: "To access is to get at something; to assess is to judge it. Releases say reports were 'assessed to be credible'.",
    suggest: { accessed: "assessed", access: "assess", accesses: "assesses", accessing: "assessing" },
    sets: {
      eval: [
        "credible", "likely", "unlikely", "true", "false", "accurate", "inaccurate", "reliable", "unreliable", "valid", "invalid",
        "safe", "unsafe", "fit", "unfit", "eligible", "genuine", "authentic", "legitimate", "correct", "incorrect", "adequate",
        "inadequate", "effective", "ineffective", "responsible", "low", "high", "moderate", "serious", "critical", "stable", "at",
      ],
      risk: ["risk", "risks", "damage", "situation", "impact", "threat", "threats", "extent", "severity", "credibility", "likelihood", "needs", "feasibility", "viability", "implications"],
      risknext: ["room", "rooms", "report", "reports", "data", "assessment", "assessments", "database", "records", "files", "register", "map", "maps", "page", "website", "portal", "team"],
    },
    patterns: [
      "[accessed] to be @eval",
      "[accessed] to have been",
      "@be [accessed] as @eval",
      "it @be [accessed] that",
      "[accessed|accesses|accessing] that there|#",
      "[access|accesses|accessed|accessing] @det @risk !@risknext",
    ],
    examples: {
      fire: [
        "[of these] 13 were {accessed→assessed} to be credible resulting in 61 deaths.",
        "The claims were {accessed→assessed} as credible by investigators.",
        "It was {accessed→assessed} that 27 civilians were killed.",
        "Engineers arrived to {access→assess} the damage after the blast.",
        "Two reports were {accessed→assessed} to have been fabricated.",
      ],
      pass: [
        "Hackers accessed the files to be sold later.",
        "The account was accessed that night.",
        "Investigators assessed 13 reports to be credible.",
        "Reporters could not access the damaged area.",
        "Officials accessed the situation room through a side door.",
        "The records were accessed as part of the inquiry.",
      ],
    },
  },
  {
    id: "affect/effect",
    note: "Affect is usually the verb, effect the noun (to effect is to bring about).",
    suggest: { affect: "effect", affects: "effects", effect: "affect", effects: "affects", effected: "affected", effecting: "affecting" },
    sets: {
      size: [
        "little", "no", "any", "an", "the", "big", "huge", "major", "significant", "positive", "negative", "adverse", "direct",
        "indirect", "lasting", "devastating", "profound", "similar", "opposite", "desired", "knock-on", "chilling", "ripple",
        "immediate", "long-term", "dramatic", "serious", "real", "greater", "overall", "cumulative", "deterrent",
      ],
      hit: ["badly", "severely", "adversely", "directly", "negatively", "disproportionately", "deeply", "worst", "hardest", "seriously", "heavily", "greatly", "most"],
      whom: ["me", "him", "us", "them", "everyone", "everybody", "millions"],
      who: ["those", "people", "residents", "families", "areas", "communities", "anyone", "everyone", "countries", "regions", "households", "businesses"],
    },
    patterns: [
      "@size [affect|affects] on|of",
      "side [affects]",
      "take|takes|took|taken|taking|into [affect]",
      "[effect|effects|effected|effecting] @whom",
      "@hit [effected]",
      "@who [effected] by",
    ],
    examples: {
      fire: [
        "The sanctions had little {affect→effect} on the economy.",
        "Common side {affects→effects} include nausea.",
        "The ban came into {affect→effect} on Monday.",
        "The curfew will take {affect→effect} at midnight.",
        "The cuts will {effect→affect} them directly.",
        "Families {effected→affected} by the floods were moved.",
        "The worst {effected→affected} areas are in the north.",
      ],
      pass: [
        "The sanctions had little effect on the economy.",
        "The floods affected thousands of families.",
        "The new government effected sweeping changes.",
        "Changes effected by the reform took years.",
        "The drug can affect mood.",
      ],
    },
  },
  {
    id: "causalities/casualties",
    note: "Causality is cause and effect; casualties are the dead and wounded.",
    suggest: { causalities: "casualties", causality: "casualty" },
    sets: {
      mod: [
        "civilian", "military", "heavy", "mass", "many", "few", "no", "more", "fewer", "reported", "confirmed", "possible",
        "allied", "coalition", "enemy", "troop", "police", "combat", "battlefield", "light", "serious", "total",
      ],
      one: ["civilian", "military", "mass", "coalition", "enemy", "combat"],
      count: ["figures", "figure", "count", "counts", "toll", "tolls", "list", "lists", "numbers", "rate", "rates", "report", "reports"],
    },
    patterns: ["@mod|#|@numword [causalities]", "[causalities] among", "@one [causality]", "[causality|causalities] @count"],
    examples: {
      fire: [
        "There were heavy {causalities→casualties} on both sides.",
        "The attack caused 12 {causalities→casualties}.",
        "Reports of civilian {causalities→casualties} rose.",
        "The {causality→casualty} figures were revised.",
        "There were {causalities→casualties} among the guards.",
      ],
      pass: [
        "Reports of civilian casualties rose.",
        "Scientists study causality in complex systems.",
        "There is no causality between the two events.",
        "The causalities of history are hard to trace.",
      ],
    },
  },
  {
    id: "principal/principle",
    note: "A principal is a head or the main one; a principle is a rule or belief.",
    suggest: { principle: "principal", principles: "principals", principal: "principle", principals: "principles" },
    sets: {
      role: [
        "investigator", "investigators", "reason", "reasons", "cause", "causes", "source", "sources", "author", "authors",
        "architect", "suspect", "suspects", "adviser", "advisers", "advisor", "advisors", "aim", "shareholder", "shareholders", "dancer", "dancers", "objective", "witness", "beneficiary", "beneficiaries",
        "negotiator", "negotiators",
      ],
      money: ["and", "amount", "payment", "payments", "balance", "sum", "repayment", "repayments"],
      rule: ["guiding", "basic", "fundamental", "core", "moral", "democratic", "founding"],
      ideal: ["democracy", "justice", "fairness", "equality", "international", "humanity", "neutrality", "law"],
    },
    patterns: [
      "school|deputy|assistant|vice [principle|principles]",
      "[principle] @role",
      "in [principal] !@money",
      "@rule [principal|principals]",
      "matter of [principal]",
      "[principals] of @ideal",
    ],
    examples: {
      fire: [
        "The {principle→principal} reason was cost.",
        "The school {principle→principal} resigned.",
        "Both sides agreed in {principal→principle} to a truce.",
        "It is a matter of {principal→principle}.",
        "The guiding {principals→principles} of the plan were unclear.",
      ],
      pass: [
        "The principle of equality applies.",
        "The principal of the school resigned.",
        "Interest on principal is due monthly.",
        "The principal reason was cost.",
        "Payments in principal and interest rose.",
        "Both sides agreed in principle.",
      ],
    },
  },
  {
    id: "compliment/complement",
    note: "A complement completes; a compliment praises. Free drinks are complimentary.",
    suggest: { compliment: "complement", compliments: "complements", complement: "compliment", complements: "compliments", complementary: "complimentary", complimentary: "complementary" },
    sets: {
      free: ["tickets", "ticket", "drinks", "drink", "breakfast", "meals", "meal", "copy", "copies", "upgrade", "wifi", "wi-fi", "parking", "admission", "passes", "pass"],
      fit: ["skills", "approaches", "strategies", "roles", "colours", "colors", "strengths", "expertise"],
    },
    patterns: [
      "full [compliment] of",
      "pay|pays|paid|paying @obj? @det? [complement|complements]",
      "backhanded|left-handed [complement]",
      "[complementary] @free",
      "[complimentary] @fit",
    ],
    examples: {
      fire: [
        "The ship had a full {compliment→complement} of sailors.",
        "He paid her a {complement→compliment} on her speech.",
        "Guests received {complementary→complimentary} drinks.",
        "The two agencies bring {complimentary→complementary} skills.",
        "It was a backhanded {complement→compliment}.",
      ],
      pass: [
        "The sauce is a good complement to the fish.",
        "He paid her a compliment.",
        "Breakfast is complimentary.",
        "A full complement of staff was on duty.",
        "The two plans are complementary.",
      ],
    },
  },
  {
    id: "discrete/discreet",
    note: "Discreet is careful and unobtrusive; discrete is separate and distinct.",
    suggest: { discrete: "discreet", discreet: "discrete" },
    sets: {
      quiet: ["inquiries", "enquiries", "manner", "distance", "conversations", "conversation", "talks", "meetings", "approach", "diplomacy", "word", "silence", "presence", "inquiry", "enquiry"],
      parts: ["units", "components", "variables", "categories", "steps", "entities", "elements", "parts", "events", "values", "stages", "phases", "sets", "chunks", "packets"],
    },
    patterns: ["[discrete] @quiet", "[discreet] @parts", "very|extremely|remain|remained|remains|stay|stayed [discrete]"],
    examples: {
      fire: [
        "Police made {discrete→discreet} inquiries.",
        "Aides kept a {discrete→discreet} distance.",
        "The data fall into {discreet→discrete} categories.",
        "Officials remained {discrete→discreet} about the talks.",
      ],
      pass: [
        "Police made discreet inquiries.",
        "The signal is sampled at discrete intervals.",
        "The process has three discrete steps.",
        "A discreet word with the minister helped.",
      ],
    },
  },
  {
    id: "loose/lose",
    note: "Lose is to fail to keep; loose is not tight, or free.",
    suggest: { loose: "lose", looses: "loses", loosing: "losing", lose: "loose" },
    sets: {
      what: [
        "weight", "money", "control", "track", "face", "hope", "patience", "interest", "jobs", "job", "power", "ground", "votes",
        "sleep", "heart", "touch", "sight", "momentum", "support", "seats", "lives", "life", "everything", "their", "his", "her",
        "our", "my", "its", "your",
      ],
      free: ["break", "breaks", "broke", "broken", "breaking", "cut", "cutting", "let", "letting", "turned"],
    },
    patterns: ["@inf [loose] @what", "[loosing|looses] @what", "on the [lose]", "@free [lose]", "[lose] ends|cannon|lips"],
    examples: {
      fire: [
        "Workers fear they will {loose→lose} their jobs.",
        "The party could {loose→lose} power.",
        "They are {loosing→losing} ground.",
        "The suspect is still on the {lose→loose}.",
        "Fighting broke {lose→loose} overnight.",
        "There are still some {lose→loose} ends.",
      ],
      pass: ["A dog broke loose.", "They may lose the vote.", "The screws were loose.", "Archers loosed their arrows.", "Police let loose the dogs."],
    },
  },
  {
    id: "there/their",
    note: "Their is possessive; there is a place or starts 'there is'.",
    suggest: { there: "their", their: "there" },
    patterns: ["[there] own", "[their] is|are|was|were|isn't|aren't|wasn't|weren't"],
    examples: {
      fire: [
        "Residents returned to {there→their} own homes.",
        "{Their→There} were 37 reports in July.",
        "He said {their→there} is no evidence.",
      ],
      pass: [
        "There were 37 reports.",
        "They returned to their own homes.",
        "Despite their being warned, they went.",
        "Their IS training camps were bombed.",
      ],
    },
  },
  {
    id: "they're/their",
    note: "They're is 'they are'.",
    suggest: { "they're": "their" },
    patterns: ["[they're] own", "of|for|in|on|to|with|from|by|about|into|at [they're]"],
    examples: {
      fire: ["They want to run {they're→their} own affairs.", "Families fled with {they're→their} children."],
      pass: ["They're going home.", "They said they're ready.", "It is up to them whether they're involved."],
    },
  },
  {
    id: "it's/its",
    note: "It's is 'it is' or 'it has'; its is possessive.",
    suggest: { "it's": "its", its: "it's" },
    patterns: ["[it's] own", "[its] a|an|the|been", "[its] not a|an|the|clear|known|going|possible|true|enough|easy|fair|right|surprising|that|just|only|about|yet|over|necessary|worth"],
    examples: {
      fire: ["The coalition defended {it's→its} own record.", "{Its→It's} a matter of time.", "Officials said {its→it's} not clear."],
      pass: ["It's a matter of time.", "It is stationary in its [the world's] middle.", "The coalition defended its record.", "Its own figures differ.", "It listed its A-list guests.", "They exaggerate its not inconsiderable virtues."],
    },
  },
  {
    id: "who's/whose",
    note: "Who's is 'who is' or 'who has'; whose is possessive.",
    suggest: { "who's": "whose", whose: "who's" },
    sets: {
      kin: [
        "own", "name", "names", "family", "families", "home", "homes", "house", "car", "body", "bodies", "son", "sons", "daughter",
        "daughters", "children", "wife", "husband", "mother", "father", "brother", "sister", "job", "death", "deaths", "identity",
        "fault", "responsibility",
      ],
    },
    patterns: ["[who's] @kin", "[whose] been|going|gonna"],
    examples: {
      fire: ["A man {who's→whose} son was killed spoke.", "Nobody knows {whose→who's} going to win."],
      pass: ["A man whose son was killed spoke.", "Who's going to win?", "The woman who's leading the inquiry spoke."],
    },
  },
  {
    id: "your/you're",
    note: "You're is 'you are'.",
    suggest: { your: "you're", "you're": "your" },
    patterns: ["[your] a|an|the|not", "[you're] own"],
    examples: {
      fire: ["{Your→You're} not allowed in.", "Do it {you're→your} own way."],
      pass: ["You're not allowed in.", "Do it your own way.", "Your not-for-profit status is safe."],
    },
  },
  {
    id: "then/than",
    note: "Than compares; then is about time.",
    suggest: { then: "than", than: "then" },
    sets: {
      cmp: [
        "more", "less", "fewer", "greater", "higher", "lower", "larger", "smaller", "better", "worse", "longer", "shorter",
        "bigger", "older", "younger", "faster", "slower", "stronger", "weaker", "wider", "deeper",
      ],
      amount: ["half", "twice", "double", "expected", "ever", "usual", "anticipated", "planned", "forecast"],
    },
    patterns: [
      "@cmp [then] #|@numword|@amount",
      "rather [then]",
      "!each|the|every|any|this|that|no other [then] that|this|those|these|@det|@poss|#|@numword|in|for|to|by|through|from|with",
      "since|until|till [than]",
      "back [than] ,",
    ],
    examples: {
      fire: [
        "The coalition conducted more {then→than} 24,000 strikes.",
        "They chose to negotiate rather {then→than} fight.",
        "Until {than→then}, nothing changed.",
        "Back {than→then}, the toll was lower.",
        "Prices rose faster {then→than} expected.",
      ],
      pass: [
        "More than 24,000 strikes were conducted.",
        "There were fewer troops then, and more later.",
        "Since then, nothing changed.",
        "Other than that, it was quiet.",
        "If you bore each other then, heaven help you.",
        "It was a tribute to times gone by than to present deeds.",
      ],
    },
  },
  {
    id: "lead/led",
    note: "Led is the past tense of lead.",
    suggest: { lead: "led" },
    patterns: ["@be [lead] by|to", "@have [lead] to"],
    examples: {
      fire: ["The inquiry was {lead→led} by a judge.", "The strikes have {lead→led} to protests.", "We were {lead→led} to believe it was safe."],
      pass: ["She will lead the inquiry.", "Leaders should lead by example.", "The pipes contain lead.", "The inquiry was led by a judge."],
    },
  },
  {
    id: "passed/past",
    note: "Passed is the verb; past is the time before now, or beyond.",
    suggest: { passed: "past", past: "passed" },
    sets: {
      span: ["week", "month", "year", "decade", "weekend", "few", "two", "three", "four", "five", "several", "century", "hour", "hours", "days", "weeks", "months", "years", "decades"],
    },
    patterns: ["the|this [passed] @span", "@have [past] the|a|away", "@subj [past] away"],
    examples: {
      fire: [
        "In the {passed→past} week, 61 deaths were confirmed.",
        "The bill has {past→passed} the Senate.",
        "His mother, who {past→passed} away in 2010, was a nurse.",
      ],
      pass: ["In the past week, 61 deaths were confirmed.", "The bill passed the Senate.", "She has past experience in government.", "The convoy drove past the checkpoint."],
    },
  },
  {
    id: "breech/breach",
    note: "A breach is a break or violation; a breech is the back of a gun, or a birth position.",
    suggest: { breech: "breach", breeches: "breaches" },
    patterns: ["[breech|breeches] of", "security|data|serious|clear|material|flagrant|major|grave [breech|breeches]"],
    examples: {
      fire: ["It was a {breech→breach} of the ceasefire.", "A data {breech→breach} exposed records.", "Serious {breeches→breaches} were found."],
      pass: ["The baby was in a breech position.", "It was a breach of the ceasefire.", "It was a breech birth."],
    },
  },
  {
    id: "counsel/council",
    note: "A council is a body; counsel is advice, or a lawyer.",
    suggest: { counsel: "council", council: "counsel" },
    sets: {
      body: ["meeting", "meetings", "member", "members", "chamber", "elections", "election", "estate", "estates", "tax", "leader", "leaders", "house", "houses", "flat", "flats"],
    },
    patterns: ["security|town|parish|borough|municipal|village [counsel]", "[counsel] @body", "legal|queen's|king's [council]"],
    examples: {
      fire: ["The UN security {counsel→council} met on Friday.", "A {counsel→council} meeting was held.", "He sought legal {council→counsel}."],
      pass: ["The Security Council met on Friday.", "He sought legal counsel.", "The town council met.", "Counsel for the defence objected."],
    },
  },
  {
    id: "diffuse/defuse",
    note: "To defuse is to make less dangerous; to diffuse is to spread out.",
    suggest: { diffuse: "defuse", diffused: "defused", diffusing: "defusing", diffuses: "defuses" },
    sets: {
      tension: ["situation", "tension", "tensions", "crisis", "bomb", "bombs", "device", "devices", "row", "standoff", "stand-off", "conflict", "dispute", "anger", "confrontation"],
    },
    patterns: ["[diffuse|diffused|diffusing|diffuses] @det? @tension"],
    examples: {
      fire: ["Diplomats tried to {diffuse→defuse} the crisis.", "Army experts {diffused→defused} the bomb.", "Talks aimed at {diffusing→defusing} tensions failed."],
      pass: ["Light diffuses through the glass.", "Diplomats tried to defuse the crisis.", "The idea diffused through the party."],
    },
  },
  {
    id: "illicit/elicit",
    note: "To elicit is to draw out; illicit is unlawful.",
    suggest: { illicit: "elicit", elicit: "illicit" },
    sets: {
      illegal: ["drugs", "drug", "trade", "trafficking", "activity", "activities", "funds", "substances", "affair", "affairs", "weapons", "arms", "goods", "money", "cash", "relationship", "flows", "financial", "gains", "payments"],
    },
    patterns: ["[illicit] a|an|the|no|any|@poss|response|responses|reaction|reactions|sympathy", "[elicit] @illegal"],
    examples: {
      fire: ["The appeal failed to {illicit→elicit} a response.", "Police seized {elicit→illicit} drugs.", "The remarks were meant to {illicit→elicit} sympathy."],
      pass: ["The appeal failed to elicit a response.", "Police seized illicit drugs.", "Access to illicit drugs has grown.", "They tried to elicit support."],
    },
  },
  {
    id: "flaunt/flout",
    note: "To flout a rule is to break it openly; to flaunt is to show off.",
    suggest: { flaunt: "flout", flaunted: "flouted", flaunting: "flouting", flaunts: "flouts" },
    sets: {
      rules: [
        "rules", "rule", "law", "laws", "regulations", "regulation", "ban", "bans", "order", "orders", "sanctions", "ceasefire",
        "restrictions", "guidelines", "resolution", "resolutions", "convention", "conventions", "lockdown", "curfew", "embargo",
        "treaty", "norms",
      ],
    },
    patterns: ["[flaunt|flaunted|flaunting|flaunts] @det? *? @rules"],
    examples: {
      fire: ["Shops {flaunted→flouted} the lockdown rules.", "The regime continues to {flaunt→flout} international law.", "Companies {flaunting→flouting} sanctions were fined."],
      pass: ["She flaunted her wealth.", "The regime flouted international law.", "Players flaunt their skills."],
    },
  },
  {
    id: "forgone/foregone",
    note: "A foregone conclusion is one decided in advance; forgone is given up.",
    suggest: { forgone: "foregone" },
    patterns: ["[forgone] conclusion|conclusions"],
    examples: {
      fire: ["The result was a {forgone→foregone} conclusion."],
      pass: ["Income forgone during the strike was large.", "It was a foregone conclusion."],
    },
  },
  {
    id: "eminent/imminent",
    note: "Imminent is about to happen; eminent is distinguished (and eminent domain is the state's power to take land).",
    suggest: { eminent: "imminent", imminent: "eminent" },
    sets: {
      soon: ["danger", "threat", "threats", "attack", "attacks", "arrival", "collapse", "release", "invasion", "strike", "strikes", "departure", "death", "risk", "offensive", "assault", "launch", "famine", "eviction"],
      famous: ["domain", "scholar", "scholars", "scientist", "scientists", "historian", "historians", "lawyer", "lawyers", "jurist", "jurists", "professor", "physician", "surgeon", "economist", "economists"],
    },
    patterns: ["[eminent] @soon", "[imminent] @famous"],
    examples: {
      fire: ["Officials warned of an {eminent→imminent} attack.", "The state used {imminent→eminent} domain.", "An {imminent→eminent} historian disagreed."],
      pass: ["An eminent historian disagreed.", "An imminent attack was feared.", "The state used eminent domain."],
    },
  },
  {
    id: "immanent/imminent",
    note: "Immanent is inherent; imminent is about to happen.",
    suggest: { immanent: "imminent" },
    patterns: ["[immanent] attack|attacks|threat|threats|danger|collapse|release|arrival|invasion|strike|departure|offensive|famine"],
    examples: {
      fire: ["Officials warned of an {immanent→imminent} threat."],
      pass: ["God is immanent in the world.", "Officials warned of an imminent threat."],
    },
  },
  {
    id: "precede/proceed",
    note: "To proceed is to go on; to precede is to come before.",
    suggest: { precede: "proceed", preceded: "proceeded", proceeded: "preceded" },
    patterns: ["[precede] with", "[preceded] to", "@be [proceeded] by"],
    examples: {
      fire: ["Officials decided to {precede→proceed} with the vote.", "They {preceded→proceeded} to open fire.", "The strike was {proceeded→preceded} by a warning."],
      pass: ["The strike was preceded by a warning.", "They proceeded to open fire.", "The vote will proceed with amendments.", "A warning preceded the strike.", 'The word can precede "with a deadly weapon".'],
    },
  },
  {
    id: "stationary/stationery",
    note: "Stationary is not moving; stationery is paper and pens.",
    suggest: { stationary: "stationery", stationery: "stationary" },
    sets: {
      shop: ["shop", "shops", "store", "stores", "supplies", "cupboard", "items", "cabinet"],
      still: ["vehicle", "vehicles", "car", "cars", "traffic", "target", "targets", "position", "object", "objects", "bike", "bicycle", "front", "truck", "trucks", "train", "trains"],
    },
    patterns: ["[stationary] @shop", "[stationery] @still", "remained|remain|remains|stayed|stay [stationery]"],
    examples: {
      fire: ["She ran a {stationary→stationery} shop.", "A {stationery→stationary} vehicle was hit.", "The tanks remained {stationery→stationary}."],
      pass: ["A stationary vehicle was hit.", "Office stationery was ordered.", "The gift was stationery."],
    },
  },
  {
    id: "tenant/tenet",
    note: "A tenet is a principle; a tenant rents.",
    suggest: { tenant: "tenet", tenants: "tenets" },
    sets: {
      doctrine: ["democracy", "faith", "liberalism", "capitalism", "conservatism", "socialism", "journalism", "islam", "christianity", "judaism", "buddhism", "hinduism", "law", "policy", "ideology"],
    },
    patterns: ["basic|central|core|fundamental|guiding [tenant|tenants]", "[tenant|tenants] of @det? @doctrine"],
    examples: {
      fire: ["Free speech is a {tenant→tenet} of democracy.", "It is one of the core {tenants→tenets} of the plan.", "The {tenants→tenets} of the faith were debated."],
      pass: ["The tenant of the flat complained.", "A core tenet of democracy.", "The anchor tenant left the mall."],
    },
  },
  {
    id: "vein/vain",
    note: "In vain is without success; in the same vein is in the same manner.",
    suggest: { vein: "vain", vane: "vain", vain: "vein" },
    patterns: ["in [vein|vane]", "in the|a same|similar [vain] !*"],
    examples: {
      fire: ["Rescuers searched in {vein→vain} for survivors.", "In the same {vain→vein}, officials denied it."],
      pass: ["Rescuers searched in vain.", "The needle went into a vein in his arm.", "In the same vein, officials denied it.", "The same vain attempts failed."],
    },
  },
  {
    id: "wreck/wreak",
    note: "One wreaks havoc; a ship is wrecked.",
    suggest: { wreck: "wreak", wrecks: "wreaks", wrecked: "wreaked", wrecking: "wreaking" },
    patterns: ["[wreck|wrecks|wrecked|wrecking] havoc"],
    examples: {
      fire: ["Storms {wrecked→wreaked} havoc on the coast."],
      pass: ["Storms wreaked havoc.", "The ship was wrecked on the rocks."],
    },
  },
  {
    id: "reek/wreak",
    note: "To reek is to smell; havoc is wreaked. A deal reeks of corruption.",
    suggest: { reek: "wreak", reeks: "wreaks", reeked: "wreaked", reeking: "wreaking", wreak: "reek", wreaked: "reeked", wreaking: "reeking", wreaks: "reeks" },
    patterns: ["[reek|reeks|reeked|reeking] havoc", "[wreak|wreaks|wreaked|wreaking] of"],
    examples: {
      fire: ["Floods {reeked→wreaked} havoc.", "The deal {wreaks→reeks} of corruption."],
      pass: ["The room reeked of smoke.", "Floods wreaked havoc."],
    },
  },
  {
    id: "pour/pore",
    note: "One pores over documents (reads them closely).",
    suggest: { pour: "pore", poured: "pored", pouring: "poring", pours: "pores" },
    sets: {
      doc: [
        "documents", "document", "details", "records", "files", "papers", "report", "reports", "data", "evidence", "maps", "footage",
        "emails", "transcripts", "accounts", "books", "notes", "pages", "statistics", "figures", "results", "images",
        "photographs", "photos", "archives", "testimony",
      ],
    },
    patterns: ["[pour|poured|pouring|pours] over|through @det? *? @doc"],
    examples: {
      fire: ["Investigators {poured→pored} over the documents.", "Analysts are {pouring→poring} over the data."],
      pass: ["Investigators pored over the documents.", "Rain poured over the city.", "Supporters poured into the streets."],
    },
  },
  {
    id: "peak/pique",
    note: "Something piques your interest (stirs it).",
    suggest: { peak: "pique", peaked: "piqued", peaks: "piques", peaking: "piquing", peek: "pique", peeked: "piqued", peeks: "piques", peeking: "piquing" },
    patterns: ["[peak|peaked|peaks|peaking|peek|peeked|peeks|peeking] @poss|the interest|curiosity !rate|rates|payment|payments|group|groups"],
    examples: {
      fire: ["The case {peaked→piqued} their interest.", "The leak will {peak→pique} the curiosity of reporters."],
      pass: ["Fighting peaked in July.", "At the peak the interest rate was 15%.", "Interest peaked in May."],
    },
  },
  {
    id: "peak/peek",
    note: "A peek is a quick look; a peak is a top.",
    suggest: { peak: "peek", peaks: "peeks", peek: "peak" },
    patterns: ["sneak [peak|peaks]", "[peek] season|hours|time|times|levels|level|demand"],
    examples: {
      fire: ["A sneak {peak→peek} at the report.", "Traffic is worst at {peek→peak} hours."],
      pass: ["A sneak peek at the report.", "Traffic is worst at peak hours.", "She took a peek."],
    },
  },
  {
    id: "reign/rein",
    note: "Reins steer a horse (free rein, rein in); a monarch reigns.",
    suggest: { reign: "rein", reigned: "reined", reigning: "reining", reins: "reigns", rein: "reign", reigns: "reins", reined: "reigned" },
    sets: { costs: ["spending", "costs", "inflation", "borrowing", "expenses", "debt", "deficits", "prices"] },
    patterns: ["free [reign]", "[reins|rein|reined] supreme", "[reign|reigned|reigning] in @costs", "the [reigns] of power|government"],
    examples: {
      fire: [
        "Commanders were given free {reign→rein}.",
        "Chaos {reins→reigns} supreme.",
        "The government must {reign→rein} in spending.",
        "He seized the {reigns→reins} of power.",
      ],
      pass: ["Chaos reigns supreme.", "His reign in Egypt lasted decades.", "Commanders were given free rein.", "The reigns of three kings were short."],
    },
  },
  {
    id: "pole/poll",
    note: "A poll is a vote or survey; a pole is a post (and pole position).",
    suggest: { pole: "poll", poles: "polls", poll: "pole" },
    patterns: ["opinion|exit|straw [pole|poles]", "the [poles] opened|closed", "[poll] position|vault|dancer|dancing"],
    examples: {
      fire: ["An opinion {pole→poll} showed support falling.", "The {poles→polls} closed at 8pm.", "He started from {poll→pole} position."],
      pass: ["An opinion poll showed support falling.", "Poles voted on Sunday.", "Telegraph poles were knocked down."],
    },
  },
  {
    id: "pray/prey",
    note: "Prey is hunted; to pray is to ask (of a god).",
    suggest: { pray: "prey", prey: "pray", preyed: "prayed", preying: "praying" },
    patterns: ["fall|falls|fell|falling|fallen [pray] to", "birds|bird of [pray]", "easy [pray]", "[preyed|preying] for", "to [prey] for"],
    examples: {
      fire: [
        "Civilians fell {pray→prey} to looters.",
        "Birds of {pray→prey} circle overhead.",
        "Worshippers gathered to {prey→pray} for peace.",
        "Crowds were {preying→praying} for the victims.",
      ],
      pass: ["Civilians fell prey to looters.", "Worshippers gathered to pray for peace.", "They became easy prey for the militants.", "Gangs preyed on migrants."],
    },
  },
  {
    id: "roll/role",
    note: "A role is a part played; a roll is a list or a turn.",
    suggest: { roll: "role", rolls: "roles", role: "roll" },
    sets: {
      part: ["key", "pivotal", "leading", "central", "crucial", "vital", "important", "supporting", "starring", "title", "active", "prominent", "significant", "advisory", "dual", "decisive", "instrumental"],
    },
    patterns: ["@part [roll|rolls]", "play|plays|played|playing a|an|the|no|little|any [roll|rolls] in", "[role] call|calls"],
    examples: {
      fire: ["She played a key {roll→role} in the talks.", "They played a {roll→role} in the attack.", "A {role→roll} call of the dead was read."],
      pass: ["She played a key role.", "He played a drum roll.", "The roll call began.", "The bread roll was stale."],
    },
  },
  {
    id: "sight/site",
    note: "A site is a place; sight is seeing.",
    suggest: { sight: "site", sights: "sites", site: "sight" },
    patterns: [
      "construction|building|crash|burial|launch|landing|archaeological|heritage|web|nuclear|dump|camp|crime|blast [sight|sights]",
      "[sight] visit|visits|inspection|inspections",
      "out|line of [site]",
      "[site] unseen",
    ],
    examples: {
      fire: [
        "Workers fled the construction {sight→site}.",
        "Inspectors made a {sight→site} visit.",
        "The car drove out of {site→sight}.",
        "He bought the house {site→sight} unseen.",
      ],
      pass: ["Inspectors made a site visit.", "The sight of the damage shocked them.", "The car drove out of sight.", "A test site in Nevada was closed.", "He built a new bomb sight."],
    },
  },
  {
    id: "sited/cited",
    note: "To cite is to quote or name as a reason; to site is to place.",
    suggest: { sited: "cited", siting: "citing", sighted: "cited", sighting: "citing" },
    sets: { why: ["reason", "reasons", "cause", "causes", "example", "examples", "factor", "factors", "source", "evidence", "justification", "precedent"] },
    patterns: ["[sited|sighted|siting|sighting] @det? security|safety|health|cost|costs concerns? as @det? @why", "[sited|sighted|siting|sighting] as @det? @why"],
    examples: {
      fire: ["Officials {sited→cited} security concerns as the reason.", "Security was {sighted→cited} as a factor."],
      pass: ["The plant was sited as close as possible to the river.", "Security was cited as a factor.", "A whale was sighted as far north as Maine."],
    },
  },
  {
    id: "altar/alter",
    note: "To alter is to change; an altar is a table in a church.",
    suggest: { alter: "altar", altar: "alter", altared: "altered" },
    patterns: ["[alter] boy|boys|server|servers|rail|call", "@inf [altar] @det", "[altar] ego|egos", "[altared] @det"],
    examples: {
      fire: ["He served as an {alter→altar} boy.", "The plan would {altar→alter} the balance of power.", "His {altar→alter} ego took over."],
      pass: ["They married at the altar.", "The plan would alter the balance.", "She walked to the altar."],
    },
  },
  {
    id: "bare/bear",
    note: "To bear is to carry or endure; bare is uncovered.",
    suggest: { bare: "bear", bares: "bears", bear: "bare" },
    patterns: [
      "[bare|bares] @det? brunt",
      "[bare|bares] witness",
      "[bare] in mind",
      "right to [bare] arms",
      "[bear] minimum|bones|essentials|necessities|hands|feet|handed|chested",
    ],
    examples: {
      fire: [
        "Civilians {bare→bear} the brunt of the fighting.",
        "{Bare→Bear} in mind the risks.",
        "Rescuers dug with their {bear→bare} hands.",
        "Aid covers the {bear→bare} minimum.",
      ],
      pass: ["Civilians bear the brunt.", "Rescuers dug with their bare hands.", "A bear was spotted.", "The trees were bare."],
    },
  },
  {
    id: "break/brake",
    note: "A brake slows a vehicle; to break is to smash or interrupt.",
    suggest: { break: "brake", breaks: "brakes", brake: "break", brakes: "breaks" },
    patterns: [
      "[break|breaks] pedal|pedals|fluid|lights|pads|disc|discs",
      "slammed|slam|slams|slamming on the [breaks]",
      "put|puts|putting the [breaks] on",
      "[brake|brakes] the law|news|record|silence|deadlock|siege|ceasefire|rules|story|impasse|stalemate",
    ],
    examples: {
      fire: ["The driver slammed on the {breaks→brakes}.", "Faulty {break→brake} lights caused the crash.", "Rebels tried to {brake→break} the siege."],
      pass: ["The driver slammed on the brakes.", "Rebels tried to break the siege.", "He had to brake the truck hard.", "Summer breaks are long."],
    },
  },
  {
    id: "capitol/capital",
    note: "A capital is a seat of government (or money); a capitol is a legislature's building.",
    suggest: { capitol: "capital", capitols: "capitals" },
    sets: {
      money: ["city", "cities", "gains", "punishment", "expenditure", "investment", "letters", "letter", "markets", "market", "flight", "spending", "offence", "crime", "crimes", "controls", "injection", "reserves", "ratio", "requirements"],
    },
    patterns: ["[capitol] @money", "the|a|its|their [capitol] of"],
    examples: {
      fire: ["Damascus, the {capitol→capital} of Syria, was quiet.", "He faced {capitol→capital} punishment."],
      pass: ["Damascus, the capital of Syria, was quiet.", "Protesters entered the Capitol.", "The state capitol of Texas was closed."],
    },
  },
  {
    id: "cord/chord",
    note: "A remark strikes a chord; the spinal cord and vocal cords are cords.",
    suggest: { cord: "chord", chords: "cords", chord: "cord" },
    patterns: ["struck|strike|strikes|striking|touched|touch|touches|hit|hits @det raw|deep|familiar|sensitive|responsive|emotional? [cord]", "vocal|spinal|umbilical [chord|chords]"],
    examples: {
      fire: ["The speech struck a {cord→chord} with voters.", "He suffered a spinal {chord→cord} injury.", "The remark struck a raw {cord→chord}."],
      pass: ["The speech struck a chord.", "The worker struck a power cord.", "He suffered a spinal cord injury.", "The song ends on a minor chord."],
    },
  },
  {
    id: "dessert/desert",
    note: "A desert is dry land (and one gets one's just deserts); a dessert is a sweet course.",
    suggest: { dessert: "desert", desserts: "deserts", desert: "dessert", deserts: "desserts" },
    patterns: [
      "syrian|iraqi|sahara|sinai|negev|gobi|mojave|kalahari|arabian|libyan|atacama|namib|sonoran|remote|vast|scorching [dessert]",
      "just [desserts]",
      "[desert|deserts] menu|spoon|spoons|wine|wines|course|trolley|plate|fork",
    ],
    examples: {
      fire: ["Fighters retreated into the Syrian {dessert→desert}.", "The officials got their just {desserts→deserts}.", "The {desert→dessert} menu was short."],
      pass: ["Fighters retreated into the Syrian desert.", "Apple pie is a southern dessert.", "They got their just deserts."],
    },
  },
  {
    id: "hoard/horde",
    note: "A horde is a crowd; a hoard is a hidden store.",
    suggest: { hoard: "horde", hoards: "hordes", horde: "hoard", hordes: "hoards" },
    sets: {
      people: [
        "people", "fans", "protesters", "tourists", "migrants", "refugees", "journalists", "fighters", "militants", "reporters",
        "shoppers", "visitors", "supporters", "soldiers", "troops", "invaders", "locusts", "photographers", "children",
        "students", "pilgrims", "rioters", "looters",
      ],
      stash: ["gold", "cash", "coins", "treasure", "weapons", "documents", "food", "supplies", "money", "jewels", "silver", "artefacts", "artifacts"],
    },
    patterns: ["[hoard|hoards] of @people", "[horde|hordes] of @stash"],
    examples: {
      fire: ["{Hoards→Hordes} of tourists arrived.", "A {hoard→horde} of reporters waited.", "Police found a {horde→hoard} of weapons."],
      pass: ["Hordes of tourists arrived.", "A hoard of gold coins was found.", "They hoard food."],
    },
  },
  {
    id: "marshal/martial",
    note: "Martial law and courts martial are military; a marshal is an officer.",
    suggest: {
      marshal: "martial", marshall: "martial", marshalled: "martialled", marshaled: "martialed",
      "court-marshal": "court-martial", "court-marshall": "court-martial", "court-marshalled": "court-martialled", "court-marshaled": "court-martialed",
    },
    patterns: ["[marshal|marshall] law", "[court-marshal|court-marshall|court-marshalled|court-marshaled]", "a|be|was|were|been|being|face|faces|faced|facing|by court [marshal|marshall|marshalled|marshaled]"],
    examples: {
      fire: ["The army declared {marshal→martial} law.", "He was {court-marshalled→court-martialled} for desertion.", "He faces a court {marshal→martial}."],
      pass: ["The army declared martial law.", "The field marshal resigned.", "The Supreme Court marshal opened the session.", "Police marshal the crowds."],
    },
  },
  {
    id: "mute/moot",
    note: "A moot point is open to debate, or no longer matters.",
    suggest: { mute: "moot" },
    patterns: ["[mute] point"],
    examples: {
      fire: ["Whether he knew is now a {mute→moot} point."],
      pass: ["Whether he knew is a moot point.", "He pressed the mute button.", "A mute swan swam past."],
    },
  },
  {
    id: "ordinance/ordnance",
    note: "Ordnance is munitions; an ordinance is a decree.",
    suggest: { ordinance: "ordnance", ordinances: "ordnance" },
    patterns: ["unexploded|explosive|live [ordinance|ordinances]", "[ordinance] disposal|team|teams|squad|experts|expert|clearance"],
    examples: {
      fire: ["Unexploded {ordinance→ordnance} littered the area.", "An explosive {ordinance→ordnance} disposal team arrived."],
      pass: ["The city passed an ordinance.", "Unexploded ordnance littered the area.", "A municipal ordinance banned it."],
    },
  },
  {
    id: "prostate/prostrate",
    note: "Prostrate is lying face down; the prostate is a gland.",
    suggest: { prostate: "prostrate", prostrate: "prostate" },
    patterns: ["lay|lie|lies|lying|fell|falls|fall|knelt|kneel [prostate]", "[prostate] before", "[prostrate] cancer|gland|exam|examination|surgery|screening|tumour|tumor|biopsy|enlargement"],
    examples: {
      fire: ["He died of {prostrate→prostate} cancer.", "Worshippers lay {prostate→prostrate} before the altar."],
      pass: ["He died of prostate cancer.", "Worshippers lay prostrate."],
    },
  },
  {
    id: "prescribed/proscribed",
    note: "A proscribed group is banned; a prescribed drug is ordered by a doctor.",
    suggest: { prescribed: "proscribed", prescribe: "proscribe", prescribes: "proscribes", prescribing: "proscribing" },
    patterns: ["[prescribed] terrorist|terror|extremist|militant", "@be [prescribed] as @det? terrorist|terror|extremist"],
    examples: {
      fire: ["Membership of a {prescribed→proscribed} terrorist group is a crime.", "The movement was {prescribed→proscribed} as a terrorist organisation."],
      pass: ["The drug was prescribed by a doctor.", "Membership of a proscribed terrorist group is a crime.", "He was prescribed as a last resort."],
    },
  },
  {
    id: "averse/adverse",
    note: "Adverse is harmful; averse is unwilling (risk-averse).",
    suggest: { averse: "adverse", adverse: "averse", "risk-adverse": "risk-averse" },
    patterns: ["[averse] effects|effect|weather|conditions|reaction|reactions|impact|consequences|events|publicity|outcome|outcomes", "risk [adverse]", "[risk-adverse]"],
    examples: {
      fire: ["The drug had {averse→adverse} effects.", "Investors are risk {adverse→averse}.", "Banks became {risk-adverse→risk-averse}."],
      pass: ["Adverse weather delayed flights.", "Investors are risk averse.", "He is averse to risk."],
    },
  },
  {
    id: "appraised/apprised",
    note: "To apprise is to inform; to appraise is to value.",
    suggest: { appraised: "apprised", appraise: "apprise", appraising: "apprising", appraises: "apprises" },
    patterns: ["[appraised|appraise|appraising|appraises] of", "kept|keep|keeping|keeps @obj? [appraised]"],
    examples: {
      fire: ["Officials were {appraised→apprised} of the threat.", "He kept us {appraised→apprised}."],
      pass: ["The house was appraised at $1m.", "Officials were apprised of the threat."],
    },
  },
  {
    id: "alluded/eluded",
    note: "To elude is to escape; to allude is to hint at (always 'allude to').",
    suggest: { alluded: "eluded", allude: "elude", alludes: "eludes", alluding: "eluding" },
    patterns: ["[alluded|allude|alludes|alluding] capture|police|authorities|detection|arrest|investigators|pursuers"],
    examples: {
      fire: ["The gunman {alluded→eluded} capture for weeks."],
      pass: ["He alluded to the report.", "The gunman eluded capture."],
    },
  },
  {
    id: "canvas/canvass",
    note: "To canvass is to seek votes or opinions; canvas is cloth.",
    suggest: { canvas: "canvass", canvased: "canvassed", canvasing: "canvassing", canvases: "canvasses" },
    patterns: ["[canvas|canvased|canvasing|canvases] voters|opinion|opinions|support|residents|neighbours|neighbors|households"],
    examples: {
      fire: ["Volunteers {canvased→canvassed} voters door to door."],
      pass: ["They slept in a canvas tent.", "Volunteers canvassed voters.", "The painting is oil on canvas."],
    },
  },
  {
    id: "hanger/hangar",
    note: "Aircraft are kept in hangars; coats hang on hangers.",
    suggest: { hanger: "hangar", hangers: "hangars" },
    patterns: ["aircraft|plane|airplane|aeroplane|helicopter|maintenance|airport|airbase|jet [hanger|hangers]"],
    examples: {
      fire: ["The jets were parked in an aircraft {hanger→hangar}."],
      pass: ["He used a coat hanger.", "The jets were parked in an aircraft hangar."],
    },
  },
  {
    id: "heroine/heroin",
    note: "Heroin is a drug; a heroine is a woman admired.",
    suggest: { heroine: "heroin", heroin: "heroine" },
    patterns: [
      "[heroine] addiction|addict|addicts|overdose|overdoses|users|user|dealer|dealers|seizure|seizures|trafficking|epidemic|smuggling|trade|abuse|habit|haul|production|use",
      "national|unlikely [heroin]",
    ],
    examples: {
      fire: ["Police seized a {heroine→heroin} haul worth millions.", "She became a national {heroin→heroine}."],
      pass: ["Heroin addiction is rising.", "She is the heroine of the novel.", "The local heroin supply dried up."],
    },
  },
  {
    id: "incidences/incidents",
    note: "Incidents are events; incidence is a rate of occurrence.",
    suggest: { incidences: "incidents" },
    patterns: ["@numword|several|multiple|separate|both|these|those|other|similar|violent|such|# [incidences]"],
    examples: {
      fire: ["Police reported two {incidences→incidents} overnight.", "There were 14 {incidences→incidents} of looting."],
      pass: ["Police reported two incidents.", "The incidence of cancer rose."],
    },
  },
  {
    id: "lightening/lightning",
    note: "Lightning strikes; lightening makes lighter.",
    suggest: { lightening: "lightning" },
    patterns: ["[lightening] strike|strikes|bolt|bolts|storm|storms|rod|rods|fast|speed|attack|war|offensive|raid", "struck|killed|hit by [lightening]"],
    examples: {
      fire: ["Two men were struck by {lightening→lightning}.", "A {lightening→lightning} strike started the fire."],
      pass: ["Skin lightening creams were banned.", "Two men were struck by lightning.", "It was a lightning offensive."],
    },
  },
  {
    id: "phased/fazed",
    note: "To faze is to disturb; to phase is to do in stages.",
    suggest: { phased: "fazed", unphased: "unfazed" },
    patterns: ["[unphased]", "not|never|hardly|barely|wasn't|weren't|isn't|aren't|seem|seemed|seems [phased] by|,|.|$"],
    examples: {
      fire: ["The minister seemed {unphased→unfazed}.", "He was not {phased→fazed} by the criticism."],
      pass: ["The plan was phased in.", "The tax was not phased out.", "He was not fazed."],
    },
  },
  {
    id: "tow/toe",
    note: "To toe the line is to conform; in tow is following along.",
    suggest: { tow: "toe", toe: "tow" },
    patterns: ["[tow] the *? line", "in [toe]"],
    examples: {
      fire: ["Members were told to {tow→toe} the party line.", "She arrived with reporters in {toe→tow}."],
      pass: ["A truck came to tow the car.", "Members were told to toe the line.", "She arrived with reporters in tow."],
    },
  },
  {
    id: "wave/waive",
    note: "To waive is to give up a right or fee; to wave is to move a hand or flag.",
    suggest: { wave: "waive", waved: "waived", waving: "waiving", waves: "waives", waive: "wave", waived: "waved", waiving: "waving", waives: "waves" },
    sets: {
      fees: [
        "fee", "fees", "rights", "requirement", "requirements", "immunity", "visa", "visas", "charges", "penalty",
        "penalties", "debt", "debts", "rule", "rules", "tariffs", "tariff", "fines", "privilege", "extradition", "restrictions",
      ],
      hands: ["goodbye", "flags", "flag", "banners", "banner", "placards", "hands", "hand", "signs", "weapons", "guns"],
    },
    patterns: ["[wave|waved|waving|waves] @det? @fees !book|books|of", "[waive|waived|waiving|waives] @poss? @hands"],
    examples: {
      fire: ["The court {waved→waived} the fees.", "Crowds {waived→waved} flags.", "Officials agreed to {wave→waive} visa requirements."],
      pass: ["Crowds waved flags.", "The court waived the fees.", "Waves of sanctions hit.", "He waved the rule book at reporters.", "He waved right at me."],
    },
  },
  {
    id: "weather/whether",
    note: "Whether introduces a choice; weather is rain and sun.",
    suggest: { weather: "whether", whether: "weather" },
    patterns: [
      "[weather] or not",
      "the [whether] forecast|forecasts|conditions|report|service|was|is|has|in|on|.|,|$",
      "bad|good|severe|extreme|cold|hot|wet|dry|stormy|freezing|inclement [whether] conditions|forecast|delayed|forced|caused|hampered|.|,|$",
    ],
    examples: {
      fire: ["It is unclear {weather→whether} or not he knew.", "Flights were delayed by bad {whether→weather}."],
      pass: ["It is unclear whether or not he knew.", "Bad weather delayed flights.", "It depends on whether conditions improve.", "It would be every whit as bad whether a passer-by saw it."],
    },
  },
  {
    id: "yoke/yolk",
    note: "A yolk is inside an egg; a yoke binds (the yoke of oppression).",
    suggest: { yoke: "yolk", yokes: "yolks", yolk: "yoke" },
    patterns: ["egg|eggs [yoke|yokes]", "[yolk] of oppression|tyranny|colonialism|colonial|occupation|slavery|communism|foreign|empire"],
    examples: {
      fire: ["Separate the egg {yoke→yolk}.", "They threw off the {yolk→yoke} of oppression."],
      pass: ["The yolk of an egg is rich.", "They threw off the yoke of oppression."],
    },
  },
  {
    id: "loathe/loath",
    note: "Loath (reluctant) to do; to loathe is to hate.",
    suggest: { loathe: "loath" },
    patterns: ["@be|seemed|seem|seems|appear|appeared|appears|remain|remained|remains [loathe] to"],
    examples: {
      fire: ["Officials were {loathe→loath} to comment."],
      pass: ["Officials were loath to comment.", "They loathe the new rules."],
    },
  },
  {
    id: "aid/aide",
    note: "An aide is an assistant; aid is help.",
    suggest: { aid: "aide", aids: "aides" },
    patterns: ["senior|presidential|congressional|ministerial|top|close|former [aid|aids] said|says|told|who"],
    examples: {
      fire: ["A senior {aid→aide} said the talks failed.", "Two presidential {aids→aides} told reporters."],
      pass: ["Senior aid officials said the talks failed.", "Foreign aid was cut.", "A senior aide said the talks failed."],
    },
  },
  {
    id: "baited/bated",
    note: "With bated (held) breath.",
    suggest: { baited: "bated" },
    patterns: ["[baited] breath"],
    examples: { fire: ["Residents waited with {baited→bated} breath."], pass: ["Residents waited with bated breath.", "He used a baited hook."] },
  },
  {
    id: "duel/dual",
    note: "Dual is twofold; a duel is a fight.",
    suggest: { duel: "dual" },
    patterns: ["[duel] citizenship|nationality|national|nationals|role|roles|purpose|carriageway|passport|passports|use|mandate|track|citizen|citizens"],
    examples: { fire: ["He holds {duel→dual} citizenship."], pass: ["He holds dual citizenship.", "They fought a duel at dawn."] },
  },
  {
    id: "fare/fair",
    note: "A fare is a price of travel; fair is just.",
    suggest: { fare: "fair", fair: "fare", fairs: "fares" },
    patterns: ["[fare] trial|share|game|deal|play|election|elections|hearing", "[fare] and square", "free and [fare]", "bus|train|taxi|air|rail|metro|tube|subway [fair|fairs]", "[fair|fairs] hike|hikes|evasion|dodger|dodgers|dodging"],
    examples: {
      fire: ["Observers called for free and {fare→fair} elections.", "He did not get a {fare→fair} trial.", "Rail {fairs→fares} will rise.", "A bus {fair→fare} hike was announced."],
      pass: ["Free and fair elections were held.", "Rail fares will rise.", "It was a fair increase in wages.", "The science fair opened."],
    },
  },
  {
    id: "minor/miner",
    note: "A miner digs; a minor is a child, and minor is small.",
    suggest: { minor: "miner", minors: "miners", miner: "minor" },
    patterns: ["coal|gold|copper|tin|diamond|lithium [minor|minors]", "[miner] injuries|injury|offence|offences|offense|offenses|role|details|detail|changes|adjustments|incident|incidents|damage"],
    examples: {
      fire: ["Rescuers reached the coal {minors→miners}.", "He suffered {miner→minor} injuries."],
      pass: ["Rescuers reached the coal miners.", "He suffered minor injuries.", "Trapped minors were freed."],
    },
  },
  {
    id: "navel/naval",
    note: "Naval is of a navy; a navel is a belly button.",
    suggest: { navel: "naval" },
    patterns: ["[navel] base|bases|forces|force|officer|officers|fleet|fleets|vessel|vessels|ship|ships|blockade|academy|exercises|exercise|warfare|commander|commanders|power|station|drills|patrol|patrols|battle|operations|facility"],
    examples: { fire: ["Russia keeps a {navel→naval} base in Syria."], pass: ["Russia keeps a naval base in Syria.", "Navel piercing is popular."] },
  },
  {
    id: "piece/peace",
    note: "Peace is the absence of war; a piece is a part.",
    suggest: { piece: "peace", peace: "piece" },
    patterns: [
      "[piece] talks|process|agreement|accord|accords|treaty|negotiations|plan|envoy|envoys|keepers|keeping|prize|conference|settlement|initiative|deal|corps|mission|negotiator|negotiators",
      "[piece] of mind",
      "a [peace] of paper|cake|land|wood|metal|cloth|evidence|advice|information|legislation|music|art|writing|equipment|furniture|jewellery|jewelry|glass|shrapnel|bread|pie|string|news|work",
    ],
    examples: {
      fire: ["The {piece→peace} talks collapsed.", "It gave them {piece→peace} of mind.", "He tore off a {peace→piece} of paper."],
      pass: ["The peace talks collapsed.", "He tore off a piece of paper.", "It gave them peace of mind.", "He spent the night in a peace of exalted fanaticism."],
    },
  },
  {
    id: "personal/personnel",
    note: "Personnel are staff; personal is private.",
    suggest: { personal: "personnel", personnel: "personal" },
    sets: {
      staff: ["military", "medical", "security", "army", "navy", "police", "emergency", "civilian", "coalition", "embassy", "diplomatic", "defence", "defense", "enlisted", "uniformed"],
      own: [
        "information", "data", "details", "protective", "equipment", "belongings", "effects", "items", "use", "safety", "security",
        "alarm", "alarms", "account", "accounts", "life", "reasons", "loan", "loans", "attack", "attacks", "assistant", "best",
        "computer", "finance", "finances", "property", "responsibility", "stake", "interest", "interests", "capacity", "opinion",
        "space", "hygiene", "matters", "affairs", "grounds", "injury", "injuries", "guard", "guards", "bodyguard", "bodyguards",
        "physician", "doctor", "aide", "aides", "secretary", "envoy", "representative", "adviser", "advisor", "friend", "friends",
        "relationship", "relationships", "history", "record", "records", "files", "preference", "preferences", "choice",
        "freedom", "freedoms", "liberty", "gain", "and", "or",
      ],
    },
    patterns: ["@staff [personal] !@own", "[personnel] life|opinion|opinions|view|views|belief|beliefs|experience|attack|attacks|best|protective|belongings|capacity|assistant"],
    examples: {
      fire: ["Military {personal→personnel} were evacuated.", "It was a {personnel→personal} attack on the minister.", "Security {personal→personnel} guarded the site."],
      pass: ["Military personnel were evacuated.", "Wear personal protective equipment.", "She carried an emergency personal alarm.", "His personnel file was leaked."],
    },
  },
  {
    id: "premier/premiere",
    note: "A premiere is a first showing; a premier is a head of government (and premier is first in rank).",
    suggest: { premier: "premiere", premiere: "premier" },
    patterns: ["film|movie|season|series|gala [premier]", "world [premier] of", "[premiere] league|division"],
    examples: {
      fire: ["The film {premier→premiere} was cancelled.", "He plays in the {premiere→premier} league."],
      pass: ["The film premiere was cancelled.", "The Chinese premier visited.", "He plays in the Premier League."],
    },
  },
  {
    id: "rational/rationale",
    note: "A rationale is the reasons behind something; rational is reasonable.",
    suggest: { rational: "rationale" },
    patterns: ["@det [rational] for|behind"],
    examples: {
      fire: ["The {rational→rationale} behind the strikes was unclear."],
      pass: ["The rationale behind the strikes was unclear.", "It was a rational decision.", "Being rational for once helped."],
    },
  },
  {
    id: "troop/troupe",
    note: "A troupe performs; troops are soldiers.",
    suggest: { troop: "troupe", troops: "troupes", troupe: "troop", troupes: "troops" },
    patterns: [
      "dance|theatre|theater|comedy|circus|acting|ballet|opera|touring [troop|troops]",
      "[troupes] deployed|withdrew|stationed|crossed|advanced|entered|pulled",
      "[troupe] withdrawal|deployment|deployments|levels|movements|surge|presence|carrier|carriers",
    ],
    examples: {
      fire: ["A dance {troop→troupe} performed.", "Russian {troupes→troops} crossed the border.", "A {troupe→troop} withdrawal was announced."],
      pass: ["Russian troops crossed the border.", "A dance troupe performed.", "Theatre troupes were invited."],
    },
  },
  {
    id: "boarder/border",
    note: "A border is a frontier; a boarder lodges (or boards).",
    suggest: { boarder: "border", boarders: "borders" },
    patterns: [
      "[boarder] crossing|crossings|guard|guards|police|security|control|controls|wall|town|towns|region|area|areas|dispute|disputes|clashes|patrol|patrols|fence|agency|force|forces|post|posts|checkpoint|checkpoints|official|officials|point|province|city|village|villages",
      "across|along|near|over the [boarder]",
    ],
    examples: {
      fire: ["They fled across the {boarder→border}.", "Two {boarder→border} guards were killed."],
      pass: ["The school takes boarders.", "Two border guards were killed.", "The boarder's room was searched."],
    },
  },
  {
    id: "cease/seize",
    note: "To seize is to take; to cease is to stop (a ceasefire).",
    suggest: { cease: "seize", ceased: "seized", ceases: "seizes", ceasing: "seizing", seize: "cease", "seize-fire": "ceasefire" },
    patterns: [
      "[cease|ceased|ceasing|ceases] control|territory|weapons|assets|drugs|documents !production|manufacturing|exports|imports|sales|trading|testing|programme|program|development|deliveries|shipments|supplies|transfers",
      "[cease|ceased|ceasing|ceases] the initiative|opportunity|city|town|capital|airport",
      "[seize] fire",
      "[seize-fire]",
    ],
    examples: {
      fire: ["Rebels {ceased→seized} control of the town.", "Both sides agreed to {seize→cease} fire.", "Police {ceased→seized} weapons."],
      pass: ["Rebels seized control of the town.", "Firing ceased at dawn.", "The company ceased trading."],
    },
  },
  {
    id: "cash/cache",
    note: "A cache is a hidden store (of weapons); cash is money.",
    suggest: { cash: "cache", cashes: "caches" },
    patterns: ["weapons|weapon|arms|ammunition|explosives|munitions [cash|cashes]", "a|large|huge [cash] of weapons|arms|ammunition|explosives|rifles|guns|munitions"],
    examples: {
      fire: ["Troops found a weapons {cash→cache}.", "Police found a {cash→cache} of rifles."],
      pass: ["Troops found a weapons cache.", "They paid in cash."],
    },
  },
  {
    id: "devise/device",
    note: "A device is a thing; to devise is to plan.",
    suggest: { devise: "device", devises: "devices", device: "devise" },
    patterns: [
      "explosive|improvised|incendiary|nuclear|electronic|listening|tracking|suspicious [devise|devises]",
      "[devise] exploded|detonated|went",
      "@inf [device] @det? plan|plans|strategy|strategies|way|ways|scheme|schemes|method|methods|solution|solutions|formula",
    ],
    examples: {
      fire: ["An improvised explosive {devise→device} detonated.", "Ministers must {device→devise} a plan."],
      pass: ["An improvised explosive device detonated.", "They devised a plan.", "He had to devise a strategy."],
    },
  },
  {
    id: "advise/advice",
    note: "Advice is the noun; to advise is the verb.",
    suggest: { advise: "advice", advice: "advise" },
    patterns: ["legal|medical|expert|travel|financial|professional|sound|good|bad|independent|official [advise]", "@inf [advice] him|them|us|residents|people|citizens|travellers|travelers"],
    examples: {
      fire: ["He sought legal {advise→advice}.", "Officials will {advice→advise} residents to leave."],
      pass: ["He sought legal advice.", "Officials advise residents to leave.", "They have access to advice on benefits."],
    },
  },
  {
    id: "breath/breathe",
    note: "To breathe is the verb; a breath is the noun.",
    suggest: { breath: "breathe", breathe: "breath" },
    patterns: [
      "@inf|not [breath] !test|tests|testing|sample|samples|alcohol|analysis|control|freshener",
      "a|one|another|deep|last|fresh [breathe]",
    ],
    examples: {
      fire: ["Survivors said they could not {breath→breathe}.", "It was a {breathe→breath} of fresh air."],
      pass: ["Survivors said they could not breathe.", "He failed a breath test.", "Drivers were subjected to breath tests."],
    },
  },
  {
    id: "statue/statute",
    note: "A statute is a law; a statue is a sculpture.",
    suggest: { statue: "statute", statues: "statutes" },
    patterns: ["[statue|statues] of limitations", "[statue] book|books"],
    examples: {
      fire: ["The {statue→statute} of limitations expired."],
      pass: ["The statue of Saddam was toppled.", "The statute of limitations expired."],
    },
  },
  {
    id: "canon/cannon",
    note: "A cannon fires; a canon is a rule or body of work.",
    suggest: { canon: "cannon", canons: "cannons" },
    patterns: ["water [canon|canons]", "loose [canon]"],
    examples: {
      fire: ["Police used water {canon→cannon} on protesters."],
      pass: ["Police used water cannon on protesters.", "The book entered the literary canon."],
    },
  },
  {
    id: "grizzly/grisly",
    note: "Grisly is gruesome; a grizzly is a bear.",
    suggest: { grizzly: "grisly" },
    patterns: ["[grizzly] murder|murders|discovery|scene|scenes|details|killing|killings|find|crime|crimes|attack|death|deaths|remains|footage|images|video|end|fate"],
    examples: {
      fire: ["Police made a {grizzly→grisly} discovery."],
      pass: ["A grizzly bear was spotted.", "Police made a grisly discovery."],
    },
  },
  {
    id: "gorilla/guerrilla",
    note: "Guerrillas are irregular fighters; gorillas are apes.",
    suggest: { gorilla: "guerrilla", gorillas: "guerrillas" },
    patterns: ["[gorilla] warfare|war|fighters|fighter|group|groups|tactics|movement|attacks|attack|campaign|army|force|forces|leader|leaders|insurgency", "[gorillas] attacked|ambushed|seized"],
    examples: {
      fire: ["A {gorilla→guerrilla} war raged for years.", "Rebels used {gorilla→guerrilla} tactics."],
      pass: ["A mountain gorilla was born.", "Rebels used guerrilla tactics.", "Gorillas killed by poachers were buried."],
    },
  },
  {
    id: "mitigate/militate",
    note: "Facts militate against (weigh against) something; to mitigate is to lessen.",
    suggest: { mitigate: "militate", mitigates: "militates", mitigated: "militated", mitigating: "militating" },
    patterns: ["[mitigate|mitigates|mitigated|mitigating] against"],
    examples: {
      fire: ["Several factors {mitigate→militate} against a deal."],
      pass: ["Walls were built to mitigate the risk.", "Several factors militate against a deal."],
    },
  },
  {
    id: "populous/populace",
    note: "The populace is the people; populous is having many people.",
    suggest: { populous: "populace", populace: "populous" },
    patterns: ["the|general|local|civilian|entire|whole [populous] was|is|were|are|has|had|have|will|would|must|can|could|should|.|;|$", "most|more|densely|less|least|heavily [populace]"],
    examples: {
      fire: ["The {populous→populace} was tired of war.", "Egypt is the most {populace→populous} Arab country."],
      pass: ["Egypt is the most populous Arab country.", "The general populace was tired of war.", "The populous north voted for him.", "The populous and prosperous north voted for him."],
    },
  },
  {
    id: "shear/sheer",
    note: "Sheer is utter or steep; to shear is to cut.",
    suggest: { shear: "sheer" },
    patterns: ["the|by [shear] number|numbers|scale|size|volume|weight|determination|luck|madness|panic|terror|horror|amount|drop|audacity|brutality"],
    examples: {
      fire: ["The {shear→sheer} number of casualties shocked officials."],
      pass: ["Wind shear grounded flights.", "The sheer scale of the damage was clear.", "Engineers measured the shear force."],
    },
  },
  {
    id: "hone/home",
    note: "One homes in on a target; one hones a skill.",
    suggest: { hone: "home", honed: "homed", honing: "homing", hones: "homes" },
    patterns: ["[hone|honed|honing|hones] in on"],
    examples: {
      fire: ["Investigators {honed→homed} in on the suspect."],
      pass: ["They honed their skills.", "Investigators homed in on the suspect."],
    },
  },
  {
    id: "wet/whet",
    note: "To whet is to sharpen (an appetite).",
    suggest: { wet: "whet", wetted: "whetted", wetting: "whetting", wets: "whets" },
    patterns: ["[wet|wetted|wetting|wets] @poss|the? appetite|appetites"],
    examples: {
      fire: ["The trailer should {wet→whet} their appetite."],
      pass: ["Wet weather delayed the match.", "The trailer should whet their appetite."],
    },
  },
  {
    id: "flair/flare",
    note: "Violence flares up; one has a flair (talent) for something.",
    suggest: { flair: "flare", flaired: "flared", flairs: "flares", "flair-up": "flare-up", "flair-ups": "flare-ups", flare: "flair" },
    patterns: ["[flair|flaired|flairs] up", "[flair-up|flair-ups]", "a|the|real|natural [flare] for drama|dramatics|languages|design|style|business|comedy|words|music|fashion|leadership|publicity|showmanship"],
    examples: {
      fire: ["Violence could {flair→flare} up again.", "A {flair-up→flare-up} in fighting was reported.", "She has a {flare→flair} for drama."],
      pass: ["Fighting flared up again.", "She has a flair for drama.", "They fired a flare for help."],
    },
  },
  {
    id: "sew/sow",
    note: "One sows (plants) discord or doubt; one sews with a needle.",
    suggest: { sew: "sow", sewing: "sowing", sewed: "sowed", sewn: "sown", sews: "sows" },
    patterns: ["[sew|sewing|sewed|sewn|sews] @poss? the? seeds? of? discord|confusion|division|divisions|doubt|doubts|dissent|fear|panic|chaos|distrust|mistrust|hatred|unrest"],
    examples: {
      fire: ["The campaign aimed to {sew→sow} discord.", "The leak {sewed→sowed} confusion.", "Rumours were {sewing→sowing} the seeds of doubt."],
      pass: ["The campaign aimed to sow discord.", "She sewed the flag by hand."],
    },
  },
  {
    id: "plain/plane",
    note: "A plane flies; plain is simple, or flat land.",
    suggest: { plain: "plane", plains: "planes" },
    patterns: ["[plain|plains] crash|crashes|crashed|hijacking|hijacked|passengers|ticket|tickets|wreckage"],
    examples: {
      fire: ["Two people died in a {plain→plane} crash."],
      pass: ["Two people died in a plane crash.", "It was hidden in plain sight.", "The file is plain text."],
    },
  },
  {
    id: "dominate/dominant",
    note: "Dominant is the adjective; to dominate is the verb.",
    suggest: { dominate: "dominant" },
    patterns: ["the|a|most [dominate] force|position|role|party|player|players|language|religion|power|faction|group"],
    examples: {
      fire: ["It became the {dominate→dominant} force in the region."],
      pass: ["They dominate the region.", "It became the dominant force in the region."],
    },
  },
  {
    id: "disparate/desperate",
    note: "Desperate is hopeless or urgent; disparate is unlike.",
    suggest: { disparate: "desperate" },
    patterns: ["[disparate] attempt|attempts|measures|bid|need|situation|plight|search|struggle|effort|efforts|times|straits"],
    examples: {
      fire: ["It was a {disparate→desperate} attempt to escape."],
      pass: ["The coalition joined disparate groups.", "It was a desperate attempt to escape."],
    },
  },
  {
    id: "exasperate/exacerbate",
    note: "To exacerbate is to make worse; to exasperate is to annoy.",
    suggest: { exasperate: "exacerbate", exasperated: "exacerbated", exasperates: "exacerbates", exasperating: "exacerbating" },
    patterns: ["[exasperate|exasperated|exasperates|exasperating] @det? crisis|problem|problems|situation|tensions|tension|shortage|shortages|conflict|symptoms|inequality|poverty"],
    examples: {
      fire: ["The drought {exasperated→exacerbated} the crisis."],
      pass: ["The delays exasperated residents.", "The drought exacerbated the crisis."],
    },
  },
  {
    id: "negligent/negligible",
    note: "Negligible is too small to matter; negligent is careless.",
    suggest: { negligent: "negligible" },
    patterns: ["a|the [negligent] amount|amounts|impact|effect|difference|number|quantity|quantities|cost|risk"],
    examples: {
      fire: ["Monitors detected a {negligent→negligible} amount of radiation."],
      pass: ["He was charged with negligent driving.", "Monitors detected a negligible amount of radiation."],
    },
  },
  {
    id: "ravished/ravaged",
    note: "War ravages (devastates); ravish is to carry off or to delight.",
    suggest: { ravished: "ravaged", "war-ravished": "war-ravaged" },
    patterns: ["[war-ravished]", "[ravished] by war|fire|disease|drought|conflict|famine|floods|violence"],
    examples: {
      fire: ["Aid reached the {war-ravished→war-ravaged} country.", "A region {ravished→ravaged} by war needs help."],
      pass: ["Aid reached the war-ravaged country."],
    },
  },
];
