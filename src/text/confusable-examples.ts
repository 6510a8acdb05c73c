/**
 * The examples and notes of the confusion dictionary (src/text/confusables.ts), by entry id:
 * what each entry must fire on (`{written→meant}` marks the word and the suggestion) and what it
 * must leave alone, and why the words get confused. They run as tests
 * (tests/rules/quote-confusable.test.ts: every entry must have both kinds, and every example
 * must hold, with the entry alone and with the whole dictionary). They live beside the
 * dictionary, not in it, so that the published code carries the patterns and not the test data.
 */

/** One entry's examples: texts that must fire (the word marked `{written→meant}`), texts that must pass, and a note for the docs. */
export interface ConfusableExamples {
  /** Why the words get confused, for the docs. */
  readonly note?: string;
  readonly fire: readonly string[];
  readonly pass: readonly string[];
}

/**
 * The examples of each built-in entry, by its id.
 *
 * @example
 * ```ts
 * CONFUSABLE_EXAMPLES["accessed/assessed"].fire[0];
 * //=> "[of these] 13 were {accessed→assessed} to be credible resulting in 61 deaths."
 * ```
 */
export const CONFUSABLE_EXAMPLES: Readonly<Record<string, ConfusableExamples>> = {
  "accessed/assessed": {
    note: "To access is to get at something; to assess is to judge it. Releases say reports were 'assessed to be credible'.",
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
  "affect/effect": {
    note: "Affect is usually the verb, effect the noun (to effect is to bring about).",
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
  "causalities/casualties": {
    note: "Causality is cause and effect; casualties are the dead and wounded.",
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
  "principal/principle": {
    note: "A principal is a head or the main one; a principle is a rule or belief.",
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
  "compliment/complement": {
    note: "A complement completes; a compliment praises. Free drinks are complimentary.",
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
  "discrete/discreet": {
    note: "Discreet is careful and unobtrusive; discrete is separate and distinct.",
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
  "loose/lose": {
    note: "Lose is to fail to keep; loose is not tight, or free.",
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
  "there/their": {
    note: "Their is possessive; there is a place or starts 'there is'.",
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
  "they're/their": {
    note: "They're is 'they are'.",
    fire: ["They want to run {they're→their} own affairs.", "Families fled with {they're→their} children."],
    pass: ["They're going home.", "They said they're ready.", "It is up to them whether they're involved."],
  },
  "it's/its": {
    note: "It's is 'it is' or 'it has'; its is possessive.",
    fire: ["The coalition defended {it's→its} own record.", "{Its→It's} a matter of time.", "Officials said {its→it's} not clear."],
    pass: ["It's a matter of time.", "It is stationary in its [the world's] middle.", "The coalition defended its record.", "Its own figures differ.", "It listed its A-list guests.", "They exaggerate its not inconsiderable virtues."],
  },
  "who's/whose": {
    note: "Who's is 'who is' or 'who has'; whose is possessive.",
    fire: ["A man {who's→whose} son was killed spoke.", "Nobody knows {whose→who's} going to win."],
    pass: ["A man whose son was killed spoke.", "Who's going to win?", "The woman who's leading the inquiry spoke."],
  },
  "your/you're": {
    note: "You're is 'you are'.",
    fire: ["{Your→You're} not allowed in.", "Do it {you're→your} own way."],
    pass: ["You're not allowed in.", "Do it your own way.", "Your not-for-profit status is safe."],
  },
  "then/than": {
    note: "Than compares; then is about time.",
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
  "lead/led": {
    note: "Led is the past tense of lead.",
    fire: ["The inquiry was {lead→led} by a judge.", "The strikes have {lead→led} to protests.", "We were {lead→led} to believe it was safe."],
    pass: ["She will lead the inquiry.", "Leaders should lead by example.", "The pipes contain lead.", "The inquiry was led by a judge."],
  },
  "passed/past": {
    note: "Passed is the verb; past is the time before now, or beyond.",
    fire: [
      "In the {passed→past} week, 61 deaths were confirmed.",
      "The bill has {past→passed} the Senate.",
      "His mother, who {past→passed} away in 2010, was a nurse.",
    ],
    pass: ["In the past week, 61 deaths were confirmed.", "The bill passed the Senate.", "She has past experience in government.", "The convoy drove past the checkpoint."],
  },
  "breech/breach": {
    note: "A breach is a break or violation; a breech is the back of a gun, or a birth position.",
    fire: ["It was a {breech→breach} of the ceasefire.", "A data {breech→breach} exposed records.", "Serious {breeches→breaches} were found."],
    pass: ["The baby was in a breech position.", "It was a breach of the ceasefire.", "It was a breech birth."],
  },
  "counsel/council": {
    note: "A council is a body; counsel is advice, or a lawyer.",
    fire: ["The UN security {counsel→council} met on Friday.", "A {counsel→council} meeting was held.", "He sought legal {council→counsel}."],
    pass: ["The Security Council met on Friday.", "He sought legal counsel.", "The town council met.", "Counsel for the defence objected."],
  },
  "diffuse/defuse": {
    note: "To defuse is to make less dangerous; to diffuse is to spread out.",
    fire: ["Diplomats tried to {diffuse→defuse} the crisis.", "Army experts {diffused→defused} the bomb.", "Talks aimed at {diffusing→defusing} tensions failed."],
    pass: ["Light diffuses through the glass.", "Diplomats tried to defuse the crisis.", "The idea diffused through the party."],
  },
  "illicit/elicit": {
    note: "To elicit is to draw out; illicit is unlawful.",
    fire: ["The appeal failed to {illicit→elicit} a response.", "Police seized {elicit→illicit} drugs.", "The remarks were meant to {illicit→elicit} sympathy."],
    pass: ["The appeal failed to elicit a response.", "Police seized illicit drugs.", "Access to illicit drugs has grown.", "They tried to elicit support."],
  },
  "flaunt/flout": {
    note: "To flout a rule is to break it openly; to flaunt is to show off.",
    fire: ["Shops {flaunted→flouted} the lockdown rules.", "The regime continues to {flaunt→flout} international law.", "Companies {flaunting→flouting} sanctions were fined."],
    pass: ["She flaunted her wealth.", "The regime flouted international law.", "Players flaunt their skills."],
  },
  "forgone/foregone": {
    note: "A foregone conclusion is one decided in advance; forgone is given up.",
    fire: ["The result was a {forgone→foregone} conclusion."],
    pass: ["Income forgone during the strike was large.", "It was a foregone conclusion."],
  },
  "eminent/imminent": {
    note: "Imminent is about to happen; eminent is distinguished (and eminent domain is the state's power to take land).",
    fire: ["Officials warned of an {eminent→imminent} attack.", "The state used {imminent→eminent} domain.", "An {imminent→eminent} historian disagreed."],
    pass: ["An eminent historian disagreed.", "An imminent attack was feared.", "The state used eminent domain."],
  },
  "immanent/imminent": {
    note: "Immanent is inherent; imminent is about to happen.",
    fire: ["Officials warned of an {immanent→imminent} threat."],
    pass: ["God is immanent in the world.", "Officials warned of an imminent threat."],
  },
  "precede/proceed": {
    note: "To proceed is to go on; to precede is to come before.",
    fire: ["Officials decided to {precede→proceed} with the vote.", "They {preceded→proceeded} to open fire.", "The strike was {proceeded→preceded} by a warning."],
    pass: ["The strike was preceded by a warning.", "They proceeded to open fire.", "The vote will proceed with amendments.", "A warning preceded the strike.", 'The word can precede "with a deadly weapon".'],
  },
  "stationary/stationery": {
    note: "Stationary is not moving; stationery is paper and pens.",
    fire: ["She ran a {stationary→stationery} shop.", "A {stationery→stationary} vehicle was hit.", "The tanks remained {stationery→stationary}."],
    pass: ["A stationary vehicle was hit.", "Office stationery was ordered.", "The gift was stationery."],
  },
  "tenant/tenet": {
    note: "A tenet is a principle; a tenant rents.",
    fire: ["Free speech is a {tenant→tenet} of democracy.", "It is one of the core {tenants→tenets} of the plan.", "The {tenants→tenets} of the faith were debated."],
    pass: ["The tenant of the flat complained.", "A core tenet of democracy.", "The anchor tenant left the mall."],
  },
  "vein/vain": {
    note: "In vain is without success; in the same vein is in the same manner.",
    fire: ["Rescuers searched in {vein→vain} for survivors.", "In the same {vain→vein}, officials denied it."],
    pass: ["Rescuers searched in vain.", "The needle went into a vein in his arm.", "In the same vein, officials denied it.", "The same vain attempts failed."],
  },
  "wreck/wreak": {
    note: "One wreaks havoc; a ship is wrecked.",
    fire: ["Storms {wrecked→wreaked} havoc on the coast."],
    pass: ["Storms wreaked havoc.", "The ship was wrecked on the rocks."],
  },
  "reek/wreak": {
    note: "To reek is to smell; havoc is wreaked. A deal reeks of corruption.",
    fire: ["Floods {reeked→wreaked} havoc.", "The deal {wreaks→reeks} of corruption."],
    pass: ["The room reeked of smoke.", "Floods wreaked havoc."],
  },
  "pour/pore": {
    note: "One pores over documents (reads them closely).",
    fire: ["Investigators {poured→pored} over the documents.", "Analysts are {pouring→poring} over the data."],
    pass: ["Investigators pored over the documents.", "Rain poured over the city.", "Supporters poured into the streets."],
  },
  "peak/pique": {
    note: "Something piques your interest (stirs it).",
    fire: ["The case {peaked→piqued} their interest.", "The leak will {peak→pique} the curiosity of reporters."],
    pass: ["Fighting peaked in July.", "At the peak the interest rate was 15%.", "Interest peaked in May."],
  },
  "peak/peek": {
    note: "A peek is a quick look; a peak is a top.",
    fire: ["A sneak {peak→peek} at the report.", "Traffic is worst at {peek→peak} hours."],
    pass: ["A sneak peek at the report.", "Traffic is worst at peak hours.", "She took a peek."],
  },
  "reign/rein": {
    note: "Reins steer a horse (free rein, rein in); a monarch reigns.",
    fire: [
      "Commanders were given free {reign→rein}.",
      "Chaos {reins→reigns} supreme.",
      "The government must {reign→rein} in spending.",
      "He seized the {reigns→reins} of power.",
    ],
    pass: ["Chaos reigns supreme.", "His reign in Egypt lasted decades.", "Commanders were given free rein.", "The reigns of three kings were short."],
  },
  "pole/poll": {
    note: "A poll is a vote or survey; a pole is a post (and pole position).",
    fire: ["An opinion {pole→poll} showed support falling.", "The {poles→polls} closed at 8pm.", "He started from {poll→pole} position."],
    pass: ["An opinion poll showed support falling.", "Poles voted on Sunday.", "Telegraph poles were knocked down."],
  },
  "pray/prey": {
    note: "Prey is hunted; to pray is to ask (of a god).",
    fire: [
      "Civilians fell {pray→prey} to looters.",
      "Birds of {pray→prey} circle overhead.",
      "Worshippers gathered to {prey→pray} for peace.",
      "Crowds were {preying→praying} for the victims.",
    ],
    pass: ["Civilians fell prey to looters.", "Worshippers gathered to pray for peace.", "They became easy prey for the militants.", "Gangs preyed on migrants."],
  },
  "roll/role": {
    note: "A role is a part played; a roll is a list or a turn.",
    fire: ["She played a key {roll→role} in the talks.", "They played a {roll→role} in the attack.", "A {role→roll} call of the dead was read."],
    pass: ["She played a key role.", "He played a drum roll.", "The roll call began.", "The bread roll was stale."],
  },
  "sight/site": {
    note: "A site is a place; sight is seeing.",
    fire: [
      "Workers fled the construction {sight→site}.",
      "Inspectors made a {sight→site} visit.",
      "The car drove out of {site→sight}.",
      "He bought the house {site→sight} unseen.",
    ],
    pass: ["Inspectors made a site visit.", "The sight of the damage shocked them.", "The car drove out of sight.", "A test site in Nevada was closed.", "He built a new bomb sight."],
  },
  "sited/cited": {
    note: "To cite is to quote or name as a reason; to site is to place.",
    fire: ["Officials {sited→cited} security concerns as the reason.", "Security was {sighted→cited} as a factor."],
    pass: ["The plant was sited as close as possible to the river.", "Security was cited as a factor.", "A whale was sighted as far north as Maine."],
  },
  "altar/alter": {
    note: "To alter is to change; an altar is a table in a church.",
    fire: ["He served as an {alter→altar} boy.", "The plan would {altar→alter} the balance of power.", "His {altar→alter} ego took over."],
    pass: ["They married at the altar.", "The plan would alter the balance.", "She walked to the altar."],
  },
  "bare/bear": {
    note: "To bear is to carry or endure; bare is uncovered.",
    fire: [
      "Civilians {bare→bear} the brunt of the fighting.",
      "{Bare→Bear} in mind the risks.",
      "Rescuers dug with their {bear→bare} hands.",
      "Aid covers the {bear→bare} minimum.",
    ],
    pass: ["Civilians bear the brunt.", "Rescuers dug with their bare hands.", "A bear was spotted.", "The trees were bare."],
  },
  "break/brake": {
    note: "A brake slows a vehicle; to break is to smash or interrupt.",
    fire: ["The driver slammed on the {breaks→brakes}.", "Faulty {break→brake} lights caused the crash.", "Rebels tried to {brake→break} the siege."],
    pass: ["The driver slammed on the brakes.", "Rebels tried to break the siege.", "He had to brake the truck hard.", "Summer breaks are long."],
  },
  "capitol/capital": {
    note: "A capital is a seat of government (or money); a capitol is a legislature's building.",
    fire: ["Damascus, the {capitol→capital} of Syria, was quiet.", "He faced {capitol→capital} punishment."],
    pass: ["Damascus, the capital of Syria, was quiet.", "Protesters entered the Capitol.", "The state capitol of Texas was closed."],
  },
  "cord/chord": {
    note: "A remark strikes a chord; the spinal cord and vocal cords are cords.",
    fire: ["The speech struck a {cord→chord} with voters.", "He suffered a spinal {chord→cord} injury.", "The remark struck a raw {cord→chord}."],
    pass: ["The speech struck a chord.", "The worker struck a power cord.", "He suffered a spinal cord injury.", "The song ends on a minor chord."],
  },
  "dessert/desert": {
    note: "A desert is dry land (and one gets one's just deserts); a dessert is a sweet course.",
    fire: ["Fighters retreated into the Syrian {dessert→desert}.", "The officials got their just {desserts→deserts}.", "The {desert→dessert} menu was short."],
    pass: ["Fighters retreated into the Syrian desert.", "Apple pie is a southern dessert.", "They got their just deserts."],
  },
  "hoard/horde": {
    note: "A horde is a crowd; a hoard is a hidden store.",
    fire: ["{Hoards→Hordes} of tourists arrived.", "A {hoard→horde} of reporters waited.", "Police found a {horde→hoard} of weapons."],
    pass: ["Hordes of tourists arrived.", "A hoard of gold coins was found.", "They hoard food."],
  },
  "marshal/martial": {
    note: "Martial law and courts martial are military; a marshal is an officer.",
    fire: ["The army declared {marshal→martial} law.", "He was {court-marshalled→court-martialled} for desertion.", "He faces a court {marshal→martial}."],
    pass: ["The army declared martial law.", "The field marshal resigned.", "The Supreme Court marshal opened the session.", "Police marshal the crowds."],
  },
  "mute/moot": {
    note: "A moot point is open to debate, or no longer matters.",
    fire: ["Whether he knew is now a {mute→moot} point."],
    pass: ["Whether he knew is a moot point.", "He pressed the mute button.", "A mute swan swam past."],
  },
  "ordinance/ordnance": {
    note: "Ordnance is munitions; an ordinance is a decree.",
    fire: ["Unexploded {ordinance→ordnance} littered the area.", "An explosive {ordinance→ordnance} disposal team arrived."],
    pass: ["The city passed an ordinance.", "Unexploded ordnance littered the area.", "A municipal ordinance banned it."],
  },
  "prostate/prostrate": {
    note: "Prostrate is lying face down; the prostate is a gland.",
    fire: ["He died of {prostrate→prostate} cancer.", "Worshippers lay {prostate→prostrate} before the altar."],
    pass: ["He died of prostate cancer.", "Worshippers lay prostrate."],
  },
  "prescribed/proscribed": {
    note: "A proscribed group is banned; a prescribed drug is ordered by a doctor.",
    fire: ["Membership of a {prescribed→proscribed} terrorist group is a crime.", "The movement was {prescribed→proscribed} as a terrorist organisation."],
    pass: ["The drug was prescribed by a doctor.", "Membership of a proscribed terrorist group is a crime.", "He was prescribed as a last resort."],
  },
  "averse/adverse": {
    note: "Adverse is harmful; averse is unwilling (risk-averse).",
    fire: ["The drug had {averse→adverse} effects.", "Investors are risk {adverse→averse}.", "Banks became {risk-adverse→risk-averse}."],
    pass: ["Adverse weather delayed flights.", "Investors are risk averse.", "He is averse to risk."],
  },
  "appraised/apprised": {
    note: "To apprise is to inform; to appraise is to value.",
    fire: ["Officials were {appraised→apprised} of the threat.", "He kept us {appraised→apprised}."],
    pass: ["The house was appraised at $1m.", "Officials were apprised of the threat."],
  },
  "alluded/eluded": {
    note: "To elude is to escape; to allude is to hint at (always 'allude to').",
    fire: ["The gunman {alluded→eluded} capture for weeks."],
    pass: ["He alluded to the report.", "The gunman eluded capture."],
  },
  "canvas/canvass": {
    note: "To canvass is to seek votes or opinions; canvas is cloth.",
    fire: ["Volunteers {canvased→canvassed} voters door to door."],
    pass: ["They slept in a canvas tent.", "Volunteers canvassed voters.", "The painting is oil on canvas."],
  },
  "hanger/hangar": {
    note: "Aircraft are kept in hangars; coats hang on hangers.",
    fire: ["The jets were parked in an aircraft {hanger→hangar}."],
    pass: ["He used a coat hanger.", "The jets were parked in an aircraft hangar."],
  },
  "heroine/heroin": {
    note: "Heroin is a drug; a heroine is a woman admired.",
    fire: ["Police seized a {heroine→heroin} haul worth millions.", "She became a national {heroin→heroine}."],
    pass: ["Heroin addiction is rising.", "She is the heroine of the novel.", "The local heroin supply dried up."],
  },
  "incidences/incidents": {
    note: "Incidents are events; incidence is a rate of occurrence.",
    fire: ["Police reported two {incidences→incidents} overnight.", "There were 14 {incidences→incidents} of looting."],
    pass: ["Police reported two incidents.", "The incidence of cancer rose."],
  },
  "lightening/lightning": {
    note: "Lightning strikes; lightening makes lighter.",
    fire: ["Two men were struck by {lightening→lightning}.", "A {lightening→lightning} strike started the fire."],
    pass: ["Skin lightening creams were banned.", "Two men were struck by lightning.", "It was a lightning offensive."],
  },
  "phased/fazed": {
    note: "To faze is to disturb; to phase is to do in stages.",
    fire: ["The minister seemed {unphased→unfazed}.", "He was not {phased→fazed} by the criticism."],
    pass: ["The plan was phased in.", "The tax was not phased out.", "He was not fazed."],
  },
  "tow/toe": {
    note: "To toe the line is to conform; in tow is following along.",
    fire: ["Members were told to {tow→toe} the party line.", "She arrived with reporters in {toe→tow}."],
    pass: ["A truck came to tow the car.", "Members were told to toe the line.", "She arrived with reporters in tow."],
  },
  "wave/waive": {
    note: "To waive is to give up a right or fee; to wave is to move a hand or flag.",
    fire: ["The court {waved→waived} the fees.", "Crowds {waived→waved} flags.", "Officials agreed to {wave→waive} visa requirements."],
    pass: ["Crowds waved flags.", "The court waived the fees.", "Waves of sanctions hit.", "He waved the rule book at reporters.", "He waved right at me."],
  },
  "weather/whether": {
    note: "Whether introduces a choice; weather is rain and sun.",
    fire: ["It is unclear {weather→whether} or not he knew.", "Flights were delayed by bad {whether→weather}."],
    pass: ["It is unclear whether or not he knew.", "Bad weather delayed flights.", "It depends on whether conditions improve.", "It would be every whit as bad whether a passer-by saw it."],
  },
  "yoke/yolk": {
    note: "A yolk is inside an egg; a yoke binds (the yoke of oppression).",
    fire: ["Separate the egg {yoke→yolk}.", "They threw off the {yolk→yoke} of oppression."],
    pass: ["The yolk of an egg is rich.", "They threw off the yoke of oppression."],
  },
  "loathe/loath": {
    note: "Loath (reluctant) to do; to loathe is to hate.",
    fire: ["Officials were {loathe→loath} to comment."],
    pass: ["Officials were loath to comment.", "They loathe the new rules."],
  },
  "aid/aide": {
    note: "An aide is an assistant; aid is help.",
    fire: ["A senior {aid→aide} said the talks failed.", "Two presidential {aids→aides} told reporters."],
    pass: ["Senior aid officials said the talks failed.", "Foreign aid was cut.", "A senior aide said the talks failed."],
  },
  "baited/bated": {
    note: "With bated (held) breath.",
    fire: ["Residents waited with {baited→bated} breath."], pass: ["Residents waited with bated breath.", "He used a baited hook."],
  },
  "duel/dual": {
    note: "Dual is twofold; a duel is a fight.",
    fire: ["He holds {duel→dual} citizenship."], pass: ["He holds dual citizenship.", "They fought a duel at dawn."],
  },
  "fare/fair": {
    note: "A fare is a price of travel; fair is just.",
    fire: ["Observers called for free and {fare→fair} elections.", "He did not get a {fare→fair} trial.", "Rail {fairs→fares} will rise.", "A bus {fair→fare} hike was announced."],
    pass: ["Free and fair elections were held.", "Rail fares will rise.", "It was a fair increase in wages.", "The science fair opened."],
  },
  "minor/miner": {
    note: "A miner digs; a minor is a child, and minor is small.",
    fire: ["Rescuers reached the coal {minors→miners}.", "He suffered {miner→minor} injuries."],
    pass: ["Rescuers reached the coal miners.", "He suffered minor injuries.", "Trapped minors were freed."],
  },
  "navel/naval": {
    note: "Naval is of a navy; a navel is a belly button.",
    fire: ["Russia keeps a {navel→naval} base in Syria."], pass: ["Russia keeps a naval base in Syria.", "Navel piercing is popular."],
  },
  "piece/peace": {
    note: "Peace is the absence of war; a piece is a part.",
    fire: ["The {piece→peace} talks collapsed.", "It gave them {piece→peace} of mind.", "He tore off a {peace→piece} of paper."],
    pass: ["The peace talks collapsed.", "He tore off a piece of paper.", "It gave them peace of mind.", "He spent the night in a peace of exalted fanaticism."],
  },
  "personal/personnel": {
    note: "Personnel are staff; personal is private.",
    fire: ["Military {personal→personnel} were evacuated.", "It was a {personnel→personal} attack on the minister.", "Security {personal→personnel} guarded the site."],
    pass: ["Military personnel were evacuated.", "Wear personal protective equipment.", "She carried an emergency personal alarm.", "His personnel file was leaked."],
  },
  "premier/premiere": {
    note: "A premiere is a first showing; a premier is a head of government (and premier is first in rank).",
    fire: ["The film {premier→premiere} was cancelled.", "He plays in the {premiere→premier} league."],
    pass: ["The film premiere was cancelled.", "The Chinese premier visited.", "He plays in the Premier League."],
  },
  "rational/rationale": {
    note: "A rationale is the reasons behind something; rational is reasonable.",
    fire: ["The {rational→rationale} behind the strikes was unclear."],
    pass: ["The rationale behind the strikes was unclear.", "It was a rational decision.", "Being rational for once helped."],
  },
  "troop/troupe": {
    note: "A troupe performs; troops are soldiers.",
    fire: ["A dance {troop→troupe} performed.", "Russian {troupes→troops} crossed the border.", "A {troupe→troop} withdrawal was announced."],
    pass: ["Russian troops crossed the border.", "A dance troupe performed.", "Theatre troupes were invited."],
  },
  "boarder/border": {
    note: "A border is a frontier; a boarder lodges (or boards).",
    fire: ["They fled across the {boarder→border}.", "Two {boarder→border} guards were killed."],
    pass: ["The school takes boarders.", "Two border guards were killed.", "The boarder's room was searched."],
  },
  "cease/seize": {
    note: "To seize is to take; to cease is to stop (a ceasefire).",
    fire: ["Rebels {ceased→seized} control of the town.", "Both sides agreed to {seize→cease} fire.", "Police {ceased→seized} weapons."],
    pass: ["Rebels seized control of the town.", "Firing ceased at dawn.", "The company ceased trading."],
  },
  "cash/cache": {
    note: "A cache is a hidden store (of weapons); cash is money.",
    fire: ["Troops found a weapons {cash→cache}.", "Police found a {cash→cache} of rifles."],
    pass: ["Troops found a weapons cache.", "They paid in cash."],
  },
  "devise/device": {
    note: "A device is a thing; to devise is to plan.",
    fire: ["An improvised explosive {devise→device} detonated.", "Ministers must {device→devise} a plan."],
    pass: ["An improvised explosive device detonated.", "They devised a plan.", "He had to devise a strategy."],
  },
  "advise/advice": {
    note: "Advice is the noun; to advise is the verb.",
    fire: ["He sought legal {advise→advice}.", "Officials will {advice→advise} residents to leave."],
    pass: ["He sought legal advice.", "Officials advise residents to leave.", "They have access to advice on benefits."],
  },
  "breath/breathe": {
    note: "To breathe is the verb; a breath is the noun.",
    fire: ["Survivors said they could not {breath→breathe}.", "It was a {breathe→breath} of fresh air."],
    pass: ["Survivors said they could not breathe.", "He failed a breath test.", "Drivers were subjected to breath tests."],
  },
  "statue/statute": {
    note: "A statute is a law; a statue is a sculpture.",
    fire: ["The {statue→statute} of limitations expired."],
    pass: ["The statue of Saddam was toppled.", "The statute of limitations expired."],
  },
  "canon/cannon": {
    note: "A cannon fires; a canon is a rule or body of work.",
    fire: ["Police used water {canon→cannon} on protesters."],
    pass: ["Police used water cannon on protesters.", "The book entered the literary canon."],
  },
  "grizzly/grisly": {
    note: "Grisly is gruesome; a grizzly is a bear.",
    fire: ["Police made a {grizzly→grisly} discovery."],
    pass: ["A grizzly bear was spotted.", "Police made a grisly discovery."],
  },
  "gorilla/guerrilla": {
    note: "Guerrillas are irregular fighters; gorillas are apes.",
    fire: ["A {gorilla→guerrilla} war raged for years.", "Rebels used {gorilla→guerrilla} tactics."],
    pass: ["A mountain gorilla was born.", "Rebels used guerrilla tactics.", "Gorillas killed by poachers were buried."],
  },
  "mitigate/militate": {
    note: "Facts militate against (weigh against) something; to mitigate is to lessen.",
    fire: ["Several factors {mitigate→militate} against a deal."],
    pass: ["Walls were built to mitigate the risk.", "Several factors militate against a deal."],
  },
  "populous/populace": {
    note: "The populace is the people; populous is having many people.",
    fire: ["The {populous→populace} was tired of war.", "Egypt is the most {populace→populous} Arab country."],
    pass: ["Egypt is the most populous Arab country.", "The general populace was tired of war.", "The populous north voted for him.", "The populous and prosperous north voted for him."],
  },
  "shear/sheer": {
    note: "Sheer is utter or steep; to shear is to cut.",
    fire: ["The {shear→sheer} number of casualties shocked officials."],
    pass: ["Wind shear grounded flights.", "The sheer scale of the damage was clear.", "Engineers measured the shear force."],
  },
  "hone/home": {
    note: "One homes in on a target; one hones a skill.",
    fire: ["Investigators {honed→homed} in on the suspect."],
    pass: ["They honed their skills.", "Investigators homed in on the suspect."],
  },
  "wet/whet": {
    note: "To whet is to sharpen (an appetite).",
    fire: ["The trailer should {wet→whet} their appetite."],
    pass: ["Wet weather delayed the match.", "The trailer should whet their appetite."],
  },
  "flair/flare": {
    note: "Violence flares up; one has a flair (talent) for something.",
    fire: ["Violence could {flair→flare} up again.", "A {flair-up→flare-up} in fighting was reported.", "She has a {flare→flair} for drama."],
    pass: ["Fighting flared up again.", "She has a flair for drama.", "They fired a flare for help."],
  },
  "sew/sow": {
    note: "One sows (plants) discord or doubt; one sews with a needle.",
    fire: ["The campaign aimed to {sew→sow} discord.", "The leak {sewed→sowed} confusion.", "Rumours were {sewing→sowing} the seeds of doubt."],
    pass: ["The campaign aimed to sow discord.", "She sewed the flag by hand."],
  },
  "plain/plane": {
    note: "A plane flies; plain is simple, or flat land.",
    fire: ["Two people died in a {plain→plane} crash."],
    pass: ["Two people died in a plane crash.", "It was hidden in plain sight.", "The file is plain text."],
  },
  "dominate/dominant": {
    note: "Dominant is the adjective; to dominate is the verb.",
    fire: ["It became the {dominate→dominant} force in the region."],
    pass: ["They dominate the region.", "It became the dominant force in the region."],
  },
  "disparate/desperate": {
    note: "Desperate is hopeless or urgent; disparate is unlike.",
    fire: ["It was a {disparate→desperate} attempt to escape."],
    pass: ["The coalition joined disparate groups.", "It was a desperate attempt to escape."],
  },
  "exasperate/exacerbate": {
    note: "To exacerbate is to make worse; to exasperate is to annoy.",
    fire: ["The drought {exasperated→exacerbated} the crisis."],
    pass: ["The delays exasperated residents.", "The drought exacerbated the crisis."],
  },
  "negligent/negligible": {
    note: "Negligible is too small to matter; negligent is careless.",
    fire: ["Monitors detected a {negligent→negligible} amount of radiation."],
    pass: ["He was charged with negligent driving.", "Monitors detected a negligible amount of radiation."],
  },
  "ravished/ravaged": {
    note: "War ravages (devastates); ravish is to carry off or to delight.",
    fire: ["Aid reached the {war-ravished→war-ravaged} country.", "A region {ravished→ravaged} by war needs help."],
    pass: ["Aid reached the war-ravaged country."],
  },
};
