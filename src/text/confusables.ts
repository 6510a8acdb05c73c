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
 *
 * The entries are written as lines of text, which a browser bundle carries in fewer bytes than
 * the same entries as object literals, and read into `ConfusionEntry` objects when the module
 * loads. An entry begins with a line `=id written meant written meant …` (its `suggest`, pair
 * by pair), then a line `name: word word …` for each of its `sets` (a name of lower-case letters),
 * then one line per pattern. Blank lines are skipped.
 */
import type { ConfusionEntry } from "./confusion.js";

/** A set line's name: lower-case letters, so a pattern that holds ": " after anything else stays a pattern. */
const SET_NAME = /^[a-z]+$/;

/** Reads `name: word word …` into `sets`; false when the line is not one. */
function readSet(line: string, sets: () => Record<string, string[]>): boolean {
  const colon = line.indexOf(": ");
  if (colon < 0 || !SET_NAME.test(line.slice(0, colon))) return false;
  sets()[line.slice(0, colon)] = line.slice(colon + 2).split(" ");
  return true;
}

/** Word sets, one `name: word word …` a line. */
function readSets(lines: string): Record<string, string[]> {
  const sets: Record<string, string[]> = {};
  for (const line of lines.split("\n")) readSet(line, () => sets);
  return sets;
}

/** The entries of the dictionary, from their lines (see the module comment). */
function readEntries(lines: string): ConfusionEntry[] {
  // Built in the order of ConfusionEntry's keys as the entries were once written: id, suggest, sets, patterns.
  const entries: { id: string; suggest: Record<string, string>; sets?: Record<string, string[]>; patterns?: string[] }[] = [];
  for (const line of lines.split("\n")) {
    const entry = entries[entries.length - 1];
    if (line[0] === "=") {
      const [id = "", ...words] = line.slice(1).split(" ");
      const suggest: Record<string, string> = {};
      for (let i = 0; i + 1 < words.length; i += 2) suggest[words[i]!] = words[i + 1]!;
      entries.push({ id, suggest });
    } else if (line !== "" && entry) {
      // The set lines come before the entry's first pattern.
      if (!entry.patterns && readSet(line, () => (entry.sets ??= {}))) continue;
      (entry.patterns ??= []).push(line);
    }
  }
  return entries as ConfusionEntry[];
}

/**
 * Word sets shared by all entries, used in patterns as `@name`. `inf`: words after which a bare
 * verb stands: "to", modals, do-support.
 *
 * @example
 * ```ts
 * WORD_SETS.be.includes("were"); //=> true
 * ```
 */
export const WORD_SETS: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ readSets(`
be: is are was were be been being am isn't aren't wasn't weren't
have: have has had having haven't hasn't hadn't
det: the a an this that these those its their his her our your my any no some every each
poss: my your his her its our their
inf: to will would can could may might shall should must won't wouldn't can't cannot couldn't shouldn't mustn't do does did don't doesn't didn't
obj: me you him her us them everyone everybody
subj: i you he she we they who
numword: one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands dozens million millions
`);

/**
 * The built-in confusion pairs.
 *
 * @example
 * ```ts
 * CONFUSABLES.find((e) => e.id === "accessed/assessed")?.suggest.accessed; //=> "assessed"
 * ```
 */
