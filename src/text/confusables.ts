/**
 * The confusion dictionary of `quote-confusable`: real words that a spell checker accepts but
 * that, in their context, are likely a typo or a misquote for another word ("13 were accessed to
 * be credible" → "assessed"). Each entry is data: the pair and its context patterns (see
 * src/text/confusion.ts for the pattern language). Its examples, which run as tests
 * (tests/rules/quote-confusable.test.ts: an entry whose example fails breaks the build), and its
 * note sit under its id in src/text/confusable-examples.ts, out of the published code.
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
  },
  {
    id: "affect/effect",
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
  },
  {
    id: "causalities/casualties",
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
  },
  {
    id: "principal/principle",
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
  },
  {
    id: "compliment/complement",
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
  },
  {
    id: "discrete/discreet",
    suggest: { discrete: "discreet", discreet: "discrete" },
    sets: {
      quiet: ["inquiries", "enquiries", "manner", "distance", "conversations", "conversation", "talks", "meetings", "approach", "diplomacy", "word", "silence", "presence", "inquiry", "enquiry"],
      parts: ["units", "components", "variables", "categories", "steps", "entities", "elements", "parts", "events", "values", "stages", "phases", "sets", "chunks", "packets"],
    },
    patterns: ["[discrete] @quiet", "[discreet] @parts", "very|extremely|remain|remained|remains|stay|stayed [discrete]"],
  },
  {
    id: "loose/lose",
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
  },
  {
    id: "there/their",
    suggest: { there: "their", their: "there" },
    patterns: ["[there] own", "[their] is|are|was|were|isn't|aren't|wasn't|weren't"],
  },
  {
    id: "they're/their",
    suggest: { "they're": "their" },
    patterns: ["[they're] own", "of|for|in|on|to|with|from|by|about|into|at [they're]"],
  },
  {
    id: "it's/its",
    suggest: { "it's": "its", its: "it's" },
    patterns: ["[it's] own", "[its] a|an|the|been", "[its] not a|an|the|clear|known|going|possible|true|enough|easy|fair|right|surprising|that|just|only|about|yet|over|necessary|worth"],
  },
  {
    id: "who's/whose",
    suggest: { "who's": "whose", whose: "who's" },
    sets: {
      kin: [
        "own", "name", "names", "family", "families", "home", "homes", "house", "car", "body", "bodies", "son", "sons", "daughter",
        "daughters", "children", "wife", "husband", "mother", "father", "brother", "sister", "job", "death", "deaths", "identity",
        "fault", "responsibility",
      ],
    },
    patterns: ["[who's] @kin", "[whose] been|going|gonna"],
  },
  {
    id: "your/you're",
    suggest: { your: "you're", "you're": "your" },
    patterns: ["[your] a|an|the|not", "[you're] own"],
  },
  {
    id: "then/than",
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
  },
  {
    id: "lead/led",
    suggest: { lead: "led" },
    patterns: ["@be [lead] by|to", "@have [lead] to"],
  },
  {
    id: "passed/past",
    suggest: { passed: "past", past: "passed" },
    sets: {
      span: ["week", "month", "year", "decade", "weekend", "few", "two", "three", "four", "five", "several", "century", "hour", "hours", "days", "weeks", "months", "years", "decades"],
    },
    patterns: ["the|this [passed] @span", "@have [past] the|a|away", "@subj [past] away"],
  },
  {
    id: "breech/breach",
    suggest: { breech: "breach", breeches: "breaches" },
    patterns: ["[breech|breeches] of", "security|data|serious|clear|material|flagrant|major|grave [breech|breeches]"],
  },
  {
    id: "counsel/council",
    suggest: { counsel: "council", council: "counsel" },
    sets: {
      body: ["meeting", "meetings", "member", "members", "chamber", "elections", "election", "estate", "estates", "tax", "leader", "leaders", "house", "houses", "flat", "flats"],
    },
    patterns: ["security|town|parish|borough|municipal|village [counsel]", "[counsel] @body", "legal|queen's|king's [council]"],
  },
  {
    id: "diffuse/defuse",
    suggest: { diffuse: "defuse", diffused: "defused", diffusing: "defusing", diffuses: "defuses" },
    sets: {
      tension: ["situation", "tension", "tensions", "crisis", "bomb", "bombs", "device", "devices", "row", "standoff", "stand-off", "conflict", "dispute", "anger", "confrontation"],
    },
    patterns: ["[diffuse|diffused|diffusing|diffuses] @det? @tension"],
  },
  {
    id: "illicit/elicit",
    suggest: { illicit: "elicit", elicit: "illicit" },
    sets: {
      illegal: ["drugs", "drug", "trade", "trafficking", "activity", "activities", "funds", "substances", "affair", "affairs", "weapons", "arms", "goods", "money", "cash", "relationship", "flows", "financial", "gains", "payments"],
    },
    patterns: ["[illicit] a|an|the|no|any|@poss|response|responses|reaction|reactions|sympathy", "[elicit] @illegal"],
  },
  {
    id: "flaunt/flout",
    suggest: { flaunt: "flout", flaunted: "flouted", flaunting: "flouting", flaunts: "flouts" },
    sets: {
      rules: [
        "rules", "rule", "law", "laws", "regulations", "regulation", "ban", "bans", "order", "orders", "sanctions", "ceasefire",
        "restrictions", "guidelines", "resolution", "resolutions", "convention", "conventions", "lockdown", "curfew", "embargo",
        "treaty", "norms",
      ],
    },
    patterns: ["[flaunt|flaunted|flaunting|flaunts] @det? *? @rules"],
  },
  {
    id: "forgone/foregone",
    suggest: { forgone: "foregone" },
    patterns: ["[forgone] conclusion|conclusions"],
  },
  {
    id: "eminent/imminent",
    suggest: { eminent: "imminent", imminent: "eminent" },
    sets: {
      soon: ["danger", "threat", "threats", "attack", "attacks", "arrival", "collapse", "release", "invasion", "strike", "strikes", "departure", "death", "risk", "offensive", "assault", "launch", "famine", "eviction"],
      famous: ["domain", "scholar", "scholars", "scientist", "scientists", "historian", "historians", "lawyer", "lawyers", "jurist", "jurists", "professor", "physician", "surgeon", "economist", "economists"],
    },
    patterns: ["[eminent] @soon", "[imminent] @famous"],
  },
  {
    id: "immanent/imminent",
    suggest: { immanent: "imminent" },
    patterns: ["[immanent] attack|attacks|threat|threats|danger|collapse|release|arrival|invasion|strike|departure|offensive|famine"],
  },
  {
    id: "precede/proceed",
    suggest: { precede: "proceed", preceded: "proceeded", proceeded: "preceded" },
    patterns: ["[precede] with", "[preceded] to", "@be [proceeded] by"],
  },
  {
    id: "stationary/stationery",
    suggest: { stationary: "stationery", stationery: "stationary" },
    sets: {
      shop: ["shop", "shops", "store", "stores", "supplies", "cupboard", "items", "cabinet"],
      still: ["vehicle", "vehicles", "car", "cars", "traffic", "target", "targets", "position", "object", "objects", "bike", "bicycle", "front", "truck", "trucks", "train", "trains"],
    },
    patterns: ["[stationary] @shop", "[stationery] @still", "remained|remain|remains|stayed|stay [stationery]"],
  },
  {
    id: "tenant/tenet",
    suggest: { tenant: "tenet", tenants: "tenets" },
    sets: {
      doctrine: ["democracy", "faith", "liberalism", "capitalism", "conservatism", "socialism", "journalism", "islam", "christianity", "judaism", "buddhism", "hinduism", "law", "policy", "ideology"],
    },
    patterns: ["basic|central|core|fundamental|guiding [tenant|tenants]", "[tenant|tenants] of @det? @doctrine"],
  },
  {
    id: "vein/vain",
    suggest: { vein: "vain", vane: "vain", vain: "vein" },
    patterns: ["in [vein|vane]", "in the|a same|similar [vain] !*"],
  },
  {
    id: "wreck/wreak",
    suggest: { wreck: "wreak", wrecks: "wreaks", wrecked: "wreaked", wrecking: "wreaking" },
    patterns: ["[wreck|wrecks|wrecked|wrecking] havoc"],
  },
  {
    id: "reek/wreak",
    suggest: { reek: "wreak", reeks: "wreaks", reeked: "wreaked", reeking: "wreaking", wreak: "reek", wreaked: "reeked", wreaking: "reeking", wreaks: "reeks" },
    patterns: ["[reek|reeks|reeked|reeking] havoc", "[wreak|wreaks|wreaked|wreaking] of"],
  },
  {
    id: "pour/pore",
    suggest: { pour: "pore", poured: "pored", pouring: "poring", pours: "pores" },
    sets: {
      doc: [
        "documents", "document", "details", "records", "files", "papers", "report", "reports", "data", "evidence", "maps", "footage",
        "emails", "transcripts", "accounts", "books", "notes", "pages", "statistics", "figures", "results", "images",
        "photographs", "photos", "archives", "testimony",
      ],
    },
    patterns: ["[pour|poured|pouring|pours] over|through @det? *? @doc"],
  },
  {
    id: "peak/pique",
    suggest: { peak: "pique", peaked: "piqued", peaks: "piques", peaking: "piquing", peek: "pique", peeked: "piqued", peeks: "piques", peeking: "piquing" },
    patterns: ["[peak|peaked|peaks|peaking|peek|peeked|peeks|peeking] @poss|the interest|curiosity !rate|rates|payment|payments|group|groups"],
  },
  {
    id: "peak/peek",
    suggest: { peak: "peek", peaks: "peeks", peek: "peak" },
    patterns: ["sneak [peak|peaks]", "[peek] season|hours|time|times|levels|level|demand"],
  },
  {
    id: "reign/rein",
    suggest: { reign: "rein", reigned: "reined", reigning: "reining", reins: "reigns", rein: "reign", reigns: "reins", reined: "reigned" },
    sets: { costs: ["spending", "costs", "inflation", "borrowing", "expenses", "debt", "deficits", "prices"] },
    patterns: ["free [reign]", "[reins|rein|reined] supreme", "[reign|reigned|reigning] in @costs", "the [reigns] of power|government"],
  },
  {
    id: "pole/poll",
    suggest: { pole: "poll", poles: "polls", poll: "pole" },
    patterns: ["opinion|exit|straw [pole|poles]", "the [poles] opened|closed", "[poll] position|vault|dancer|dancing"],
  },
  {
    id: "pray/prey",
    suggest: { pray: "prey", prey: "pray", preyed: "prayed", preying: "praying" },
    patterns: ["fall|falls|fell|falling|fallen [pray] to", "birds|bird of [pray]", "easy [pray]", "[preyed|preying] for", "to [prey] for"],
  },
  {
    id: "roll/role",
    suggest: { roll: "role", rolls: "roles", role: "roll" },
    sets: {
      part: ["key", "pivotal", "leading", "central", "crucial", "vital", "important", "supporting", "starring", "title", "active", "prominent", "significant", "advisory", "dual", "decisive", "instrumental"],
    },
    patterns: ["@part [roll|rolls]", "play|plays|played|playing a|an|the|no|little|any [roll|rolls] in", "[role] call|calls"],
  },
  {
    id: "sight/site",
    suggest: { sight: "site", sights: "sites", site: "sight" },
    patterns: [
      "construction|building|crash|burial|launch|landing|archaeological|heritage|web|nuclear|dump|camp|crime|blast [sight|sights]",
      "[sight] visit|visits|inspection|inspections",
      "out|line of [site]",
      "[site] unseen",
    ],
  },
  {
    id: "sited/cited",
    suggest: { sited: "cited", siting: "citing", sighted: "cited", sighting: "citing" },
    sets: { why: ["reason", "reasons", "cause", "causes", "example", "examples", "factor", "factors", "source", "evidence", "justification", "precedent"] },
    patterns: ["[sited|sighted|siting|sighting] @det? security|safety|health|cost|costs concerns? as @det? @why", "[sited|sighted|siting|sighting] as @det? @why"],
  },
  {
    id: "altar/alter",
    suggest: { alter: "altar", altar: "alter", altared: "altered" },
    patterns: ["[alter] boy|boys|server|servers|rail|call", "@inf [altar] @det", "[altar] ego|egos", "[altared] @det"],
  },
  {
    id: "bare/bear",
    suggest: { bare: "bear", bares: "bears", bear: "bare" },
    patterns: [
      "[bare|bares] @det? brunt",
      "[bare|bares] witness",
      "[bare] in mind",
      "right to [bare] arms",
      "[bear] minimum|bones|essentials|necessities|hands|feet|handed|chested",
    ],
  },
  {
    id: "break/brake",
    suggest: { break: "brake", breaks: "brakes", brake: "break", brakes: "breaks" },
    patterns: [
      "[break|breaks] pedal|pedals|fluid|lights|pads|disc|discs",
      "slammed|slam|slams|slamming on the [breaks]",
      "put|puts|putting the [breaks] on",
      "[brake|brakes] the law|news|record|silence|deadlock|siege|ceasefire|rules|story|impasse|stalemate",
    ],
  },
  {
    id: "capitol/capital",
    suggest: { capitol: "capital", capitols: "capitals" },
    sets: {
      money: ["city", "cities", "gains", "punishment", "expenditure", "investment", "letters", "letter", "markets", "market", "flight", "spending", "offence", "crime", "crimes", "controls", "injection", "reserves", "ratio", "requirements"],
    },
    patterns: ["[capitol] @money", "the|a|its|their [capitol] of"],
  },
  {
    id: "cord/chord",
    suggest: { cord: "chord", chords: "cords", chord: "cord" },
    patterns: ["struck|strike|strikes|striking|touched|touch|touches|hit|hits @det raw|deep|familiar|sensitive|responsive|emotional? [cord]", "vocal|spinal|umbilical [chord|chords]"],
  },
  {
    id: "dessert/desert",
    suggest: { dessert: "desert", desserts: "deserts", desert: "dessert", deserts: "desserts" },
    patterns: [
      "syrian|iraqi|sahara|sinai|negev|gobi|mojave|kalahari|arabian|libyan|atacama|namib|sonoran|remote|vast|scorching [dessert]",
      "just [desserts]",
      "[desert|deserts] menu|spoon|spoons|wine|wines|course|trolley|plate|fork",
    ],
  },
  {
    id: "hoard/horde",
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
  },
  {
    id: "marshal/martial",
    suggest: {
      marshal: "martial", marshall: "martial", marshalled: "martialled", marshaled: "martialed",
      "court-marshal": "court-martial", "court-marshall": "court-martial", "court-marshalled": "court-martialled", "court-marshaled": "court-martialed",
    },
    patterns: ["[marshal|marshall] law", "[court-marshal|court-marshall|court-marshalled|court-marshaled]", "a|be|was|were|been|being|face|faces|faced|facing|by court [marshal|marshall|marshalled|marshaled]"],
  },
  {
    id: "mute/moot",
    suggest: { mute: "moot" },
    patterns: ["[mute] point"],
  },
  {
    id: "ordinance/ordnance",
    suggest: { ordinance: "ordnance", ordinances: "ordnance" },
    patterns: ["unexploded|explosive|live [ordinance|ordinances]", "[ordinance] disposal|team|teams|squad|experts|expert|clearance"],
  },
  {
    id: "prostate/prostrate",
    suggest: { prostate: "prostrate", prostrate: "prostate" },
    patterns: ["lay|lie|lies|lying|fell|falls|fall|knelt|kneel [prostate]", "[prostate] before", "[prostrate] cancer|gland|exam|examination|surgery|screening|tumour|tumor|biopsy|enlargement"],
  },
  {
    id: "prescribed/proscribed",
    suggest: { prescribed: "proscribed", prescribe: "proscribe", prescribes: "proscribes", prescribing: "proscribing" },
    patterns: ["[prescribed] terrorist|terror|extremist|militant", "@be [prescribed] as @det? terrorist|terror|extremist"],
  },
  {
    id: "averse/adverse",
    suggest: { averse: "adverse", adverse: "averse", "risk-adverse": "risk-averse" },
    patterns: ["[averse] effects|effect|weather|conditions|reaction|reactions|impact|consequences|events|publicity|outcome|outcomes", "risk [adverse]", "[risk-adverse]"],
  },
  {
    id: "appraised/apprised",
    suggest: { appraised: "apprised", appraise: "apprise", appraising: "apprising", appraises: "apprises" },
    patterns: ["[appraised|appraise|appraising|appraises] of", "kept|keep|keeping|keeps @obj? [appraised]"],
  },
  {
    id: "alluded/eluded",
    suggest: { alluded: "eluded", allude: "elude", alludes: "eludes", alluding: "eluding" },
    patterns: ["[alluded|allude|alludes|alluding] capture|police|authorities|detection|arrest|investigators|pursuers"],
  },
  {
    id: "canvas/canvass",
    suggest: { canvas: "canvass", canvased: "canvassed", canvasing: "canvassing", canvases: "canvasses" },
    patterns: ["[canvas|canvased|canvasing|canvases] voters|opinion|opinions|support|residents|neighbours|neighbors|households"],
  },
  {
    id: "hanger/hangar",
    suggest: { hanger: "hangar", hangers: "hangars" },
    patterns: ["aircraft|plane|airplane|aeroplane|helicopter|maintenance|airport|airbase|jet [hanger|hangers]"],
  },
  {
    id: "heroine/heroin",
    suggest: { heroine: "heroin", heroin: "heroine" },
    patterns: [
      "[heroine] addiction|addict|addicts|overdose|overdoses|users|user|dealer|dealers|seizure|seizures|trafficking|epidemic|smuggling|trade|abuse|habit|haul|production|use",
      "national|unlikely [heroin]",
    ],
  },
  {
    id: "incidences/incidents",
    suggest: { incidences: "incidents" },
    patterns: ["@numword|several|multiple|separate|both|these|those|other|similar|violent|such|# [incidences]"],
  },
  {
    id: "lightening/lightning",
    suggest: { lightening: "lightning" },
    patterns: ["[lightening] strike|strikes|bolt|bolts|storm|storms|rod|rods|fast|speed|attack|war|offensive|raid", "struck|killed|hit by [lightening]"],
  },
  {
    id: "phased/fazed",
    suggest: { phased: "fazed", unphased: "unfazed" },
    patterns: ["[unphased]", "not|never|hardly|barely|wasn't|weren't|isn't|aren't|seem|seemed|seems [phased] by|,|.|$"],
  },
  {
    id: "tow/toe",
    suggest: { tow: "toe", toe: "tow" },
    patterns: ["[tow] the *? line", "in [toe]"],
  },
  {
    id: "wave/waive",
    suggest: { wave: "waive", waved: "waived", waving: "waiving", waves: "waives", waive: "wave", waived: "waved", waiving: "waving", waives: "waves" },
    sets: {
      fees: [
        "fee", "fees", "rights", "requirement", "requirements", "immunity", "visa", "visas", "charges", "penalty",
        "penalties", "debt", "debts", "rule", "rules", "tariffs", "tariff", "fines", "privilege", "extradition", "restrictions",
      ],
      hands: ["goodbye", "flags", "flag", "banners", "banner", "placards", "hands", "hand", "signs", "weapons", "guns"],
    },
    patterns: ["[wave|waved|waving|waves] @det? @fees !book|books|of", "[waive|waived|waiving|waives] @poss? @hands"],
  },
  {
    id: "weather/whether",
    suggest: { weather: "whether", whether: "weather" },
    patterns: [
      "[weather] or not",
      "the [whether] forecast|forecasts|conditions|report|service|was|is|has|in|on|.|,|$",
      "bad|good|severe|extreme|cold|hot|wet|dry|stormy|freezing|inclement [whether] conditions|forecast|delayed|forced|caused|hampered|.|,|$",
    ],
  },
  {
    id: "yoke/yolk",
    suggest: { yoke: "yolk", yokes: "yolks", yolk: "yoke" },
    patterns: ["egg|eggs [yoke|yokes]", "[yolk] of oppression|tyranny|colonialism|colonial|occupation|slavery|communism|foreign|empire"],
  },
  {
    id: "loathe/loath",
    suggest: { loathe: "loath" },
    patterns: ["@be|seemed|seem|seems|appear|appeared|appears|remain|remained|remains [loathe] to"],
  },
  {
    id: "aid/aide",
    suggest: { aid: "aide", aids: "aides" },
    patterns: ["senior|presidential|congressional|ministerial|top|close|former [aid|aids] said|says|told|who"],
  },
  {
    id: "baited/bated",
    suggest: { baited: "bated" },
    patterns: ["[baited] breath"],
  },
  {
    id: "duel/dual",
    suggest: { duel: "dual" },
    patterns: ["[duel] citizenship|nationality|national|nationals|role|roles|purpose|carriageway|passport|passports|use|mandate|track|citizen|citizens"],
  },
  {
    id: "fare/fair",
    suggest: { fare: "fair", fair: "fare", fairs: "fares" },
    patterns: ["[fare] trial|share|game|deal|play|election|elections|hearing", "[fare] and square", "free and [fare]", "bus|train|taxi|air|rail|metro|tube|subway [fair|fairs]", "[fair|fairs] hike|hikes|evasion|dodger|dodgers|dodging"],
  },
  {
    id: "minor/miner",
    suggest: { minor: "miner", minors: "miners", miner: "minor" },
    patterns: ["coal|gold|copper|tin|diamond|lithium [minor|minors]", "[miner] injuries|injury|offence|offences|offense|offenses|role|details|detail|changes|adjustments|incident|incidents|damage"],
  },
  {
    id: "navel/naval",
    suggest: { navel: "naval" },
    patterns: ["[navel] base|bases|forces|force|officer|officers|fleet|fleets|vessel|vessels|ship|ships|blockade|academy|exercises|exercise|warfare|commander|commanders|power|station|drills|patrol|patrols|battle|operations|facility"],
  },
  {
    id: "piece/peace",
    suggest: { piece: "peace", peace: "piece" },
    patterns: [
      "[piece] talks|process|agreement|accord|accords|treaty|negotiations|plan|envoy|envoys|keepers|keeping|prize|conference|settlement|initiative|deal|corps|mission|negotiator|negotiators",
      "[piece] of mind",
      "a [peace] of paper|cake|land|wood|metal|cloth|evidence|advice|information|legislation|music|art|writing|equipment|furniture|jewellery|jewelry|glass|shrapnel|bread|pie|string|news|work",
    ],
  },
  {
    id: "personal/personnel",
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
  },
  {
    id: "premier/premiere",
    suggest: { premier: "premiere", premiere: "premier" },
    patterns: ["film|movie|season|series|gala [premier]", "world [premier] of", "[premiere] league|division"],
  },
  {
    id: "rational/rationale",
    suggest: { rational: "rationale" },
    patterns: ["@det [rational] for|behind"],
  },
  {
    id: "troop/troupe",
    suggest: { troop: "troupe", troops: "troupes", troupe: "troop", troupes: "troops" },
    patterns: [
      "dance|theatre|theater|comedy|circus|acting|ballet|opera|touring [troop|troops]",
      "[troupes] deployed|withdrew|stationed|crossed|advanced|entered|pulled",
      "[troupe] withdrawal|deployment|deployments|levels|movements|surge|presence|carrier|carriers",
    ],
  },
  {
    id: "boarder/border",
    suggest: { boarder: "border", boarders: "borders" },
    patterns: [
      "[boarder] crossing|crossings|guard|guards|police|security|control|controls|wall|town|towns|region|area|areas|dispute|disputes|clashes|patrol|patrols|fence|agency|force|forces|post|posts|checkpoint|checkpoints|official|officials|point|province|city|village|villages",
      "across|along|near|over the [boarder]",
    ],
  },
  {
    id: "cease/seize",
    suggest: { cease: "seize", ceased: "seized", ceases: "seizes", ceasing: "seizing", seize: "cease", "seize-fire": "ceasefire" },
    patterns: [
      "[cease|ceased|ceasing|ceases] control|territory|weapons|assets|drugs|documents !production|manufacturing|exports|imports|sales|trading|testing|programme|program|development|deliveries|shipments|supplies|transfers",
      "[cease|ceased|ceasing|ceases] the initiative|opportunity|city|town|capital|airport",
      "[seize] fire",
      "[seize-fire]",
    ],
  },
  {
    id: "cash/cache",
    suggest: { cash: "cache", cashes: "caches" },
    patterns: ["weapons|weapon|arms|ammunition|explosives|munitions [cash|cashes]", "a|large|huge [cash] of weapons|arms|ammunition|explosives|rifles|guns|munitions"],
  },
  {
    id: "devise/device",
    suggest: { devise: "device", devises: "devices", device: "devise" },
    patterns: [
      "explosive|improvised|incendiary|nuclear|electronic|listening|tracking|suspicious [devise|devises]",
      "[devise] exploded|detonated|went",
      "@inf [device] @det? plan|plans|strategy|strategies|way|ways|scheme|schemes|method|methods|solution|solutions|formula",
    ],
  },
  {
    id: "advise/advice",
    suggest: { advise: "advice", advice: "advise" },
    patterns: ["legal|medical|expert|travel|financial|professional|sound|good|bad|independent|official [advise]", "@inf [advice] him|them|us|residents|people|citizens|travellers|travelers"],
  },
  {
    id: "breath/breathe",
    suggest: { breath: "breathe", breathe: "breath" },
    patterns: [
      "@inf|not [breath] !test|tests|testing|sample|samples|alcohol|analysis|control|freshener",
      "a|one|another|deep|last|fresh [breathe]",
    ],
  },
  {
    id: "statue/statute",
    suggest: { statue: "statute", statues: "statutes" },
    patterns: ["[statue|statues] of limitations", "[statue] book|books"],
  },
  {
    id: "canon/cannon",
    suggest: { canon: "cannon", canons: "cannons" },
    patterns: ["water [canon|canons]", "loose [canon]"],
  },
  {
    id: "grizzly/grisly",
    suggest: { grizzly: "grisly" },
    patterns: ["[grizzly] murder|murders|discovery|scene|scenes|details|killing|killings|find|crime|crimes|attack|death|deaths|remains|footage|images|video|end|fate"],
  },
  {
    id: "gorilla/guerrilla",
    suggest: { gorilla: "guerrilla", gorillas: "guerrillas" },
    patterns: ["[gorilla] warfare|war|fighters|fighter|group|groups|tactics|movement|attacks|attack|campaign|army|force|forces|leader|leaders|insurgency", "[gorillas] attacked|ambushed|seized"],
  },
  {
    id: "mitigate/militate",
    suggest: { mitigate: "militate", mitigates: "militates", mitigated: "militated", mitigating: "militating" },
    patterns: ["[mitigate|mitigates|mitigated|mitigating] against"],
  },
  {
    id: "populous/populace",
    suggest: { populous: "populace", populace: "populous" },
    patterns: ["the|general|local|civilian|entire|whole [populous] was|is|were|are|has|had|have|will|would|must|can|could|should|.|;|$", "most|more|densely|less|least|heavily [populace]"],
  },
  {
    id: "shear/sheer",
    suggest: { shear: "sheer" },
    patterns: ["the|by [shear] number|numbers|scale|size|volume|weight|determination|luck|madness|panic|terror|horror|amount|drop|audacity|brutality"],
  },
  {
    id: "hone/home",
    suggest: { hone: "home", honed: "homed", honing: "homing", hones: "homes" },
    patterns: ["[hone|honed|honing|hones] in on"],
  },
  {
    id: "wet/whet",
    suggest: { wet: "whet", wetted: "whetted", wetting: "whetting", wets: "whets" },
    patterns: ["[wet|wetted|wetting|wets] @poss|the? appetite|appetites"],
  },
  {
    id: "flair/flare",
    suggest: { flair: "flare", flaired: "flared", flairs: "flares", "flair-up": "flare-up", "flair-ups": "flare-ups", flare: "flair" },
    patterns: ["[flair|flaired|flairs] up", "[flair-up|flair-ups]", "a|the|real|natural [flare] for drama|dramatics|languages|design|style|business|comedy|words|music|fashion|leadership|publicity|showmanship"],
  },
  {
    id: "sew/sow",
    suggest: { sew: "sow", sewing: "sowing", sewed: "sowed", sewn: "sown", sews: "sows" },
    patterns: ["[sew|sewing|sewed|sewn|sews] @poss? the? seeds? of? discord|confusion|division|divisions|doubt|doubts|dissent|fear|panic|chaos|distrust|mistrust|hatred|unrest"],
  },
  {
    id: "plain/plane",
    suggest: { plain: "plane", plains: "planes" },
    patterns: ["[plain|plains] crash|crashes|crashed|hijacking|hijacked|passengers|ticket|tickets|wreckage"],
  },
  {
    id: "dominate/dominant",
    suggest: { dominate: "dominant" },
    patterns: ["the|a|most [dominate] force|position|role|party|player|players|language|religion|power|faction|group"],
  },
  {
    id: "disparate/desperate",
    suggest: { disparate: "desperate" },
    patterns: ["[disparate] attempt|attempts|measures|bid|need|situation|plight|search|struggle|effort|efforts|times|straits"],
  },
  {
    id: "exasperate/exacerbate",
    suggest: { exasperate: "exacerbate", exasperated: "exacerbated", exasperates: "exacerbates", exasperating: "exacerbating" },
    patterns: ["[exasperate|exasperated|exasperates|exasperating] @det? crisis|problem|problems|situation|tensions|tension|shortage|shortages|conflict|symptoms|inequality|poverty"],
  },
  {
    id: "negligent/negligible",
    suggest: { negligent: "negligible" },
    patterns: ["a|the [negligent] amount|amounts|impact|effect|difference|number|quantity|quantities|cost|risk"],
  },
  {
    id: "ravished/ravaged",
    suggest: { ravished: "ravaged", "war-ravished": "war-ravaged" },
    patterns: ["[war-ravished]", "[ravished] by war|fire|disease|drought|conflict|famine|floods|violence"],
  },
];