export const CONFUSABLES: readonly ConfusionEntry[] = /* @__PURE__ */ readEntries(`
=accessed/assessed accessed assessed access assess accesses assesses accessing assessing
eval: credible likely unlikely true false accurate inaccurate reliable unreliable valid invalid safe unsafe fit unfit eligible genuine authentic legitimate correct incorrect adequate inadequate effective ineffective responsible low high moderate serious critical stable at
risk: risk risks damage situation impact threat threats extent severity credibility likelihood needs feasibility viability implications
risknext: room rooms report reports data assessment assessments database records files register map maps page website portal team
[accessed] to be @eval
[accessed] to have been
@be [accessed] as @eval
it @be [accessed] that
[accessed|accesses|accessing] that there|#
[access|accesses|accessed|accessing] @det @risk !@risknext

=affect/effect affect effect affects effects effect affect effects affects effected affected effecting affecting
size: little no any an the big huge major significant positive negative adverse direct indirect lasting devastating profound similar opposite desired knock-on chilling ripple immediate long-term dramatic serious real greater overall cumulative deterrent
hit: badly severely adversely directly negatively disproportionately deeply worst hardest seriously heavily greatly most
whom: me him us them everyone everybody millions
who: those people residents families areas communities anyone everyone countries regions households businesses
@size [affect|affects] on|of
side [affects]
take|takes|took|taken|taking|into [affect]
[effect|effects|effected|effecting] @whom
@hit [effected]
@who [effected] by

=causalities/casualties causalities casualties causality casualty
mod: civilian military heavy mass many few no more fewer reported confirmed possible allied coalition enemy troop police combat battlefield light serious total
one: civilian military mass coalition enemy combat
count: figures figure count counts toll tolls list lists numbers rate rates report reports
@mod|#|@numword [causalities]
[causalities] among
@one [causality]
[causality|causalities] @count

=principal/principle principle principal principles principals principal principle principals principles
role: investigator investigators reason reasons cause causes source sources author authors architect suspect suspects adviser advisers advisor advisors aim shareholder shareholders dancer dancers objective witness beneficiary beneficiaries negotiator negotiators
money: and amount payment payments balance sum repayment repayments
rule: guiding basic fundamental core moral democratic founding
ideal: democracy justice fairness equality international humanity neutrality law
school|deputy|assistant|vice [principle|principles]
[principle] @role
in [principal] !@money
@rule [principal|principals]
matter of [principal]
[principals] of @ideal

=compliment/complement compliment complement compliments complements complement compliment complements compliments complementary complimentary complimentary complementary
free: tickets ticket drinks drink breakfast meals meal copy copies upgrade wifi wi-fi parking admission passes pass
fit: skills approaches strategies roles colours colors strengths expertise
full [compliment] of
pay|pays|paid|paying @obj? @det? [complement|complements]
backhanded|left-handed [complement]
[complementary] @free
[complimentary] @fit

=discrete/discreet discrete discreet discreet discrete
quiet: inquiries enquiries manner distance conversations conversation talks meetings approach diplomacy word silence presence inquiry enquiry
parts: units components variables categories steps entities elements parts events values stages phases sets chunks packets
[discrete] @quiet
[discreet] @parts
very|extremely|remain|remained|remains|stay|stayed [discrete]

=loose/lose loose lose looses loses loosing losing lose loose
what: weight money control track face hope patience interest jobs job power ground votes sleep heart touch sight momentum support seats lives life everything their his her our my its your
free: break breaks broke broken breaking cut cutting let letting turned
@inf [loose] @what
[loosing|looses] @what
on the [lose]
@free [lose]
[lose] ends|cannon|lips

=there/their there their their there
[there] own
[their] is|are|was|were|isn't|aren't|wasn't|weren't

=they're/their they're their
[they're] own
of|for|in|on|to|with|from|by|about|into|at [they're]

=it's/its it's its its it's
[it's] own
[its] a|an|the|been
[its] not a|an|the|clear|known|going|possible|true|enough|easy|fair|right|surprising|that|just|only|about|yet|over|necessary|worth

=who's/whose who's whose whose who's
kin: own name names family families home homes house car body bodies son sons daughter daughters children wife husband mother father brother sister job death deaths identity fault responsibility
[who's] @kin
[whose] been|going|gonna

=your/you're your you're you're your
[your] a|an|the|not
[you're] own

=then/than then than than then
cmp: more less fewer greater higher lower larger smaller better worse longer shorter bigger older younger faster slower stronger weaker wider deeper
amount: half twice double expected ever usual anticipated planned forecast
@cmp [then] #|@numword|@amount
rather [then]
!each|the|every|any|this|that|no other [then] that|this|those|these|@det|@poss|#|@numword|in|for|to|by|through|from|with
since|until|till [than]
back [than] ,

=lead/led lead led
@be [lead] by|to
@have [lead] to

=passed/past passed past past passed
span: week month year decade weekend few two three four five several century hour hours days weeks months years decades
the|this [passed] @span
@have [past] the|a|away
@subj [past] away

=breech/breach breech breach breeches breaches
[breech|breeches] of
security|data|serious|clear|material|flagrant|major|grave [breech|breeches]

=counsel/council counsel council council counsel
body: meeting meetings member members chamber elections election estate estates tax leader leaders house houses flat flats
security|town|parish|borough|municipal|village [counsel]
[counsel] @body
legal|queen's|king's [council]

=diffuse/defuse diffuse defuse diffused defused diffusing defusing diffuses defuses
tension: situation tension tensions crisis bomb bombs device devices row standoff stand-off conflict dispute anger confrontation
[diffuse|diffused|diffusing|diffuses] @det? @tension

=illicit/elicit illicit elicit elicit illicit
illegal: drugs drug trade trafficking activity activities funds substances affair affairs weapons arms goods money cash relationship flows financial gains payments
[illicit] a|an|the|no|any|@poss|response|responses|reaction|reactions|sympathy
[elicit] @illegal

=flaunt/flout flaunt flout flaunted flouted flaunting flouting flaunts flouts
rules: rules rule law laws regulations regulation ban bans order orders sanctions ceasefire restrictions guidelines resolution resolutions convention conventions lockdown curfew embargo treaty norms
[flaunt|flaunted|flaunting|flaunts] @det? *? @rules

=forgone/foregone forgone foregone
[forgone] conclusion|conclusions

=eminent/imminent eminent imminent imminent eminent
soon: danger threat threats attack attacks arrival collapse release invasion strike strikes departure death risk offensive assault launch famine eviction
famous: domain scholar scholars scientist scientists historian historians lawyer lawyers jurist jurists professor physician surgeon economist economists
[eminent] @soon
[imminent] @famous

=immanent/imminent immanent imminent
[immanent] attack|attacks|threat|threats|danger|collapse|release|arrival|invasion|strike|departure|offensive|famine

=precede/proceed precede proceed preceded proceeded proceeded preceded
[precede] with
[preceded] to
@be [proceeded] by

=stationary/stationery stationary stationery stationery stationary
shop: shop shops store stores supplies cupboard items cabinet
still: vehicle vehicles car cars traffic target targets position object objects bike bicycle front truck trucks train trains
[stationary] @shop
[stationery] @still
remained|remain|remains|stayed|stay [stationery]

=tenant/tenet tenant tenet tenants tenets
doctrine: democracy faith liberalism capitalism conservatism socialism journalism islam christianity judaism buddhism hinduism law policy ideology
basic|central|core|fundamental|guiding [tenant|tenants]
[tenant|tenants] of @det? @doctrine

=vein/vain vein vain vane vain vain vein
in [vein|vane]
in the|a same|similar [vain] !*

=wreck/wreak wreck wreak wrecks wreaks wrecked wreaked wrecking wreaking
[wreck|wrecks|wrecked|wrecking] havoc

=reek/wreak reek wreak reeks wreaks reeked wreaked reeking wreaking wreak reek wreaked reeked wreaking reeking wreaks reeks
[reek|reeks|reeked|reeking] havoc
[wreak|wreaks|wreaked|wreaking] of

=pour/pore pour pore poured pored pouring poring pours pores
doc: documents document details records files papers report reports data evidence maps footage emails transcripts accounts books notes pages statistics figures results images photographs photos archives testimony
[pour|poured|pouring|pours] over|through @det? *? @doc

=peak/pique peak pique peaked piqued peaks piques peaking piquing peek pique peeked piqued peeks piques peeking piquing
[peak|peaked|peaks|peaking|peek|peeked|peeks|peeking] @poss|the interest|curiosity !rate|rates|payment|payments|group|groups

=peak/peek peak peek peaks peeks peek peak
sneak [peak|peaks]
[peek] season|hours|time|times|levels|level|demand

=reign/rein reign rein reigned reined reigning reining reins reigns rein reign reigns reins reined reigned
costs: spending costs inflation borrowing expenses debt deficits prices
free [reign]
[reins|rein|reined] supreme
[reign|reigned|reigning] in @costs
the [reigns] of power|government

=pole/poll pole poll poles polls poll pole
opinion|exit|straw [pole|poles]
the [poles] opened|closed
[poll] position|vault|dancer|dancing

=pray/prey pray prey prey pray preyed prayed preying praying
fall|falls|fell|falling|fallen [pray] to
birds|bird of [pray]
easy [pray]
[preyed|preying] for
to [prey] for

=roll/role roll role rolls roles role roll
part: key pivotal leading central crucial vital important supporting starring title active prominent significant advisory dual decisive instrumental
@part [roll|rolls]
play|plays|played|playing a|an|the|no|little|any [roll|rolls] in
[role] call|calls

=sight/site sight site sights sites site sight
construction|building|crash|burial|launch|landing|archaeological|heritage|web|nuclear|dump|camp|crime|blast [sight|sights]
[sight] visit|visits|inspection|inspections
out|line of [site]
[site] unseen

=sited/cited sited cited siting citing sighted cited sighting citing
why: reason reasons cause causes example examples factor factors source evidence justification precedent
[sited|sighted|siting|sighting] @det? security|safety|health|cost|costs concerns? as @det? @why
[sited|sighted|siting|sighting] as @det? @why

=altar/alter alter altar altar alter altared altered
[alter] boy|boys|server|servers|rail|call
@inf [altar] @det
[altar] ego|egos
[altared] @det

=bare/bear bare bear bares bears bear bare
[bare|bares] @det? brunt
[bare|bares] witness
[bare] in mind
right to [bare] arms
[bear] minimum|bones|essentials|necessities|hands|feet|handed|chested

=break/brake break brake breaks brakes brake break brakes breaks
[break|breaks] pedal|pedals|fluid|lights|pads|disc|discs
slammed|slam|slams|slamming on the [breaks]
put|puts|putting the [breaks] on
[brake|brakes] the law|news|record|silence|deadlock|siege|ceasefire|rules|story|impasse|stalemate

=capitol/capital capitol capital capitols capitals
money: city cities gains punishment expenditure investment letters letter markets market flight spending offence crime crimes controls injection reserves ratio requirements
[capitol] @money
the|a|its|their [capitol] of

=cord/chord cord chord chords cords chord cord
struck|strike|strikes|striking|touched|touch|touches|hit|hits @det raw|deep|familiar|sensitive|responsive|emotional? [cord]
vocal|spinal|umbilical [chord|chords]

=dessert/desert dessert desert desserts deserts desert dessert deserts desserts
syrian|iraqi|sahara|sinai|negev|gobi|mojave|kalahari|arabian|libyan|atacama|namib|sonoran|remote|vast|scorching [dessert]
just [desserts]
[desert|deserts] menu|spoon|spoons|wine|wines|course|trolley|plate|fork

=hoard/horde hoard horde hoards hordes horde hoard hordes hoards
people: people fans protesters tourists migrants refugees journalists fighters militants reporters shoppers visitors supporters soldiers troops invaders locusts photographers children students pilgrims rioters looters
stash: gold cash coins treasure weapons documents food supplies money jewels silver artefacts artifacts
[hoard|hoards] of @people
[horde|hordes] of @stash

=marshal/martial marshal martial marshall martial marshalled martialled marshaled martialed court-marshal court-martial court-marshall court-martial court-marshalled court-martialled court-marshaled court-martialed
[marshal|marshall] law
[court-marshal|court-marshall|court-marshalled|court-marshaled]
a|be|was|were|been|being|face|faces|faced|facing|by court [marshal|marshall|marshalled|marshaled]

=mute/moot mute moot
[mute] point

=ordinance/ordnance ordinance ordnance ordinances ordnance
unexploded|explosive|live [ordinance|ordinances]
[ordinance] disposal|team|teams|squad|experts|expert|clearance

=prostate/prostrate prostate prostrate prostrate prostate
lay|lie|lies|lying|fell|falls|fall|knelt|kneel [prostate]
[prostate] before
[prostrate] cancer|gland|exam|examination|surgery|screening|tumour|tumor|biopsy|enlargement

=prescribed/proscribed prescribed proscribed prescribe proscribe prescribes proscribes prescribing proscribing
[prescribed] terrorist|terror|extremist|militant
@be [prescribed] as @det? terrorist|terror|extremist

=averse/adverse averse adverse adverse averse risk-adverse risk-averse
[averse] effects|effect|weather|conditions|reaction|reactions|impact|consequences|events|publicity|outcome|outcomes
risk [adverse]
[risk-adverse]

=appraised/apprised appraised apprised appraise apprise appraising apprising appraises apprises
[appraised|appraise|appraising|appraises] of
kept|keep|keeping|keeps @obj? [appraised]

=alluded/eluded alluded eluded allude elude alludes eludes alluding eluding
[alluded|allude|alludes|alluding] capture|police|authorities|detection|arrest|investigators|pursuers

=canvas/canvass canvas canvass canvased canvassed canvasing canvassing canvases canvasses
[canvas|canvased|canvasing|canvases] voters|opinion|opinions|support|residents|neighbours|neighbors|households

=hanger/hangar hanger hangar hangers hangars
aircraft|plane|airplane|aeroplane|helicopter|maintenance|airport|airbase|jet [hanger|hangers]

=heroine/heroin heroine heroin heroin heroine
[heroine] addiction|addict|addicts|overdose|overdoses|users|user|dealer|dealers|seizure|seizures|trafficking|epidemic|smuggling|trade|abuse|habit|haul|production|use
national|unlikely [heroin]

=incidences/incidents incidences incidents
@numword|several|multiple|separate|both|these|those|other|similar|violent|such|# [incidences]

=lightening/lightning lightening lightning
[lightening] strike|strikes|bolt|bolts|storm|storms|rod|rods|fast|speed|attack|war|offensive|raid
struck|killed|hit by [lightening]

=phased/fazed phased fazed unphased unfazed
[unphased]
not|never|hardly|barely|wasn't|weren't|isn't|aren't|seem|seemed|seems [phased] by|,|.|$

=tow/toe tow toe toe tow
[tow] the *? line
in [toe]

=wave/waive wave waive waved waived waving waiving waves waives waive wave waived waved waiving waving waives waves
fees: fee fees rights requirement requirements immunity visa visas charges penalty penalties debt debts rule rules tariffs tariff fines privilege extradition restrictions
hands: goodbye flags flag banners banner placards hands hand signs weapons guns
[wave|waved|waving|waves] @det? @fees !book|books|of
[waive|waived|waiving|waives] @poss? @hands

=weather/whether weather whether whether weather
[weather] or not
the [whether] forecast|forecasts|conditions|report|service|was|is|has|in|on|.|,|$
bad|good|severe|extreme|cold|hot|wet|dry|stormy|freezing|inclement [whether] conditions|forecast|delayed|forced|caused|hampered|.|,|$

=yoke/yolk yoke yolk yokes yolks yolk yoke
egg|eggs [yoke|yokes]
[yolk] of oppression|tyranny|colonialism|colonial|occupation|slavery|communism|foreign|empire

=loathe/loath loathe loath
@be|seemed|seem|seems|appear|appeared|appears|remain|remained|remains [loathe] to

=aid/aide aid aide aids aides
senior|presidential|congressional|ministerial|top|close|former [aid|aids] said|says|told|who

=baited/bated baited bated
[baited] breath

=duel/dual duel dual
[duel] citizenship|nationality|national|nationals|role|roles|purpose|carriageway|passport|passports|use|mandate|track|citizen|citizens

=fare/fair fare fair fair fare fairs fares
[fare] trial|share|game|deal|play|election|elections|hearing
[fare] and square
free and [fare]
bus|train|taxi|air|rail|metro|tube|subway [fair|fairs]
[fair|fairs] hike|hikes|evasion|dodger|dodgers|dodging

=minor/miner minor miner minors miners miner minor
coal|gold|copper|tin|diamond|lithium [minor|minors]
[miner] injuries|injury|offence|offences|offense|offenses|role|details|detail|changes|adjustments|incident|incidents|damage

=navel/naval navel naval
[navel] base|bases|forces|force|officer|officers|fleet|fleets|vessel|vessels|ship|ships|blockade|academy|exercises|exercise|warfare|commander|commanders|power|station|drills|patrol|patrols|battle|operations|facility

=piece/peace piece peace peace piece
[piece] talks|process|agreement|accord|accords|treaty|negotiations|plan|envoy|envoys|keepers|keeping|prize|conference|settlement|initiative|deal|corps|mission|negotiator|negotiators
[piece] of mind
a [peace] of paper|cake|land|wood|metal|cloth|evidence|advice|information|legislation|music|art|writing|equipment|furniture|jewellery|jewelry|glass|shrapnel|bread|pie|string|news|work

=personal/personnel personal personnel personnel personal
staff: military medical security army navy police emergency civilian coalition embassy diplomatic defence defense enlisted uniformed
own: information data details protective equipment belongings effects items use safety security alarm alarms account accounts life reasons loan loans attack attacks assistant best computer finance finances property responsibility stake interest interests capacity opinion space hygiene matters affairs grounds injury injuries guard guards bodyguard bodyguards physician doctor aide aides secretary envoy representative adviser advisor friend friends relationship relationships history record records files preference preferences choice freedom freedoms liberty gain and or
@staff [personal] !@own
[personnel] life|opinion|opinions|view|views|belief|beliefs|experience|attack|attacks|best|protective|belongings|capacity|assistant

=premier/premiere premier premiere premiere premier
film|movie|season|series|gala [premier]
world [premier] of
[premiere] league|division

=rational/rationale rational rationale
@det [rational] for|behind

=troop/troupe troop troupe troops troupes troupe troop troupes troops
dance|theatre|theater|comedy|circus|acting|ballet|opera|touring [troop|troops]
[troupes] deployed|withdrew|stationed|crossed|advanced|entered|pulled
[troupe] withdrawal|deployment|deployments|levels|movements|surge|presence|carrier|carriers

=boarder/border boarder border boarders borders
[boarder] crossing|crossings|guard|guards|police|security|control|controls|wall|town|towns|region|area|areas|dispute|disputes|clashes|patrol|patrols|fence|agency|force|forces|post|posts|checkpoint|checkpoints|official|officials|point|province|city|village|villages
across|along|near|over the [boarder]

=cease/seize cease seize ceased seized ceases seizes ceasing seizing seize cease seize-fire ceasefire
[cease|ceased|ceasing|ceases] control|territory|weapons|assets|drugs|documents !production|manufacturing|exports|imports|sales|trading|testing|programme|program|development|deliveries|shipments|supplies|transfers
[cease|ceased|ceasing|ceases] the initiative|opportunity|city|town|capital|airport
[seize] fire
[seize-fire]

=cash/cache cash cache cashes caches
weapons|weapon|arms|ammunition|explosives|munitions [cash|cashes]
a|large|huge [cash] of weapons|arms|ammunition|explosives|rifles|guns|munitions

=devise/device devise device devises devices device devise
explosive|improvised|incendiary|nuclear|electronic|listening|tracking|suspicious [devise|devises]
[devise] exploded|detonated|went
@inf [device] @det? plan|plans|strategy|strategies|way|ways|scheme|schemes|method|methods|solution|solutions|formula

=advise/advice advise advice advice advise
legal|medical|expert|travel|financial|professional|sound|good|bad|independent|official [advise]
@inf [advice] him|them|us|residents|people|citizens|travellers|travelers

=breath/breathe breath breathe breathe breath
@inf|not [breath] !test|tests|testing|sample|samples|alcohol|analysis|control|freshener
a|one|another|deep|last|fresh [breathe]

=statue/statute statue statute statues statutes
[statue|statues] of limitations
[statue] book|books

=canon/cannon canon cannon canons cannons
water [canon|canons]
loose [canon]

=grizzly/grisly grizzly grisly
[grizzly] murder|murders|discovery|scene|scenes|details|killing|killings|find|crime|crimes|attack|death|deaths|remains|footage|images|video|end|fate

=gorilla/guerrilla gorilla guerrilla gorillas guerrillas
[gorilla] warfare|war|fighters|fighter|group|groups|tactics|movement|attacks|attack|campaign|army|force|forces|leader|leaders|insurgency
[gorillas] attacked|ambushed|seized

=mitigate/militate mitigate militate mitigates militates mitigated militated mitigating militating
[mitigate|mitigates|mitigated|mitigating] against

=populous/populace populous populace populace populous
the|general|local|civilian|entire|whole [populous] was|is|were|are|has|had|have|will|would|must|can|could|should|.|;|$
most|more|densely|less|least|heavily [populace]

=shear/sheer shear sheer
the|by [shear] number|numbers|scale|size|volume|weight|determination|luck|madness|panic|terror|horror|amount|drop|audacity|brutality

=hone/home hone home honed homed honing homing hones homes
[hone|honed|honing|hones] in on

=wet/whet wet whet wetted whetted wetting whetting wets whets
[wet|wetted|wetting|wets] @poss|the? appetite|appetites

=flair/flare flair flare flaired flared flairs flares flair-up flare-up flair-ups flare-ups flare flair
[flair|flaired|flairs] up
[flair-up|flair-ups]
a|the|real|natural [flare] for drama|dramatics|languages|design|style|business|comedy|words|music|fashion|leadership|publicity|showmanship

=sew/sow sew sow sewing sowing sewed sowed sewn sown sews sows
[sew|sewing|sewed|sewn|sews] @poss? the? seeds? of? discord|confusion|division|divisions|doubt|doubts|dissent|fear|panic|chaos|distrust|mistrust|hatred|unrest

=plain/plane plain plane plains planes
[plain|plains] crash|crashes|crashed|hijacking|hijacked|passengers|ticket|tickets|wreckage

=dominate/dominant dominate dominant
the|a|most [dominate] force|position|role|party|player|players|language|religion|power|faction|group

=disparate/desperate disparate desperate
[disparate] attempt|attempts|measures|bid|need|situation|plight|search|struggle|effort|efforts|times|straits

=exasperate/exacerbate exasperate exacerbate exasperated exacerbated exasperates exacerbates exasperating exacerbating
[exasperate|exasperated|exasperates|exasperating] @det? crisis|problem|problems|situation|tensions|tension|shortage|shortages|conflict|symptoms|inequality|poverty

=negligent/negligible negligent negligible
a|the [negligent] amount|amounts|impact|effect|difference|number|quantity|quantities|cost|risk

=ravished/ravaged ravished ravaged war-ravished war-ravaged
[war-ravished]
[ravished] by war|fire|disease|drought|conflict|famine|floods|violence
`);
