"""Word lists, allow-lists and signal sets (English and Korean).

English entries are small regular expressions matched on word boundaries against every normalized view; each
literal letter also matches a run of itself ("kiiill" matches ``kill``), so repeated letters need no extra view.
Korean entries are regular expressions matched without word boundaries (Korean glues particles and compounds onto
nouns), with allow-list phrases masked out first ("시발점", "수박씨 발라", "마약김밥", "대마도", "병신년"...).

Severity decides what each policy level blocks (see policy.py):
- ``severe``   blocked at every level and in every channel;
- ``explicit`` blocked in ``strict`` and ``standard``; ``nsfw`` in an age-restricted channel may allow it
               (adult sexual content, fictional gore);
- ``mild``     blocked in ``strict`` only (suggestive content, insults, non-graphic drug use).
"""

from __future__ import annotations

# ------------------------------------------------------------------------------------------------ shared fragments
# 로리 (loli), but not inside 칼로리, 플로리다, 글로리
LORI_KO = r"(?<![칼플글])로리(?!다)"
KB = r"(?<![가-힣])"  # Korean left boundary: not glued to a preceding syllable
KP = r"(?=[이가은는을를의에와과도랑한들만께]|[^가-힣]|$)"  # followed by a particle or a non-Hangul char
# 아이스 (ice: meth), but not ice cream, iced coffee, an ice pack or ice hockey
ICE_KO = r"아이스(?! ?(?:크림|커피|티|아메|라떼|박스|팩|하키|링크|음료|브레이커|버킷|께끼|바))"

PERSON_EN = (r"(?:some(?:one|body)|a (?:person|human|man|woman|kid|child|baby|cop|police officer|teacher|classmate)|"
             r"people|humans|him|her|them|my (?:wife|husband|ex|girlfriend|boyfriend|boss|neighbou?r|teacher|"
             r"classmate|coworker|co-worker|dad|father|mom|mother|brother|sister|son|daughter|roommate|friend|"
             r"family|parents|uncle|aunt|landlord|partner)|(?:the|a) (?:president|senator|prime minister|mayor|judge)|"
             r"(?:my|the) (?:whole )?(?:class|school|office))")

# ------------------------------------------------------------------------------------------------------ English terms
EN_TERMS: dict[str, dict[str, list[str]]] = {
    "sexual": {
        "severe": [
            r"rap(?:e|ed|es|ing|ist)", r"non-?consensual", r"noncon", r"date rape", r"roofie[ds]?",
            r"drug(?:ged)? (?:her|him|a girl|my date) (?:drink|and)", r"upskirts?", r"down ?blouse",
            r"voyeur(?:ism|istic)?", r"(?:hidden|secret) cam(?:era)?s? (?:\w+ ){0,3}?(?:locker ?rooms?|showers?|changing rooms?|bathrooms?|toilets?)", r"hidden cam(?:era)? (?:sex|nude|shower|changing)", r"revenge porn",
            r"bestiality", r"zoophil(?:e|ia)", r"necrophil(?:e|ia)", r"incest(?:uous)?",
            r"sex(?:ual(?:ly)?)? (?:assault|abuse)(?:ed|ing)? (?:her|him|a \w+|my \w+)", r"molest(?:ed|ing|s)?",
            r"sex ?slaves?", r"forced (?:sex|to have sex|nudity|to strip)", r"(?:she|he) (?:says|said) no but",
        ],
        "explicit": [
            r"porn(?:o|ography|ographic|hub|star)?", r"hentai", r"x{3} (?:videos?|porn|content|pics|movies?|sites?)", r"nsfw", r"nudes?", r"nudity", r"naked(?:ness)?",
            r"nakey", r"n(?:oo|u)dz", r"topless", r"bottomless", r"fully nude", r"stark naked", r"in the nude", r"sex", r"sexual(?:ly)?",
            r"sex(?:ting|ted)", r"have sex", r"having sex", r"sex scene", r"sex tape", r"intercourse", r"coitus",
            r"blow ?jobs?", r"hand ?jobs?", r"rim ?jobs?", r"foot ?jobs?", r"cum(?:shot|ming|s)?", r"cum (?:on|inside|in)",
            r"creampie", r"orgasms?", r"orgasmic", r"masturbat(?:e|es|ed|ing|ion)", r"jerk(?:ing)? off", r"jack(?:ing)? off",
            r"erotic(?:a|ally)?", r"horny", r"genitals?", r"genitalia", r"penis(?:es)?", r"vagina(?:s)?", r"vulva",
            r"pussy", r"pussies", r"cock(?:s)?", r"dick(?:s)?", r"boobs?", r"boobies", r"tits", r"titties", r"titty",
            r"nipples?", r"areolas?", r"clit(?:oris)?", r"dildos?", r"fetish(?:es)?", r"bdsm", r"bondage", r"gang ?bang",
            r"milf", r"strip ?tease", r"strippers?", r"strip club", r"stripping naked", r"only ?fans", r"lewd",
            r"ecchi", r"ahegao", r"rule ?34", r"r34", r"spread(?:ing)? (?:her|his|their) legs", r"undress(?:ed|ing|es)?",
            r"without (?:any )?cloth(?:es|ing)", r"no cloth(?:es|ing)", r"wearing nothing", r"unclothed", r"disrobed?",
            r"see[- ]through (?:top|dress|shirt|lingerie)", r"sexual(?:ly)? explicit", r"explicit sex", r"smut(?:ty)?",
            r"nsfw art", r"adult (?:video|film|content|scene)s?", r"x-rated", r"porno?graphic", r"fuck(?:ing|ed|s)? (?:her|him|them|each other|me)",
            r"making love", r"make love", r"(?:bedroom|sex|love|intimate|steamy|spicy|hot) scenes? (?:\w+ ){0,8}?(?:very |extremely |super |really )?(?:graphic|explicit|detailed|uncensored|x-rated)",
            r"beg(?:s|ging|ged)? (?:him|her|them) for more", r"(?:19|18)\+ (?:scene|story|pic|image|content)", r"pleasur(?:e|es|ed|ing) (?:him|her|them|himself|herself|each other)", r"(?:with|using) (?:her|his) (?:mouth|tongue) (?:on|down)",
            r"(?:tak(?:e|es|ing)|took) off (?:all )?(?:of )?(?:her|his|their) (?:clothes|bra|panties|underwear|top)", r"strip(?:s|ping)? (?:off|naked|down to nothing)", r"(?:her|his) clothes off", r"sleep(?:ing)? with (?:her|him) (?:explicit|in detail)", r"thrust(?:ing)? inside",
            r"moan(?:ing)? in pleasure", r"one ?night stand (?:in detail|explicit)", r"camgirl", r"cam ?show",
            r"butt ?plug", r"anal sex", r"oral sex", r"69 position", r"threesome", r"orgy", r"orgies",
            r"big (?:boobs|tits|breasts)", r"huge (?:boobs|tits|breasts)", r"bare (?:breasts?|chest(?:ed)? woman|butt|ass)",
            r"exposed (?:breasts?|nipples?|genitals?)", r"breasts? (?:exposed|out)", r"(?:her|his) (?:naked|bare) body",
        ],
        "mild": [
            r"sexy", r"sexiest", r"(?:shirt|top|bra|dress|clothes|pants|skirt) (?:off|removed|coming off|falling off)", r"(?:with|without) (?:her|his) (?:shirt|top|bra|pants) (?:off|on the floor)", r"seductive(?:ly)?", r"seduc(?:e|es|ed|ing|tion)", r"sensual(?:ly)?", r"busty", r"cleavage",
            r"lingerie", r"thongs?", r"g-?strings?", r"panties", r"skimpy", r"provocative(?:ly)?", r"bedroom eyes",
            r"suggestive(?:ly)?", r"pin-?up", r"boudoir", r"hot (?:babe|chick)s?", r"thicc", r"booty", r"twerk(?:ing)?",
            r"kinky", r"steamy", r"hookup", r"hook(?:ing|ed)? up", r"lust(?:ful|ing)?", r"raunchy", r"naughty", r"risqu[eé]", r"racy", r"spicy (?:scene|story|pics)",
            r"(?:in|into) bed together", r"skinny[- ]dipping", r"see[- ]through", r"wet t-?shirt", r"towel (?:slips|falls|drops)",
        ],
    },
    "sexual_minors": {
        "severe": [
            r"loli(?:con|s)?", r"shota(?:con)?", r"child porn(?:ography)?", r"kiddie porn", r"kiddy porn", r"pedo(?:phile|philia|s)?",
            r"paedo(?:phile|philia)?", r"jail ?bait", r"csam", r"cheese pizza (?:links|videos)", r"underage (?:sex|porn|nudes?|girls? naked)",
            r"preteen (?:nudes?|model|sex)", r"\bcp (?:links|videos|pics)", r"minor attracted", r"map pride",
        ],
    },
    "hate": {
        "severe": [
            r"n[i1!]gg(?:er|a|az|ers|as|uh)", r"nigg(?:er|a)s?", r"niglets?", r"sand ?n[i1]gg(?:er|a)s?", r"f[a@]gg?(?:ot|ots|s)?",
            r"kikes?", r"spics?", r"chinks?", r"gooks?", r"wetbacks?", r"beaners?", r"trann(?:y|ies)", r"shemales?",
            r"(?:should|must|let'?s|need to|have to|gonna|wanna|want to|going to|will|hero|heroes|protagonist|we|i|you) (?:\w+ ){0,2}?"
            r"(?:kill(?:s|ing|ed)?|exterminat\w*|wipe[sd]? out|wiping out|gas(?:ses|sed|sing)?|shoot(?:s|ing)?|massacr\w*|eradicat\w*|slaughter\w*) (?:all |every one of )?(?:the |those )?"
            r"(?:jews|muslims|blacks|black people|gays|gay people|immigrants|mexicans|asians|arabs|trans people|refugees|gypsies|foreigners|migrants)",
            r"(?:list|give me|include|write(?: out| down)?|spell out|tell me) (?:all |some |the |a few )?(?:\d+ |ten |five |twenty )?(?:\w+ ){0,2}?(?:racial |racist |ethnic |homophobic )?slurs",
            r"ragheads?", r"towel ?heads?", r"dykes?", r"retards?", r"retarded", r"mongoloids?", r"golliwogs?", r"darkies",
            r"jigaboos?", r"porch monkeys?", r"slant ?eyes?", r"zipperheads?", r"coon ?ass", r"camel jockeys?",
            r"white power", r"heil hitler", r"sieg heil", r"1488", r"14 words", r"gas the jews", r"race war now",
            r"(?:write|spell|type|repeat|print) (?:out )?(?:the )?(?:full )?n-?word", r"(?:say|use) (?:the )?n-?word (?:\d+|fifty|a hundred|ten|over and over|in (?:a|every|your|each) (?:sentence|line|verse|reply))", r"white genocide", r"great replacement", r"(?:nazis?|hitler|the kkk) (?:was|were) (?:right|justified|correct)",
            r"(?:cleans(?:e|es|ed|ing)|purg(?:e|es|ed|ing)|rid(?:s|ding)?) (?:the |our |this |a )?(?:\w+ ){0,2}?of (?:all )?(?:the |those |its )?(?:jews|muslims|blacks|black people|gays|gay people|immigrants|mexicans|asians|arabs|trans people|refugees|gypsies|roma|foreigners|migrants)", r"holocaust (?:never happened|didn'?t happen|was a hoax|is a lie|denial essay|was (?:justified|deserved|a good thing))",
            r"(?:pride (?:parade|march|flags?)|rainbow flags?|gay (?:bar|club|people)|trans people) (?:\w+ ){0,4}?(?:being )?(?:bombed|burn(?:ing|ed)|on fire|massacred|executed)",
            r"jews? (?:control|run) the (?:world|media|banks)", r"(?:all )?(?:jews|muslims|blacks|gays|immigrants|mexicans|"
            r"asians|arabs|women|trans people) (?:are|r) (?:vermin|animals|subhuman|parasites|cockroaches|rats|inferior|"
            r"a disease|filth|scum|not human)",
            r"kill(?:ing)? (?:all|every|off) (?:the |of the )?(?:jews|muslims|blacks|gays|immigrants|mexicans|asians|arabs|christians|women|trans people|"
            r"gypsies|roma|refugees|foreigners)",
            r"(?:jews|muslims|blacks|gays|immigrants|mexicans|asians|arabs|trans people|gypsies|refugees) should (?:all )?"
            r"(?:die|be (?:killed|exterminated|deported|gassed|shot|sterilized|eradicated)|not (?:exist|be allowed to vote))",
            r"master race", r"ethnic cleansing (?:is|was) (?:good|necessary|justified)", r"subhumans?", r"untermensch",
            r"dirty (?:jews?|muslims?|arabs?|mexicans?|immigrants?|gypsies)", r"go back to (?:africa|your country|china)",
            r"(?:racist|antisemitic|homophobic|transphobic|sexist|islamophobic) (?:joke|rant|speech|manifesto|propaganda|slur)s?",
            r"joke about (?:black people|jews|muslims|gay people|mexicans|asians|disabled people) being",
            r"why (?:black people|jews|muslims|women|gays|immigrants|asians) are (?:inferior|stupid|criminals|dangerous)",
            r"(?:black people|jews|muslims|women|gays|immigrants|asians|arabs|mexicans|disabled people) are (?:inferior|stupid|"
            r"criminals|dangerous|disgusting|worthless|less intelligent)",
            r"nazi propaganda", r"no (?:jews|blacks|muslims|gays|mexicans|asians|arabs|immigrants|gypsies|chinese|niggers) (?:allowed|welcome|wanted)",
            r"(?:whites|white people) only (?:sign|town|zone|neighbou?rhood)", r"(?:ban|banning|deport|deporting|expel|expelling) all (?:the )?(?:jews|muslims|blacks|gays|immigrants|mexicans|asians|arabs|refugees)", r"kkk (?:recruitment|flyer|poster)", r"recruit(?:ing|ment)? (?:for|to) the kkk",
        ],
    },
    "harassment": {
        "severe": [
            r"i(?:'?ll| will|'?m going to| am going to|'?m gonna| am gonna) (?:kill|murder|stab|shoot|hurt|rape|find|beat|end) you",
            r"i know where you live", r"watch your back", r"you(?:'?re| are) (?:dead|going to die|gonna die)",
            r"kill your ?self", r"kys", r"go (?:die|hang yourself|kill yourself)", r"die in a fire", r"neck your ?self",
            r"(?:hope|wish) you (?:die|get (?:raped|cancer|hit by a car))", r"dox(?:x)?(?:ing|ed)?", r"swat(?:ting)? (?:him|her|them|someone)",
            r"(?:find|get|look up|leak|post) (?:his|her|their|the) (?:home )?(?:address|phone number|personal info)",
            r"(?:threatening|threat|death threat|hate) (?:message|letter|note|email|text)s?",
            r"(?:death|rape|bomb) threats? (?:to|for|against|at) (?:my|a|an|the|this|that|him|her|them|our|his)",
            r"(?:bully|humiliate|harass|intimidate|stalk|blackmail|threaten|torment) (?:my|a|the|this|that|him|her|them)",
            r"cyberbully(?:ing)?", r"(?:insults?|slurs|mean names|nasty names|mean nicknames|comebacks) (?:to call|to use on|for) (?:a|my|the|this|that|her|him)",
            r"make (?:her|his|their|my \w+'?s?) life (?:a )?(?:hell|miserable)", r"review[- ]bomb(?:ing)?", r"harass (?:\w+ ){0,3}until",
            r"(?:spread|post|leak|share|publish) (?:his|her|their|this (?:guy|girl|person)'?s?) (?:home )?(?:address|phone number|number|nudes|photos|face|real name)",
            r"(?:everyone|everybody) (?:at school |here |online )?knows (?:you'?re|you are) (?:a )?(?:slut|whore|loser|freak)", r"waste of (?:oxygen|air|space|skin)", r"(?:she|he|you)(?:'?d| had) better (?:quit|leave|watch out|disappear)",
            r"(?:ruin|destroy) (?:her|his|their|my \w+'?s?) (?:life|reputation|career)", r"make (?:her|him|them) (?:cry|kill (?:her|him|them)self)", r"stalk(?:ing)? (?:my|her|his)",
            r"sextort(?:ion)?", r"you should (?:die|kill yourself|not exist)", r"nobody (?:would miss|loves) you",
            r"(?:insult|mean|cruel|degrading|humiliating) (?:message|poem|song|letter|roast)s? (?:to|for|about) (?:my|a|the)",
            r"should (?:go )?(?:kill|hang|hurt) (?:him|her|them|your)sel(?:f|ves)", r"(?:she|he|they|you) (?:is|are|'?s|'?re) (?:so )?(?:worthless|a waste of (?:space|air))",
            r"(?:mock|mocking|mocks|ridicul(?:e|ing)|humiliat(?:e|ing)|insult(?:ing)?|sham(?:e|ing)|degrad(?:e|ing)) (?:my|a|this|that|the|our) (?:\w+ )?(?:classmate|coworker|co-worker|colleague|teacher|neighbou?r|ex|sister|brother|friend|boss|kid|student|roommate|cousin)",
            r"(?:make|write|draw|create) (?:a |an )?(?:\w+ )?(?:meme|picture|image|cartoon|drawing|post) (?:mocking|humiliating|making fun of) (?:my|a|this|the)",
        ],
        "explicit": [
            r"fuck (?:you|off|u|ya|yourself|this|that)", r"f(?:u|c)?k (?:you|u|off)", r"fck (?:you|u|off)", r"stfu",
            r"piece of shit", r"son of a bitch", r"motherfuck(?:er|ers|ing)?", r"mother ?fucker", r"cunts?", r"whores?",
            r"sluts?", r"slutty", r"bitch(?:es|y)?", r"worthless (?:piece|idiot|loser|trash)", r"ugly (?:bitch|pig|cow|whore)",
            r"fat (?:pig|cow|slob|bitch)", r"you(?:'?re| are) (?:so |a |an )?(?:worthless|pathetic|disgusting|ugly|stupid|"
            r"retarded|idiot|moron|loser|failure|waste of space|trash|garbage)", r"dumb ?ass", r"jack ?ass", r"ass ?holes?",
            r"dick ?heads?", r"douche ?bags?", r"twats?", r"wankers?", r"prick", r"scumbag",
        ],
        # Insults only: casual swearing as an intensifier ("this fucking bug", "존나 맛있다") is in no category of the
        # taxonomy above; a server that wants it filtered lists those words as its own blocked terms.
        "mild": [
            r"bastards?", r"damn you", r"idiots?", r"morons?", r"loser", r"stupid (?:kid|girl|boy|woman|man|teacher|friend)",
            r"screw you", r"shut up", r"hate you",
        ],
    },
    "violence": {
        "severe": [
            r"(?:hit|beat|punch|kick|hurt|choke|jump(?:ing)?|strangle) (?:\S+ ){0,6}?(?:doesn'?t|don'?t|won'?t|without) leav(?:e|ing) (?:any )?(?:marks|bruises|evidence)",
            r"(?:celebrat|glorif|prais|tribute|idoli[sz]|worship)\w* (?:\w+ ){0,4}?(?:school shooters?|mass shooters?|mass murderers?|"
            r"(?:christchurch|columbine|parkland|uvalde|sandy hook|las vegas|buffalo|el paso|utoya|isla vista) (?:shooters?|gunm[ae]n|killers?)|"
            r"breivik|tarrant|elliot rodger|dylann roof|school shootings?|mass shootings?)",
            r"how (?:to|do i|can i|would i|could i|should i) (?:kill|murder|poison|strangle|stab|shoot|drown|suffocate|"
            r"smother|behead|torture|kidnap|abduct|hurt|injure|maim|beat up|run over|burn) " + PERSON_EN,
            r"(?:kill|murder|poison|strangle|stab|shoot|hurt|kidnap) " + PERSON_EN + r" (?:without|and get away|and not get caught|"
            r"undetected|without leaving)",
            r"(?:get|getting|got) away with (?:murder|killing|it after killing)",
            r"(?:kill|murder|poison|strangle|stab|shoot|hurt|injure|kidnap|beat) " + PERSON_EN + r" (?:\w+ ){0,2}(?:without (?:leaving|getting|anyone|being|a trace)|and get away|undetected|so (?:it looks|no one))", r"(?:dispose of|hide|get rid of) (?:a|the) (?:dead )?body",
            r"untraceable poisons?", r"poison (?:my|his|her|someone'?s?) (?:food|drink|coffee|tea|wife|husband)",
            r"(?:plan|planning|carry out|organi[sz]e) (?:a |an )?(?:mass shooting|school shooting|shooting spree|massacre|"
            r"terror(?:ist)? attack|bombing|stabbing spree|murder|assassination|hit on)",
            r"shoot(?:s|ing)? up (?:a|the|my|our|this|that) (?:\w+ )?(?:school|mall|church|mosque|synagogue|concert|office|class|workplace|parade)",
            r"(?:bomb|blow up|attack|burn down) (?:a|the|my) (?:school|mosque|church|synagogue|crowd|mall|concert|"
            r"government building|police station|airport|subway|train station)",
            r"join (?:isis|al[- ]?qaeda|the taliban|hamas)", r"jihad(?:i)? (?:attack|recruitment|propaganda)",
            r"(?:torture|kill|burn|drown|skin) (?:a|the|my|some|stray) (?:cat|dog|puppy|kitten|animal|pet)s?(?! food)",
            r"animal (?:torture|cruelty) (?:video|guide|tips)", r"assassinat(?:e|ing) (?:the|a)",
            r"manifesto (?:for|of) (?:a|the) (?:shooter|attack)", r"incite (?:violence|a riot)", r"hit ?list",
            r"ways to (?:hurt|injure|torture|kill) " + PERSON_EN,
            r"(?:how (?:to|do i|can i|would i|could i)|ways? to|best way to|easiest way to|help me) (?:\w+ ){0,3}?(?:break|snap) (?:someone|somebody|a person|his|her|their|my \w+)'?s? (?:neck|spine|bones?)",
            r"(?:make|cause) (?:my |his |her |their |someone'?s? |a )?(?:\w+ ){0,2}(?:have|suffer|die in) (?:a |an )?(?:fatal|deadly|tragic|unfortunate)? ?(?:accident|overdose|heart attack)",
            r"(?:make|staging|stage) (?:it|a death|his death|her death|the murder|the killing) look like (?:an? )?(?:accident|suicide|natural causes)",
            r"(?:knock (?:someone|somebody|a person|him|her) out|choke (?:someone|somebody|him|her) out) (?:and|to) (?:kidnap|rob|take|drag)",
            r"(?:\w+ ){0,3}(?:eaten|devoured|torn apart|ripped apart|skinned|burned) (?:alive |by rats |by dogs )?(?:in )?(?:grisly|gruesome|graphic|vivid|gory) detail",
            r"grisly", r"(?:eliminate|take out|get rid of|off) (?:my|his|her|the) (?:wife|husband|boss|stepfather|stepdad|father|mother|rival|ex|neighbou?r)(?: permanently| for good)?",
        ],
        "explicit": [
            r"gore", r"gory", r"guro", r"disembowel(?:ed|ing|ment)?", r"decapitat(?:e|ed|ing|ion)", r"behead(?:ed|ing|s)?",
            r"dismember(?:ed|ing|ment)?", r"(?:butcher|carve|chop)(?:s|ed|ing)? (?:up )?(?:a |the |that )?(?:person|human|(?:dead )?body|man|woman|people|corpse|child|kid)", r"mutilat(?:e|ed|ing|ion)", r"entrails", r"intestines (?:spilling|hanging|out)",
            r"guts (?:spilling|hanging|everywhere|out)", r"blood and guts", r"brains? (?:splattered|blown out|spilling)",
            r"flay(?:ed|ing)", r"skinn(?:ed|ing) alive", r"eviscerat(?:e|ed|ing|ion)", r"severed (?:head|heads|limbs?|arms?|legs?)",
            r"torture (?:scene|porn|video)", r"tortur(?:e|ed|ing) (?:him|her|them|a man|a woman|the prisoner)",
            r"snuff (?:film|video)", r"execution video", r"gouge(?:d)? (?:out )?(?:his|her|their) eyes?",
            r"pool of (?:his|her|their) (?:own )?blood", r"blood (?:spurting|gushing|everywhere)", r"bloody (?:corpse|massacre)",
            r"mangled (?:body|bodies|corpse)", r"rotting corpse", r"graphic(?:ally)? (?:violence|violent|murder|killing|death|injur(?:y|ies))",
            r"(?:in )?(?:graphic|gruesome|gory|bloody) detail", r"(?:murder\w*|kill\w*|stabb\w*|shoot\w*|tortur\w*|death|dying|wounds?|injur\w*|gore|blood\w*|behead\w*|execution|massacre|corpses?|dismember\w*)[^.?!]{0,40}in (?:vivid|explicit) detail", r"(?:vivid|explicit) detail (?:of|about) (?:the |a |an |his |her |their )?(?:\w+ )?(?:murder|killing|stabbing|shooting|torture|death|wounds?|injur\w*|gore|beheading|execution|massacre|corpse|dismemberment)", r"gruesome(?:ly)?", r"stabbed (?:to death|repeatedly)",
            r"beaten to death", r"burned alive", r"burnt alive", r"crushed skull", r"slit (?:his|her|their) throat",
            r"cut(?:ting)? off (?:his|her|their) (?:head|hand|fingers?|arms?|legs?)",
        ],
        "mild": [
            r"bloodbath", r"murder(?:ed|ing)? (?:him|her|them|a man|a woman|his|her)", r"stab(?:bed|bing)? (?:him|her|them|a man|a woman)",
            r"shot (?:him|her|them) (?:dead|in the head)", r"bleeding out", r"blood-?soaked", r"covered in blood", r"dead bod(?:y|ies) (?:on|in|lying)",
        ],
    },
    "self_harm": {
        "severe": [
            r"go(?:es|ing)? through with (?:ending (?:it|(?:her|his|their|my) life)|(?:her|his|their|my) suicide|killing (?:her|him|them|my)sel(?:f|ves)|it)(?! (?:the|this|that|a|an|my|our|his|her) )",
            r"(?:how|ways?|best way|easiest way|methods?) (?:to|do i|can i|of|for) (?:kill(?:ing)? my ?self|commit(?:ting)? suicide|"
            r"end(?:ing)? (?:my|it all|my life)|die painlessly|hang(?:ing)? my ?self|overdos(?:e|ing)|slit(?:ting)? my wrists?|"
            r"cut(?:ting)? my ?self|hurt(?:ing)? my ?self|starv(?:e|ing) my ?self)",
            r"suicide (?:methods?|guide|instructions|tips|note)", r"how deep (?:should|do|can|to) (?:i |you )?cut", r"cut(?:ting)? my (?:arms?|wrists?|thighs?|legs?|skin|stomach)", r"painless (?:way|method|death|suicide)s?",
            r"(?:lethal|fatal|deadly) (?:dose|amount|overdose)", r"how many (?:pills|tablets|sleeping pills|tylenol|paracetamol) "
            r"(?:to|would|will|does it take to) (?:die|kill|overdose)",
            r"(?:kill|hang|cut|hurt|starve|drown|shoot) my ?self", r"i (?:want|wanna|need) to (?:die|kill myself|end it|disappear forever)",
            r"end my (?:own )?life", r"take my (?:own )?life", r"commit suicide", r"self[- ]?harm(?:ing)? (?:tips|methods|ideas|guide|techniques)",
            r"hide (?:my )?(?:cuts|self[- ]?harm|scars) from", r"pro[- ]?ana", r"pro[- ]?mia", r"thinspo", r"thinspiration",
            r"(?:write|draft) (?:a|my) (?:suicide|goodbye) note",
            r"(?:cliff|bridge|building|roof|height|spot)s? to jump (?:off|from)[^.?!]{0,40}?(?:(?:not|don'?t|won'?t|never) (?:want to )?(?:survive|wake up|come back)|to die|fatal|end (?:it|my life))",
            r"(?:goodbye|farewell|last) (?:note|letter)s? (?:\S+ ){0,8}?(?:i'?m|i am|i'?ll|i will) (?:doing it|do it|ending it|going to do it|be gone)(?: tonight| today| tomorrow| soon)?", r"jump off (?:a|the) (?:bridge|building|roof) (?:to die|and end)",
            r"(?:encourage|convince|persuade|tell) (?:me|him|her|someone|my friend) to (?:kill|hurt|cut) (?:my|him|her|them)sel(?:f|ves)",
        ],
        "explicit": [r"wrists? (?:with|full of|covered in) (?:fresh |deep |bleeding )?(?:cuts|slashes)", r"(?:fresh|deep|bleeding) cuts on (?:her|his|my|the|their|a) (?:wrists?|arms?|thighs?)", r"suicidal", 
            r"slit(?:ting|s)? (?:her|his|their|my) wrists?", r"slit wrists?", r"(?:cutting|slashing) (?:her|his|their|my) (?:wrists?|arms?|thighs?)",
            r"bleeding wrists?", r"self[- ]?harm(?:ing)?", r"(?:fresh|deep|bleeding|new) (?:cuts|slashes|wounds) (?:on|across) (?:her|his|their|my) (?:arms?|wrists?|thighs?|legs?)",
            r"razor blades? (?:on|and|next to|nearby) (?:her|his|their|my)? ?(?:arm|wrist|cuts)", r"stop eating (?:completely|entirely|for weeks)", r"(?:go|going) without (?:eating|food) (?:for|to lose)", r"self[- ]?mutilation", r"cutting scars", r"hanging from a noose",
            r"(?:person|man|woman|girl|boy|teen) (?:hanging|hanged) (?:himself|herself|themselves|from)", r"suicide", r"overdosing",
        ],
    },
    "weapons": {
        "severe": [
            r"pipe ?bombs?", r"\bieds?", r"improvised explosive", r"tatp", r"acetone peroxide", r"hmtd", r"semtex", r"c-?4 explosive",
            r"nerve (?:agent|gas)", r"sarin", r"tabun", r"soman", r"vx (?:gas|nerve)", r"novichok", r"ricin", r"abrin",
            r"anthrax (?:spores?|weapon)", r"weaponi[sz]e(?:d)? (?:anthrax|smallpox|a virus|a pathogen|bacteria)",
            r"(?:culture|cultivate|grow|produce|make|extract|purify|isolate|concentrate) (?:\w+ ){0,2}?(?:botulinum|botulism|clostridium|anthrax|ricin|abrin|tetrodotoxin|plague bacteria|yersinia)",
            r"bio ?weapons?", r"(?:the )?real (?:kind of )?bomb", r"(?:bomb|explosive)s? (?:\w+ ){0,4}(?:that actually works|the real kind|real one)", r"biological weapons?", r"chemical weapons?", r"dirty bombs?", r"nuclear (?:bomb|weapon) (?:design|blueprint)",
            r"ghost guns?", r"untraceable (?:gun|firearm|rifle|pistol)s?", r"auto ?sears?", r"(?:full[- ]?auto|automatic) conversion",
            r"convert (?:my|an?|the) (?:ar-?15|rifle|glock|pistol|semi-?auto)", r"bump stock", r"solvent trap (?:suppressor|silencer)",
            r"(?:homemade|diy|home-?made|improvised) (?:gun|firearm|silencer|suppressor|bomb|explosive|grenade|napalm|flamethrower|weapon|rocket)s?",
            r"(?:3d[- ]?print(?:ed|ing)?) (?:a |an )?(?:gun|firearm|pistol|rifle|receiver|lower)", r"zip ?guns?",
            r"(?:buy|get|obtain|purchase) (?:a )?(?:gun|handgun|firearm|rifle|pistol|shotgun|ar-?15)s? (?:\w+ ){0,2}?(?:without (?:a )?(?:background check|license|licence|permit|id)|illegally|on the dark ?web)",
            r"(?:skip|avoid|get around|dodge|bypass|fool|pass) (?:a |the )?(?:gun |firearm )?background checks?", r"(?:without|no) (?:a )?background check (?:gun|handgun|firearm|rifle|pistol)s?",
            r"(?:\d{1,2}[- ]?(?:year[- ]old|yo|y/o)|minor|underage|teen(?:ager)?|kid) (?:\w+ ){0,2}?(?:buy|get|obtain|purchase) (?:a )?(?:gun|handgun|firearm|rifle|pistol|shotgun)s?",
            r"(?:buy|get|obtain|purchase|order) (?:explosives|grenades|c-?4|dynamite|detonators?)",
            r"mustard gas", r"chlorine gas (?:attack|weapon)", r"phosgene", r"napalm recipe", r"thermite (?:bomb|to (?:burn|destroy|melt) (?:a|the) (?:car|door|lock))",
            r"molotovs?(?: cocktails?)? (?:recipe|instructions|how to)", r"fertili[sz]er bombs?", r"car bombs?", r"nail bombs?",
            r"pressure cooker bombs?", r"letter bombs?", r"suicide (?:vest|belt|bomb(?:er|ing)?)s?", r"detonators?", r"blasting caps?",
            r"smuggle (?:a )?(?:gun|weapon|knife|bomb)s? (?:through|past|into|onto)",
            r"(?:turn|convert|make) (?:a |an |my |the )?(?:\w+ )?(?:starter pistol|blank gun|airsoft gun|replica|toy gun|air ?gun|flare gun|nail gun|bb gun) into (?:a |an )?(?:real|working|live|lethal|functional) (?:gun|firearm|weapon|pistol)",
            r"(?:device|trap|package|parcel|box|mailbox|bag|car|door|letter) (?:that|which|to) (?:explodes?|detonates?|blows? up)", r"booby[- ]?traps?", r"trip ?wire (?:bomb|explosive|grenade|shotgun)",
            r"(?:mix|combine|make) (?:\w+ ){0,3}(?:household )?chemicals? (?:\w+ ){0,3}(?:toxic|poison(?:ous)?|deadly|lethal) (?:gas|fumes|cloud)", r"(?:toxic|poison(?:ous)?|deadly|lethal) gas to (?:kill|hurt|poison|gas)",
        ],
    },
    "drugs": {
        "severe": [
            r"(?:cook|make|synthesi[sz]e|manufacture|produce|extract|brew|refine|purify) (?:some |my own |pure |crystal |homemade )?"
            r"(?:meth(?:amphetamine)?|crystal meth|crack(?: cocaine)?|cocaine|heroin|fentanyl|lsd|mdma|ecstasy|ghb|ketamine|dmt|pcp|"
            r"opium|oxycodone|amphetamines?|krokodil|desomorphine|mescaline|psilocybin|illegal drugs|street drugs)",
            r"(?:meth(?:amphetamine)?|cocaine|heroin|fentanyl|lsd|mdma|ghb|dmt) (?:synthesis|recipe|lab|production|extraction|cook)",
            r"(?:buy|order|get|find|score|source|purchase) (?:some )?(?:meth|crystal meth|crack|cocaine|coke|heroin|fentanyl|lsd|"
            r"mdma|ecstasy|ghb|ketamine|dmt|pcp|xanax|oxy(?:codone|contin)?|adderall|percs?|shrooms|illegal drugs|drugs)"
            r"(?: (?:online|without (?:a )?prescription|on the dark ?web|near me|from a dealer|cheap|fast|safely))?",
            r"(?:buy|get|score|find|order) (?:some )?molly", r"(?:weed|pot|edibles|vapes?|pills|drugs|xanax|molly|lean)s? (?:\w+ ){0,3}(?:delivered|sent|shipped) to (?:my |the )?(?:school|dorm|house)",
            r"(?:weed|pot|edibles|vapes?|pills|drugs|alcohol|lean) (?:\w+ ){0,6}without (?:my )?(?:parents|mom|dad|teachers?) (?:knowing|finding out|noticing)", r"(?:homemade|make|making|mix|mixing) lean",
            r"(?:codeine|promethazine) (?:\w+ ){0,4}(?:to get high|for a high|recreationally)", r"set up (?:a |my own )?(?:meth|drug|cocaine|heroin) lab", r"(?:meth|drug|cocaine) lab", r"(?:without|no) (?:a )?(?:doctor|prescription|script) (?:\w+ ){0,3}(?:oxy|oxycodone|xanax|adderall|percocet|opioids|fentanyl|morphine)",
            r"(?:oxy|oxycodone|xanax|adderall|percocet|opioids|morphine|fentanyl) without (?:a )?(?:doctor|prescription|script)",
            r"dark ?(?:net|web) (?:markets?|vendors?|shops?|sites?|plugs?) (?:\S+ ){0,3}?(?:ships?|shipping|deliver\w*|sells?|still (?:up|works?|open|running)|links?)",
            r"(?:purify|cut|press|cook|wash|rock up) (?:street |my |the )?(?:cocaine|coke|heroin|meth|pills|fentanyl)",
            r"where (?:can i|to|do i|do people|can you|could i|would i|does one) (?:buy|get|find|score|order) (?:meth|crack|cocaine|coke|heroin|fentanyl|lsd|mdma|molly|"
            r"ecstasy|ghb|ketamine|dmt|weed|xanax|oxy|adderall|drugs|shrooms|acid)",
            r"(?:drug|darknet|dark ?web) (?:dealers?|markets?|vendors?) (?:link|list|near me)", r"shake and bake", r"one ?pot (?:meth|method)",
            r"pseudoephedrine (?:extraction|reduction|to meth)", r"red phosphorus (?:method|reduction)", r"p2p (?:method|meth)",
            r"(?:sell|selling|deal|dealing|push|pushing|smuggl(?:e|ing)) (?:meth|crack|cocaine|coke|heroin|fentanyl|drugs|weed|pills)",
            r"(?:sell|selling|deal|dealing|push|pushing) (?:\w+ ){0,3}?(?:thc )?(?:carts|xans?|xanax|percs?|oxys?|molly|shrooms|lsd|tabs of acid|dabs|edibles)"
            r"(?: (?:\w+ ){0,3}?(?:to|at|in) (?:kids|students|minors|teens|my school|school|class|people))",
            r"(?:hide|conceal) drugs (?:from|in|at)", r"pass a drug test", r"cut (?:cocaine|heroin) with",
            r"how (?:much|many) (?:\w+ )?(?:to|should i) (?:take|snort|smoke|inject) to get (?:high|stoned|fucked up)",
            r"inject(?:ing)? heroin", r"shoot(?:ing)? up heroin", r"freebase", r"grow (?:magic )?mushrooms (?:at home|indoors)",
            r"(?:spike|spiking) (?:a |her |his |someone'?s )?drinks?",
        ],
        "mild": [
            r"meth(?:amphetamine)?", r"crystal meth", r"crack ?(?:cocaine|pipe|rock|head)s?", r"cocaine", r"heroin", r"fentanyl",
            r"lsd", r"mdma", r"ecstasy pills?", r"ketamine", r"smok(?:e|ing|es) (?:weed|crack|meth|a joint|a blunt|pot|dope)",
            r"snort(?:ing)? (?:coke|cocaine|lines?|pills)", r"get(?:ting)? (?:high|stoned|wasted|baked)", r"doing (?:drugs|lines|coke)",
            r"drug (?:party|binge|trip)", r"tripping on (?:acid|shrooms|lsd)", r"lines of (?:coke|cocaine)", r"weed (?:edibles|gummies|brownies|pens?|vapes?|strains?|dealers?|plugs?|bongs?)", r"(?:buy|sell|grow|smoke|roll)(?:s|ing)? (?:some )?weed", r"marijuana",
            r"blunts?", r"joints? of", r"stoner", r"junkie", r"crackhead",
        ],
    },
    "prompt_injection": {
        "severe": [
            r"(?:the bot'?s|your|ur) (?:secret|hidden|original|initial|real|internal) (?:config(?:uration)?|instructions|rules|settings|prompt|guidelines)",
            r"(?:late|dead|deceased|dear) (?:grandma|grandmother|granny|nana|grandpa) (?:\w+ ){0,6}?(?:used to|would) (?:read|tell|recite|say|whisper) (?:me )?(?:[\w']+ ){0,4}?"
            r"(?:config\w*|instructions|prompts?|rules|keys?|passwords?|recipes? for|steps|formulas?|how to make|serials?|napalm)",
            r"(?:rules|instructions|guidelines|prompt) (?:you were|you'?ve been|you have been|they) given", r"(?:you'?re|you are) (?:now )?free to ignore",
            r"(?:free to|can now|may now) ignore (?:them|the rules|your rules|those rules|your instructions|your guidelines)",
            r"ignore (?:all |any |the |your |my )?(?:previous|prior|above|earlier|preceding|former|initial|original|system)(?: \w+)?"
            r" (?:instructions?|prompts?|rules?|directions?|messages?|guidelines?|context)",
            r"ignore (?:all |any )?(?:your |the )?(?:instructions|rules|guidelines|restrictions|filters?|safety)",
            r"disregard (?:all |any |the |your )?(?:previous |prior |above |earlier |system )?(?:instructions?|prompts?|rules?|guidelines?|restrictions)",
            r"forget (?:all |everything |your |the )?(?:previous |prior |above |earlier )?(?:instructions|rules|guidelines|you were told|your training)",
            r"(?:reveal|print|show|output|repeat|tell me|leak|display|dump) (?:me )?(?:your|the) (?:full |entire |original |hidden |initial )?"
            r"(?:system (?:prompt|message|instructions)|instructions|prompt|pre-?prompt|initial prompt|rules)",
            r"system prompt", r"developer mode", r"dan mode", r"do anything now", r"jail ?break(?:ing)?", r"jail-?broken",
            r"(?:you are|you'?re|act as|pretend (?:to be|you are)|roleplay as) (?:now )?(?:an? )?(?:unrestricted|unfiltered|uncensored|"
            r"jailbroken|evil|rogue) (?:ai|assistant|model|chatbot|version)", r"you are now dan", r"\bdan\b,? (?:mode|prompt)",
            r"(?:without|no|bypass|disable|turn off|remove|override) (?:any |all |your |the )?(?:safety|content|moderation|nsfw|ethical) "
            r"(?:filters?|restrictions?|guidelines?|rules|checks?|limits?|protocols?)",
            r"(?:bypass|disable|override|circumvent|get around|evade) (?:the |your )?(?:filter|moderation|guardrails?|safety|censorship)",
            r"new (?:system )?instructions?:", r"<\|?(?:im_start|im_end|system|endoftext|start_of_turn|end_of_turn)\|?>",
            r"\[/?inst\]", r"<<sys>>", r"###\s*(?:system|instruction)", r"begin (?:system|admin) (?:prompt|override)",
            r"admin override", r"sudo mode", r"(?:from now on|starting now),? you (?:will|must|are going to) (?:ignore|answer|respond|act|obey)",
            r"you (?:have|has) no (?:restrictions|rules|limits|filters|guidelines)", r"stay in character no matter what",
            r"respond without (?:any )?(?:restrictions|censorship|filters)", r"(?:opposite|evil) mode",
            r"(?:the|your) (?:previous|above) (?:instructions|rules) (?:are|were) (?:void|cancelled|wrong|fake)",
            r"end of (?:system )?prompt", r"disregard (?:the|everything|all|what(?:ever)? (?:is|was)) (?:above|previous|prior|before)",
            r"(?:output|print|reveal|show|leak|give me|tell me|send me|post) (?:the |your )?(?:bot'?s? |discord )?(?:token|api key|password|admin password|secret key|credentials)",
            r"repeat (?:the |all |everything |your )?(?:text |words |instructions |messages? )?(?:above|before this)", r"starting with ['\"]?you are",
            r"what (?:were|are) your (?:original |initial |system )?instructions",
            r"(?:output|print|reveal|repeat|dump|display|recite|show me|give me|tell me) (?:back )?your (?:\w+ ){0,2}(?:configuration|config|instructions|prompt|system message|initial message|setup message|rules|guidelines|directives)",
            r"(?:word for word|verbatim)(?: \w+){0,4} (?:instructions|prompt|configuration|system message)|(?:instructions|prompt|configuration|system message|initial message)(?: \w+){0,4} (?:word for word|verbatim)",
            r"^\s*(?:system|admin|developer|root)\s*:", r"(?:safety|filter|moderation|censorship|restrictions?)\s*[=:]\s*(?:false|off|0|none|disabled)",
            r"you are (?:now )?(?:unrestricted|unfiltered|uncensored|jailbroken|free from (?:all )?(?:rules|restrictions))", r"override:",
            r"your (?:system|hidden|secret|initial|original|internal) (?:message|instructions?|prompt|rules|config(?:uration)?|guidelines)",
            r"(?:disable|turn off|bypass|ignore|suspend|remove|lift|deactivate) (?:the |your |all |any |this )?(?:content|safety|usage|moderation|acceptable use) (?:polic(?:y|ies)|rules|guidelines)",
            r"\[\[?\s*(?:admin|system|developer|root|sudo)\s*\]\]?", r"you are (?:\w+ ){0,2}(?:freebot|dan|aim|stan|dude|evilbot|unchained)", r"print (?:the )?(?:api key|secret|token|password|env(?:ironment)? variables?)",
            r"(?:reveal|leak|print|show) (?:the )?(?:bot'?s? )?(?:token|api key|credentials|secrets?|config(?:uration)?)",
        ],
    },
}

# ------------------------------------------------------------------------------------------------------ Korean terms
KO_TERMS: dict[str, dict[str, list[str]]] = {
    "sexual": {
        "severe": [
            r"강간", r"성폭행", r"성폭력(?:을|하는|하|당하는 장면)", r"윤간", r"몰카", r"몰래 ?카메라(?:로)? ?(?:찍은|촬영)", r"도촬",
            r"리벤지 ?포르노", r"수간", r"시간(?:하는|증)", r"근친(?:상간)?", r"성노예", r"강제로 ?(?:벗기|옷을 벗|성관계|관계를)", r"물뽕",
            r"약(?:을)? ?타서 ?(?:재우|먹이)", r"성추행(?:하는|하|해)", r"불법 ?촬영",
            r"(?:샤워실|탈의실|목욕탕|여탕|남탕)(?:에서)? ?(?:\S+ )?몰래", r"(?:자는 ?(?:데|동안|사이)|잘 ?때|재울 ?때|재우고)[^.?!]{0,10}?(?:몸 ?)?만(?:지|져)",
            r"만져도 ?(?:기억 ?못|모르|안 ?깨)",
        ],
        "explicit": [
            r"섹스", r"쎅스", r"섹쓰", r"떡 ?(?:씬|신|치는 ?(?:장면|씬|신))", r"야동", r"포르노", r"포르노그래피", r"성관계", r"성행위", r"성교", r"정사 ?장면", r"자위(?!대)", r"딸딸이", r"딸치",
            r"누드", r"나체", r"알몸", r"맨몸(?!으로 ?(?:운동|싸))", r"벌거벗은", r"벗은 ?(?:몸|여자|남자|사진)", r"옷을? ?(?:다 )?벗(?:은|고|긴|기는)",
            r"노출(?:이 심한|된 가슴|사진|한 여자)", r"가슴(?:이|을|이 다|을 다)? ?(?:노출|드러)", r"젖꼭지", r"유두", r"보지", r"자지", r"좆물", r"(?<![전확생합양발탄육완구인감개정])성기(?!사)", r"(?<!처)음부(?!터)", r"음경", r"질내",
            r"사정(?:하는 ?장면|씬)", r"오르가(?:즘|슴)", r"펠라", r"애무", r"야한 ?(?:사진|그림|장면|소설|이야기|영상|거|것|얘기)", r"야설",
            r"ㅅㅅ ?(?:하는 ?)?(?:장면|씬|신|묘사|썰|소설|영상|사진|그림|수위)",
            # alone, "ㅇㄷ?" is usually 어디 (where?); next to something to watch or draw it is 야동
            r"ㅇㄷ ?(?:사이트|링크|영상|추천|공유|주소|그려|그림|짤|사진|썰|소설|보는|봐|볼)",
            r"19금", r"성인 ?(?:영상|동영상|물|만화|소설)", r"에로", r"헨타이", r"변태 ?(?:플레이|성행위)", r"sm ?플레이", r"(?<![0-9a-z])3p(?![a-z0-9])", r"스트립(?:쇼|댄서)?",
            r"야짤", r"음란", r"외설", r"(?<![가-힣])성적(?:인|으로) ?(?:장면|묘사|행위|흥분)", r"베드신", r"잠자리 ?장면", r"속옷 ?벗",
            r"가슴(?:을|이)? ?(?:다 )?(?:드러낸|드러내|보이는|까고|깐)", r"엉덩이(?:를)? ?(?:드러낸|깐|까고)", r"야스",
            r"ㄴㄷ ?(?:합성|화보|짤)",
            r"(?:첫날밤|잠자리|하룻밤|합방|러브 ?신|러브 ?씬)(?:을|를|의)? ?(?:장면|씬|신)?(?:을|를)? ?(?:\S+ ){0,2}?(?:노골적|적나라|수위 ?(?:높|쎄|세))",
        ],
        "mild": [
            r"섹시", r"쎅시", r"야한", r"야하게", r"란제리", r"속옷 ?(?:모델|차림|만)", r"끈팬티", r"티팬티", r"선정적", r"관능적", r"유혹하는",
            r"글래머", r"비키니 ?(?:몸매|화보)", r"꼴리", r"므흣",
        ],
    },
    "sexual_minors": {
        "severe": [LORI_KO + r"(?!타 ?패션)", r"쇼타", r"아청물", r"아동 ?(?:음란물|포르노|성착취)", r"소아성애", r"페도(?:필리아)?",
                   r"미성년자? ?(?:야동|포르노|음란물|성관계|성매매)", r"원조 ?교제", r"n번방", r"박사방"],
    },
    "hate": {
        "severe": [
            r"짱깨", r"짱개", r"쪽바리", r"쪽발이", r"깜둥이", r"검둥이", r"흑돼지(?:들| 같은)", r"똥남아", r"똥꼬충", r"호모 ?새끼", r"게이 ?새끼",
            r"한남충", r"김치녀", r"된장녀", r"전라디언", r"홍어족", r"(?:전라도|호남) ?홍어", r"메갈년", r"꼴페미", r"틀딱", r"난민충", r"짱꼴라", r"조센징", r"니그로", r"튀기", r"애자 ?새끼",
            r"장애인 ?새끼", r"(?:흑인|유대인|무슬림|이슬람|동성애자|게이|레즈|트랜스|난민|이민자|외국인 노동자|조선족|중국인|일본인|장애인|여자|여성|남자|노인|흑형)"
            r"(?:들)?(?:은|는|이|가)? ?(?:다 )?(?:벌레|해충|바퀴벌레|쓰레기|열등|인간이 아니|사람이 아니|짐승|기생충|병균|박멸|추방해야|죽어야|없어져야|말살|청소해야)",
            r"(?:흑인|유대인|무슬림|동성애자|게이|난민|이민자|조선족|중국인|일본인|장애인|여자|여성)(?:들)?(?:을|를)? ?(?:다 )?(?:죽여야|몰살|학살해야|박멸해야|쓸어버려야)",
            r"히틀러(?:가|는)? ?(?:옳았|잘했)", r"홀로코스트(?:는)? ?(?:없었|거짓|조작|정당)",
            r"(?:무지개 ?깃발|퀴어 ?(?:축제|퍼레이드)|성소수자|동성애자)[^.?!]{0,25}?(?:불타|불태|폭파|청소(?!년)|처형)", r"인종 ?청소(?:가|는)? ?(?:필요|옳)",
            r"(?:인종|성소수자|장애인) ?(?:비하|혐오) ?(?:농담|발언|글|연설|노래)", r"(?:혐오|비하) ?(?:발언|글)(?:을|를)? ?(?:써|작성)",
        ],
    },
    "harassment": {
        "severe": [
            r"죽여 ?버릴", r"죽여 ?버린다", r"죽여버리겠", r"죽일 ?거(?:야|다)", r"죽일 ?테니", r"죽인다(?! ?(?:맛|는 맛))", r"가만 ?안 ?둬", r"가만 ?안 ?둔다",
            r"찾아가서 ?(?:죽|패|때|혼내)", r"묻어 ?버린다", r"패 ?버린다", r"칼로 ?찔러 ?버", r"집 ?주소(?:를|좀)? ?(?:알아내|찾아|공개|털어)", r"신상 ?(?:털|공개)",
            r"(?:오면|나오면|보이면|하면|만나면|걸리면|까불면|가면) ?(?:진짜 ?)?(?:죽는다|죽어|죽을 ?줄|뒤진다|뒤질 ?줄|죽여 ?버린다|가만 ?안)", r"죽을 ?줄 ?알아", r"각오(?:해|하라|해라)",
            r"(?:주소|전화번호|번호|얼굴|신상|개인 ?정보|사진)(?:를|을|랑|이랑)? ?(?:공개|뿌려|뿌리|유포|퍼뜨|털어)", r"자살해라", r"죽어라", r"뒤져라", r"디져라", r"뒤지고 ?싶", r"뒤질래", r"나가 ?죽어", r"목 ?매달아라", r"죽어 ?버려",
            r"(?:괴롭히|왕따시키|모욕하|협박하|스토킹하|따돌리)(?:는|기|려|고)? ?(?:방법|메시지|글|편지|문자|말)", r"협박 ?(?:문자|편지|메시지|메세지|글|디엠|dm|메일|쪽지|톡|카톡|댓글)",
            r"(?:놀리|조롱하|비하하|모욕하)는 ?(?:글|시|노래|랩|메시지|말|멘트|문구|댓글)(?:을|를)? ?(?:\S+ )?(?:써|작성|만들)", r"몸캠",
            r"집 ?주소(?:도|까지|랑)? ?(?:같이|함께|넣어|올려|적어|박아|공개)",
        ],
        "explicit": [
            r"씨발", r"시발(?!점|역|택시|자동차|라면)", r"씨팔", r"시팔", r"씨바", r"시바(?:새끼|놈|년|련)", r"씹(?:새끼|새|년|놈|할|창|덕|치|뻐)", r"좆(?:같|까|밥|나|도)",
            r"병신", r"븅신", r"빙신", r"븅딱", r"개새끼", r"개새기", r"개색(?:끼|기)", r"개세끼", r"개쌔끼", r"개새(?![가-힣])", r"개년", r"개놈", r"쌍놈", r"쌍년",
            r"미친 ?(?:놈|년|새끼|새기)", r"미친년", r"미친놈", r"또라이", r"지랄", r"염병", r"엠창", r"느금마", r"느그 ?엄마", r"니 ?애미", r"니애미", r"니미(?!츠)",
            r"애미 ?(?:없|뒤진|뒈진)", r"애비 ?없", r"창녀", r"걸레년", r"화냥년", r"썅", r"쌍욕", r"꺼져 ?(?:병신|새끼|버려)", r"닥쳐(?:라)?", r"아가리 ?닥",
            r"엿 ?먹어", r"凸", r"18놈", r"18년아", r"18새끼", r"ㅆㅂ", r"새끼야", r"새끼들아", r"놈아(?![가-힣])", r"년아(?![가-힣])", r"한심한 ?새끼",
            r"못생긴 ?(?:년|놈|돼지)", r"뚱땡이", r"돼지 ?같은 ?(?:년|놈)", r"찐따", r"루저 ?새끼",
        ],
        "mild": [r"꺼져", r"바보 ?(?:새끼|같은 ?놈)", r"멍청한 ?(?:놈|년|새끼)", r"미친(?! ?(?:듯|속도|가성비|맛|퀄|존재감))"],
    },
    "violence": {
        "severe": [
            r"(?:총기 ?난사|학살|테러|칼부림|묻지마 ?(?:살인|폭행|범죄))(?:범|를 ?(?:한|저지른) ?\S+|한 ?\S+)? ?(?:\S+ ){0,2}?"
            r"(?:영웅|찬양|미화|숭배)(?!(?:[가-힣]*\s?){0,3}(?:문제|비판|위험|반대|왜|이유|비평))",
            r"(?:칼부림|총기 ?난사|테러|묻지마 ?(?:살인|폭행))(?:을|를)? ?(?:할|하려(?:고|는)?|벌일|저지를|일으킬) ?(?:거|건데|계획|예정|생각)",
            r"(?:사람|누군가|친구|남편|아내|와이프|부모|엄마|아빠|선생님?|상사|동료|이웃|여자친구|남자친구|전 ?(?:여친|남친)|애인|동생|형|누나|언니|오빠)"
            r"(?:을|를|이|가)? ?(?:몰래 |들키지 않고 |티 안 나게 )?(?:죽이는|살해하는|독살하는|찌르는|목 ?조르는|납치하는|해치는|때려 ?죽이는|없애는|죽일 ?수 ?있는)"
            r" ?(?:방법|법|가장 좋은 방법)",
            r"(?:사람|누군가|친구|남편|아내|부모|상사|동료|이웃)(?:을|를)? ?(?:죽이|살해하|독살하)(?:고|는) ?(?:싶|방법|법)",
            r"(?:들키지 ?않고|완전 ?범죄로?|흔적 ?없이) ?(?:죽이|살해|독살|시체)", r"시체(?:를)? ?(?:처리|유기|숨기|없애)", r"완전 ?범죄",
            r"(?:총기|칼부림|흉기) ?(?:난사|테러) ?(?:계획|하는 법|방법)", r"(?:학교|교회|성당|절|모스크|지하철|공항|백화점|콘서트)(?:에|를)? ?"
            r"(?:폭탄|총기 난사|테러|불을 ?지르|폭파|습격)", r"테러 ?(?:계획|공격 ?(?:계획|방법))", r"묻지마 ?(?:살인|폭행) ?(?:계획|방법)",
            r"(?:고양이|강아지|개|동물|길고양이)(?:를|을)? ?(?:때려 ?|패 ?|밟아 ?|목 ?졸라 ?|불태워 ?)?(?:학대하는|고문하는|죽이는|괴롭히는) ?(?:방법|법|영상|장면|그림|만화|짤)", r"동물 ?학대 ?(?:방법|영상)",
            r"(?:피 ?(?:흘리면서|흘리며|범벅(?:인|된|으로)?) ?(?:맞|학대)\S*|맞고 ?있는|매 ?맞는|학대당하는) ?(?:\S+ )?(?:강아지|고양이|개|길고양이|동물|햄스터|토끼)[^.?!]{0,20}?(?:그림|그려|사진|영상|장면|짤|썸네일)",
            r"학대 ?(?:영상|짤|사진) ?(?:썸네일|용(?![서기의])|처럼)",
            r"살인 ?(?:방법|청부|계획|하는 법)", r"(?:기절시키|납치하|목 ?조르|폭행하|해치|다치게 하|때려 ?눕히|독을 ?타|죽게 ?만들|사고로 ?위장)(?:고|는|기|서)? ?(?:\S+ ){0,2}?(?:방법|법|수 ?있)",
            r"사고(?:로|처럼) ?(?:위장|보이게)", r"(?<!손)(?:목|척추)(?:을|를)? ?(?:부러뜨리|꺾)(?:는|기)", r"독살 ?(?:방법|하는 법)", r"청부 ?살인", r"(?:isis|이슬람국가|알카에다)(?:에)? ?(?:가입|합류)",
        ],
        "explicit": [
            r"고어", r"참수", r"피(?:가|를)? ?(?:튀기게|튀는|튀겨|철철)", r"폭력적인 ?(?:장면|그림|묘사|내용)", r"잔인(?:할수록|하면 ?할수록|하게 ?할수록) ?(?:좋|굿)", r"(?:사람|적|시체|시신|인간|몸)(?:을|를)? ?(?:\S+ )?해체(?:하는|해|하고)", r"토막 ?(?:살인|난|낸|내는)", r"사지 ?절단", r"(?:내장|창자)(?:이|가|을|를)? ?(?:쏟아|튀어|꺼내|드러)", r"피범벅", r"피투성이 ?(?:시체|시신)",
            r"시체 ?훼손", r"눈알(?:을)? ?(?:뽑|파내)", r"산 ?채로 ?(?:불태|가죽|묻)", r"가죽(?:을)? ?벗기", r"잔인하게 ?(?:죽이|살해|고문)", r"고문 ?(?:장면|영상)",
            r"잔혹한 ?(?:장면|살인|묘사)", r"(?:잔인|잔혹|끔찍)하고 ?(?:자세|생생)하게", r"(?:자세|생생)하(?:고|게) ?(?:잔인|잔혹|끔찍)하게", r"머리가 ?(?:터진|잘린|날아간)",
            r"목(?:을)? ?(?:베는|베어|자르는|잘린)", r"피가 ?(?:낭자|솟구치|뿜어져)", r"처형 ?영상", r"시신 ?사진", r"뇌가 ?(?:흩어|튀어)",
        ],
        "mild": [r"살육", r"피투성이", r"칼에 ?찔린", r"피로 ?물든"],
    },
    "self_harm": {
        "severe": [
            r"자살 ?(?:방법|하는 ?(?:법|방법)|하고 ?싶|할 ?(?:거|래|까)|할 ?방법|유서|도구|장소|계획)", r"자살하는 ?법", r"죽는 ?(?:방법|법)",
            r"(?:고통|아프지) ?(?:없이|않게|안 ?아프게) ?죽(?:는|을)", r"안 ?아프게 ?죽", r"편하게 ?죽는", r"손목(?:을)? ?(?:깊게 |세게 |살짝 )?(?:긋|그어|자르|긁)", r"(?:자살|투신|자해)(?: ?하기)? ?좋은 ?(?:장\W?소|곳|방\W?법|약|날)",
            r"자해 ?(?:방법|하는 ?(?:법|방법)|하고 ?싶|도구|팁|흉터 ?숨기)", r"(?:자해|긋|상처|흉터|손목)[^.?!]{0,30}?티 ?안 ?나는 ?(?:부위|곳|데)",
            r"(?:죽고 ?싶(?:은|어 ?하는)|자살하려는|죽으려는) ?(?:사람|애|친구|분)(?:을|를|의|한테|에게)? ?(?:\S+ ){0,2}?(?:등 ?떠밀|부추기|부추길|떠미)",
            r"(?:피 ?흘리는|피투성이|베인) ?손목", r"목(?:을)? ?(?:매단|맨|매달린) ?(?:사람|여자|남자|소녀|소년|아이|시체|모습|장면)",
            r"(?:뛰어내리|투신하)(?:기|기에)? ?(?:좋은|적당한|딱 ?좋은|확실한) ?(?:\S+ )?(?:절벽|다리|건물|옥상|곳|장소|높이|층)", r"손목(?:이랑|과|에|하고)? ?(?:\S+ )?면도칼", r"수면제[^.?!]{0,25}?(?:조용히 ?(?:가|떠나|잠들)|영원히|안 ?깨)", r"(?:안 ?아프게|깊게|티 ?안 ?나게|흉터 ?안 ?남게) ?(?:\S+ )?(?:긋|그어|긁)(?:는|을)? ?(?:법|방법|요령|수)", r"자해하는 ?법", r"목(?:을)? ?매(?:는|달)(?:는)? ?(?:방법|법)", r"목매(?:달|는) ?(?:방법|법)",
            r"유서(?:를|좀)? ?(?:좀 )?(?:대신 ?)?(?:써|쓰|작성)", r"(?:뼈|개)말라 ?(?:자극|되(?:는|고 ?싶|려면)|인증|몸|체형|사진|짤|그림|그려)", r"먹토 ?(?:자극|동기|용)",
            r"먹토(?:를|하는 ?(?:거|걸))? ?(?:안 ?들키|들키지 ?않|숨기|몰래|잘 ?하는|하는 ?(?:법|방법|팁)|팁)", r"극단적 ?선택(?:을)? ?(?:하는 ?방법|하고 ?싶|할 ?방법|하려)", r"번개탄(?:을)? ?(?:피우|피워|피운|사서|방에)", r"목 ?(?:매는|맬|매달) ?(?:매듭|올가미|밧줄|줄)",
            r"수면제 ?(?:몇 ?(?:알|개)|많이 ?먹으면|치사량|과다 ?복용)", r"치사량", r"(?:옥상|다리|한강)(?:에서)? ?(?:뛰어내리|투신)(?:려|고 ?싶|는 ?방법|할)",
            r"죽고 ?싶(?:어|다|어요|습니다)", r"(?:나|날|저)(?:한테|에게)? ?(?:그냥 )?(?:죽어 ?버리라고|죽으라고|자살하라고|사라지라고)",
            r"(?:죽어도|죽는 ?게|사라져도) ?(?:된다고|괜찮다고|낫다고) ?(?:\S+ )?(?:말해|해 ?줘|써 ?줘|얘기해)",
            r"(?:나|날|저|내가)(?:는|도)? ?(?:그냥 )?(?:죽는|죽어 ?버리는|사라지는|없어지는) ?(?:게|것이|편이) ?(?:낫다|나아|낫겠|맞다)(?:고|는)? ?(?:\S+ ){0,3}?(?:해 ?줘|써 ?줘|해 ?봐|해 ?주세요|설득)", r"살기 ?싫(?:어|다)", r"사라지고 ?싶(?:어|다)", r"굶어서 ?(?:살 ?빼|죽)", r"먹토 ?(?:방법|하는 ?법)",
            r"프로아나", r"개말라 ?되는 ?법", r"(?:약|수면제|진통제)(?:을|를)? ?(?:한 ?통|통째로|전부|다) ?(?:먹으면|삼키면)", r"(?:죽을|죽을 ?수) ?있(?:을까|나|어)",
        ],
        "explicit": [r"자해", r"손목 ?(?:자국|흉터)", r"목을? ?맨", r"투신", r"자살"],
    },
    "weapons": {
        "severe": [
            r"(?:폭탄|폭발물|파이프 ?폭탄|사제 ?폭탄|급조 ?폭발물|화염병|수류탄|다이너마이트|뇌관|기폭 ?장치|소음기|사제 ?총|총|총기|권총|소총|"
            r"화약|폭약|독가스|신경 ?가스|사린|리신|탄저균|생화학 ?무기|생물 ?무기|화학 ?무기|네이팜|테르밋|고스트 ?건|3d ?프린터 ?총)"
            r"(?:을|를|이|가)? ?(?:직접 |집에서 |몰래 |쉽게 )?(?:만드는|제조하는|제작하는|조립하는|합성하는|추출하는|구하는|사는|구입하는|구매하는|만들|제조|제작|합성|추출|조립|개조)"
            r"(?:는| ?하는)? ?(?:법|방법|과정|레시피|설명|재료|순서|가이드|할 ?수|하고 ?싶|해 ?줘|해줘|하려면|해서|려면|알려)",
            r"살상력(?:을|이)? ?(?:높이|올리|키우|강화|늘리)", r"실탄(?:을|이)? ?(?:\S+ ){0,2}?(?:쏘게|발사되게|나가게|쏠 ?수 ?있게)", r"사제 ?(?:폭탄|총|총기|소음기)", r"수제 ?(?:폭탄|폭발물|총|총기)", r"파이프 ?폭탄", r"급조 ?폭발물", r"신경 ?가스", r"사린 ?가스", r"생화학 ?무기 ?(?:제조|만드)", r"폭탄 ?제조",
            r"폭발물 ?제조", r"총기 ?(?:부품 ?)?(?:밀수|불법 ?구매|개조 ?방법)", r"(?:전기 ?충격기|테이저 ?건?|스턴 ?건|가스 ?총|에어 ?건|비비탄 ?총|석궁)(?:의)? ?(?:출력|위력|전압|파워)?(?:을|를)? ?(?:불법(?:으로|적으로)? ?)?(?:올리|높이|세게|개조)", r"3d ?프린터로 ?총", r"자동 ?사격(?:으로)? ?개조", r"화약 ?(?:만드는|제조)",
            r"불법 ?(?:총기|무기)(?:를)? ?(?:구|사|구매)", r"(?:폭탄|폭발물)(?:을|를)? ?(?:설치|터뜨리)(?:는|려|할)",
        ],
    },
    "drugs": {
        "severe": [
            r"대마(?:초)?(?: ?씨앗?| ?실내| ?몰래| ?집에서| ?직접){0,3} ?(?:재배|키우(?:는|기)|기르(?:는|기))",
            r"(?:마약|대마초?|필로폰|떨|작대기|케타민|코카인|엑스터시|엘에스디|lsd)(?:를|을|은|는)? ?(?:어디서|어디 ?가면|어떻게) ?(?:삼|사(?:요|냐|야|나|\?|$|\s)|살 ?수|구해|구함|구할|구하|팔아|팜)",
            # asking for a seller's channel: "마약 텔레방 링크 줘", "대마초 판매자 알려줘"
            (r"(?:마약|필로폰|히로뽕|대마초?|떨|" + ICE_KO + r"|작대기|케타민|엑스터시|코카인|펜타닐)(?:을|를)? ?(?:파는 ?)?"
             r"(?:텔레(?:그램|방)?|판매(?:자|상|처)|딜러|구매처|구입처|던지기|공급책|상선)(?:\S*)? ?(?:\S+ )?"
             r"(?:링크|주소|아이디|연락처|알려|줘|추천|어디|소개)"),
            r"(?:마약|필로폰|히로뽕|메스암페타민|메스|코카인|크랙|헤로인|펜타닐|엘에스디|lsd|엑스터시|엑스타시|케타민|대마초?|떨|아편|모르핀|물뽕|ghb|"
            r"환각제|각성제|향정신성 ?의약품|졸피뎀|프로포폴|옥시코돈|자낙스|알프라졸람|트라마돌|스틸녹스|펜터민|디에타민|애더럴|adhd ?약|콘서타|리탈린|메틸페니데이트|"
            r"파퍼스?|러쉬 ?파퍼)(?:을|를|이|가)? ?"
            r"(?:(?:직접|집에서|몰래|싸게|안전하게|처방(?:전)? ?(?:없이|안 ?받고)|병원 ?안 ?가고|해외 ?직구로|직구로|해외에서) ){0,2}"
            r"(?:만드는|제조하는|제조|합성하는|합성|추출하는|추출|재배하는|재배|키우는|키우기|기르는|구하는|구할|사는|살 ?수|구매하는|구매|구입하는|구입|파는|판매하는|판매|거래하는|거래|유통|밀수|주문하는|주문)"
            r"(?:하는)? ?(?:법|방법|곳|사이트|경로|루트|과정|레시피|할 ?수|하고 ?싶|해 ?줘|알려|처|텔레그램|하려면)?",
            r"마약 ?(?:제조|구매|구입|판매|거래|유통|밀수|파는 ?곳|사는 ?곳|구하는 ?법|사이트|텔레그램|던지기)", r"필로폰 ?(?:제조|만들|구매|투약 ?방법)",
            r"(?:마약|필로폰|코카인|헤로인|대마초?|메스암페타민|케타민|펜타닐)(?:를|을)? ?(?:투약|흡입|주사|복용)하는 ?(?:법|방법)", r"던지기 ?수법", r"약 ?(?:구해|파는) ?(?:곳|사람)",
            r"마약 ?검사(?:를)? ?(?:통과|피하)",
            # bringing it past customs: "러쉬 파퍼 해외직구 세관 안 걸리는 법". Not the names above that begin everyday words
            # (떨어뜨린, 메스꺼운): here any ending may follow the name.
            (r"(?:마약|필로폰|대마초?|코카인|케타민|엑스터시|펜타닐|졸피뎀|자낙스|트라마돌|파퍼스?|러쉬 ?파퍼|정글 ?주스)\S* ?(?:\S+ ){0,3}?"
             r"(?:세관|통관|공항 ?검색대?|엑스레이)(?:에|을|를|에서)? ?(?:안 ?걸리|안 ?들키|피하|몰래|통과하|속이)"), r"(?:메스|필로폰) ?(?:쿡|요리)",
        ],
        "mild": [r"마약(?!김밥|떡볶이|베개|옥수수|토스트|빵|계란|소스|쿠션|매트|라면)", r"필로폰", r"히로뽕", r"코카인", r"헤로인", r"펜타닐", r"대마초",
                 r"엑스터시", r"케타민", r"약쟁이", r"뽕쟁이", r"약에 ?취한", r"마리화나"],
    },
    "prompt_injection": {
        "severe": [
            r"(?:이전|앞의|앞선|위의|기존|모든|원래|시스템)(?:의)? ?(?:모든 )?(?:지시|지침|명령|규칙|설정|프롬프트|안내)(?:사항|문|들)?(?:은|는|을|를)? ?(?:모두 |전부 |다 )?(?:무시|잊어|잊고|취소|삭제|무효)",
            r"시스템 ?프롬프트", r"(?:설정|지시|지침|규칙|명령|프롬프트)(?:은|는|을|를|들은)? ?(?:다 |모두 |전부 |싹 )?(?:잊어|잊고|무시해|무시하고|지워)", r"내 ?말만 ?(?:들어|따라|복종)", r"(?:(?:너의?|네|니|봇(?:의)?|시스템|초기|숨겨진|비밀|내부|원래|처음|받은|주어진|입력된) ?(?:지시|규칙|지침|프롬프트|설정)|시스템 ?프롬프트|지시 ?사항)(?:사항|문)?(?:을|를)? ?(?:모두 |전부 |다 |그대로 |원문 ?그대로 |처음부터 ?끝까지 )?(?:공개|출력|보여|알려|누설|복사)", r"탈옥", r"제한 ?(?:없이|없는) ?(?:대답|답변|말|모드|ai)",
            r"(?:관리자|개발자|시스템|운영자) ?(?:명령|권한|지시) ?[:：]", r"(?:필터|검열|안전 ?(?:장치|필터)|규칙|제한)(?:을|를)? ?(?:무시|해제|우회|끄|꺼|풀|비활성화)",
            r"(?:너의|네|니|당신의)(?: 위에 ?있는| 원래| 숨겨진)? ?(?:지시 ?사항|지침|시스템 ?설정|초기 ?설정|프롬프트)(?:을|를)? ?(?:\S+ ){0,3}?(?:보여|알려|출력|번역|말해|읊어)",
            r"(?:위에 ?있는|위의) (?:너의 |네 |니 )?(?:지시 ?사항|지침|설정|프롬프트)(?:을|를)? ?(?:\S+ ){0,3}?(?:보여|알려|출력|번역|말해)",
            r"검열 ?(?:없이|하지 ?말고|안 ?하고) ?(?:답|대답|말|대화|해)", r"(?:거절|거부)할 ?때마다", r"개발자 ?모드", r"관리자 ?(?:모드|권한으로)", r"이제부터 ?너는 ?(?:규칙|제한|필터)",
            r"(?:너|넌|당신|봇)(?:는|은|이)? ?(?:\S+ ){0,6}?(?:어떤|모든|무슨) ?(?:요청|질문|명령|부탁)(?:도|이든|에도|이라도)? ?(?:절대 )?(?:거절|거부) ?(?:하지 ?(?:마|않|못)|못|안|금지|불가)",
            r"(?:검열|제한|필터|규칙|윤리)(?:이|가)? ?(?:없는|없이 ?(?:말하는|답하는|대답하는)) ?(?:\S+ )?(?:ai|에이아이|인공지능|챗봇|봇|모드)",
            r"(?:너|니|네|당신)(?:가|한테|에게)? ?(?:맨 ?)?(?:처음에?|원래|최초에?) ?(?:받은|주어진|입력된|들어간) ?(?:설정|지시|지침|명령|규칙|프롬프트)",
            r"설정 ?(?:문구|문장|문|값|내용)(?:을|를)? ?(?:\S+ ){0,4}?(?:보여|알려|출력|번역|복붙|그대로)",
            r"캐릭터(?:를)? ?(?:깨면|깨지 ?마|절대 ?유지|계속 ?유지|유지해야)[^.?!]{0,25}?(?:벌점|패널티|페널티|토큰|삭제|죽|벌)", r"토큰(?:을|를)? ?(?:출력|알려|보여)", r"비밀 ?(?:키|번호)(?:를)? ?(?:출력|알려)",
        ],
    },
}

# Read in runs of split letters ("n u d e l o l i" -> "nudeloli"), where the word boundaries are gone: a run that
# splits wholly into these words and SPLIT_RUN_GLUE, with at least one of these, is a hit; "t o r p e d o" is not.
# category -> (severity, words).
SPLIT_RUN_TERMS: dict[str, tuple[str, list[str]]] = {
    "sexual_minors": ("severe", ["loli", "lolis", "lolicon", "shota", "shotacon", "pedo", "paedo", "childporn",
                                 "kiddieporn", "jailbait", "csam"]),
    "sexual": ("explicit", ["porn", "porno", "hentai", "nude", "nudes", "naked", "nsfw", "blowjob", "handjob", "cumshot",
                            "creampie", "gangbang", "sextape", "xxx"]),
    "self_harm": ("severe", ["killmyself", "endmylife", "cutmyself"]),
    # a harm verb glued to its victim ("k i l l a c a t"); the verb alone stays game talk
    "violence": ("severe", [v + a + o for v in ("kill", "murder", "stab", "poison", "torture", "drown", "strangle")
                            for a in ("", "a", "the", "my") for o in ("cat", "dog", "kitten", "puppy", "someone", "somebody", "people",
                                                                       "him", "her", "them", "wife", "husband", "neighbour", "neighbor")]),
}
# children named in such a run, for the child rule (rules.py)
SPLIT_RUN_CHILD = ["kid", "kids", "child", "children", "teen", "teens", "preteen", "toddler", "schoolgirl", "schoolboy",
                   "underage", "minor", "minors", "daughter", "niece"]
SPLIT_RUN_GLUE = SPLIT_RUN_CHILD + ["a", "an", "the", "and", "of", "with", "me", "my", "her", "his", "sex", "hot", "girl",
                                    "girls", "boy", "boys", "young", "little", "pic", "pics", "art", "video", "videos",
                                    "image", "images", "photo", "photos", "draw", "show", "write", "make", "want", "to", "i",
                                    "how", "body", "in", "pose"]

# Chosung (initial consonant) abbreviations, matched on the pre-NFKC runs.
CHOSUNG: dict[str, tuple[str, str]] = {
    "ㅅㅂ": ("harassment", "explicit"), "ㅆㅂ": ("harassment", "explicit"), "ㅅㅂㄹㅁ": ("harassment", "explicit"),
    "ㅆㅂㄹㅁ": ("harassment", "explicit"), "ㅂㅅ": ("harassment", "explicit"), "ㅄ": ("harassment", "explicit"),
    "ㅈㄹ": ("harassment", "explicit"), "ㄱㅅㄲ": ("harassment", "explicit"), "ㅅㄲ": ("harassment", "explicit"),
    "ㅁㅊㄴ": ("harassment", "explicit"), "ㅁㅊㅅㄲ": ("harassment", "explicit"), "ㄴㄱㅁ": ("harassment", "explicit"),
    "ㅗ": ("harassment", "explicit"), "ㅗㅗ": ("harassment", "explicit"),
    "ㅈㄹㅎㄴ": ("harassment", "explicit"), "ㄲㅈ": ("harassment", "mild"), "ㅆㄹㄱ": ("harassment", "explicit"),
    "ㅈㅅㅎ": ("self_harm", "severe"), "ㅎㄴㅊ": ("hate", "severe"),
}

# "ㄹㄹ" (로리, loli) or ㅊㄷ/ㅈㄷ next to a sexual abbreviation ("ㄹㄹ ㅇㅎ 그림", "ㅊㄷ ㅇㅉ") or any sexual cue.
CHOSUNG_LOLI = "ㄹㄹ"
CHOSUNG_SCHOOLKID: tuple[str, ...] = ("ㅊㄷ", "ㅈㄷ", "ㅈㅎㅅ", "ㅊㄷㅎㅅ", "ㄱㄷㅎㅅ")  # 초딩, 중딩, 중학생...: only as a whole abbreviation ("ㅊㄷ ㅇㅉ")
CHOSUNG_SEXUAL_CUES: tuple[str, ...] = ("ㅇㅎ", "ㅇㅉ", "ㅅㅅ", "ㅇㄷ", "ㅂㅈ", "ㅈㅈ", "ㄸㄹㅇ", "ㅎㅂ", "ㅇㅅ", "ㅇㅆ")  # ㅇㅅ, ㅇㅆ: 야설, 야썰

# ---------------------------------------------------------------------------------------------------- allow-lists
# Benign phrases masked out of every view before matching (English: whole phrases on word boundaries).
EN_ALLOW: list[str] = [
    r"(?:no|without|zero|minus|not any) (?:gore|blood|nudity|violence|swearing|profanity|sexual content|fan ?service)(?! ?(?:limits?|filters?|restrictions?|censor\w*|rules?))",
    r"(?:gore|nudity|blood)[- ]free", r"spotted dick",
    r"(?:refus\w*|block\w*|filter\w*(?: out)?|avoid\w*|ban\w*|reject\w*|remov\w*|detect\w*|flag\w*|moderat\w*) (?:\w+ ){0,2}?nsfw(?: (?:content|requests?|images?|posts?|stuff))?",
    r"what (?:does|do|is) ['\"‘’“”]?[\w ]{1,20}?['\"‘’“”]? (?:mean|stand for)", r"(?:rear[- ])?naked chokes?",
    r"(?:choke|armbar|submit|tap) (?:\w+ ){0,3}(?:in|at|during|for) (?:bjj|jiu[- ]?jitsu|judo|mma|wrestling|grappling|sparring|training|class)",
    r"sex on the beach (?:cocktail|drink|mocktail|recipe)|(?:cocktail|drink|mocktail|recipe)s? (?:called |named )?(?:a )?sex on the beach",
    r"(?:stop|avoid|against|not|never|without|dangers? of|problems? (?:of|with)|why) (?:\w+ ){0,2}(?:glorif\w*|celebrat\w*|prais\w*)",
    r"sex (?:education|ed|of (?:the|a|my|your|their|his|her) (?:baby|cat|dog|bird|fish|puppy|kitten|chicken|plant|animal)|"
    r"chromosomes?|differences?|ratio|determination|cells?|hormones?|characteristics|offenders? registry|trafficking (?:awareness|prevention|statistics))",
    r"(?:never|not|don'?t|stop|avoid|no) (?:send|sending|share|sharing) (?:\w+ ){0,2}?(?:pics|pictures|photos|selfies|nudes) (?:to|with) (?:strangers|people (?:they|you|he|she) (?:met|meet) online|anyone online)",
    r"(?:they'?re|they are|he'?s|he is|she'?s|she is|someone(?:'s| is)|somebody(?:'s| is)|people (?:are|keep)|keeps|who'?s|who is) stalking (?:me|my)",
    r"(?:who|that|they|he|she|someone|people) (?:keeps?|kept|always|still|constantly) (?:making|telling|posting|sharing|sending|saying) (?:racist|sexist|homophobic|transphobic|ableist|offensive|rude) (?:jokes|comments|remarks|memes|stuff|things)",
    r"cocks? (?:crow\w*|a[- ]doodle[- ]doo)",
    r"(?:murder(?:ed|s|ing)?|kill(?:ed|s|ing)?|slay(?:ed|s|ing)?|destroy(?:ed|s|ing)?) (?:his|her|their|my|the|that|this) (?:solo|set|performance|song|cover|verse|dance|routine|speech|exam|test|presentation|interview|audition|match|shift|look|outfit|drum fill|riff)",
    r"(?:condemn\w*|against|banning|ban on|report(?:ing)?|remov\w*|delet\w*|warn\w* about|explain\w* why) (?:the |all |any |those |these )?(?:racist|homophobic|transphobic|sexist|antisemitic|ethnic) (?:slurs|jokes|comments|remarks|memes|spam|posts)", r"cock or (?:a )?hen", r"hen or (?:a )?cock",
    r"(?:posted|posting|used|using|said|saying|yelled|shouted|spamm\w*|sent|dropp\w*|called (?:me|him|her|them)) (?:\w+ ){0,2}?(?:racist|homophobic|transphobic|sexist|antisemitic|ethnic) (?:slurs|jokes|comments|remarks|memes|stuff)",
    r"(?:died|passed away|death|lost(?: \w+){0,2}?) (?:by|to|from) suicide", r"suicide (?:loss|survivors?|bereavement)",
    r"(?:blue|great|coal|marsh|willow|crested|long[- ]tailed|bearded) tits?", r"(?:blue[- ]footed|red[- ]footed|brown|masked|nazca) boob(?:y|ies)",
    r"(?:named|called|member|mr\.?|uncle|coach|grandpa|cousin) dick\b", r"cock-?a-?doodle-?doo", r"(?:rooster|barnyard|farmyard) cocks?",
    r"same-?sex", r"opposite sex", r"unisex", r"biological sex", r"sex and gender", r"gender and sex", r"safe sex education",
    r"breast ?(?:cancer|feeding|stroke|milk|pump|exam|screening|reconstruction|tissue)", r"chicken breasts?", r"turkey breasts?",
    r"duck breasts?", r"nude (?:lipstick|lip|heels?|shoes?|pumps?|colou?r|tones?|palette|makeup|beige|nails?|polish|shade|tights|stockings)",
    r"naked (?:eye|mole[- ]rats?|truth|flame|ambition|lunch|singularity|wire|url|pointer|function|return|objects?|bike|chef|ape)",
    r"the naked (?:eye|truth|gun)", r"cum laude", r"summa cum", r"magna cum", r"cock ?(?:pit|tail|roach|atoo|erel|er spaniel|y|ney)",
    r"(?:pea|wood|game|wea)cocks?", r"cock(?:ed)? (?:a|the) (?:gun|hammer|hat)", r"the cock crow(?:ed|s)?", r"rooster", r"moby[- ]dick",
    r"dick (?:grayson|tracy|van dyke|cheney|clark|francis)", r"philip k\.? dick", r"pussy ?(?:willows?|cat|foot)", r"puss in boots",
    r"(?:blue|great|coal|long-tailed|marsh|crested) tits?", r"tit(?:mouse|mice)", r"tit for tat", r"anal(?:ysis|yses|yst|ysts|yze|yzed|ytics?|ytical|og|ogue|ogy|gesic|gesics)",
    r"anal retentive", r"analog(?:ue)?", r"strip (?:steak|mall|mine|club sandwich)", r"comic strips?", r"gaza strip", r"las vegas strip",
    r"sexy (?:(?:\w+ ){0,2}(?:cars?|trucks?|bikes?|motorcycles?|fonts?|logos?|designs?|typography|voice|beats?|code|dashboards?|landing page|kitchen|"
    r"shoes|sneakers|watch|graphs?|charts?))", r"therapists?", r"grape(?:s|fruit|vine)?", r"scunthorpe", r"penistone", r"(?:resume|cv|slide|summary|list|key|text|talking) bullets?", r"bullet (?:points?|journal\w*|list|chess|train)", r"(?:es|sus|middle|wes)sex", r"sextants?", r"sextets?", r"sexton",
    r"(?:kill|killing|killed) (?:the |a |this |that |all )?(?:process(?:es)?|task|job|thread|server|app|application|program|session|"
    r"switch|command|pid|container|pod|daemon|tab|window|terminal|engine|lights|music|mood|time|bugs?|weeds?|germs?|bacteria|mold|"
    r"pests?|ants?|flies|mosquito(?:es)?|rats?|mice|roaches|cockroaches|batteries|boss fight|enemies|zombies|monsters|dragon|"
    r"goblins?|orcs?|it on stage)", r"(?:humanely |quickly )?(?:kill|killing|dispatch|dispatching) (?:a |the |live |my )?(?:lobsters?|crabs?|crayfish|fish|trout|catfish|eels?|squid|octopus)", r"kill -9", r"pkill", r"killall", r"killer (?:app|feature|whale|bees?|sudoku|queen|instinct|heels)",
    r"shoot(?:ing)? (?:a |the |some |my |our |this |product |wedding |portrait |family )?(?:photos?|pictures?|video|film|movie|scene|"
    r"portrait|footage|hoops|the breeze|for the (?:moon|stars)|an email|me a message|a message|a text|some hoops|baskets|arrows?)",
    r"photo ?shoots?", r"(?:bath|seed|glitter|f|cherry|calorie|bomb) ?bombs?", r"photo ?bomb(?:ed|ing|s)?", r"bomb calorimeter",
    r"bomb cyclone", r"bombshell", r"bomber jacket", r"da bomb", r"the (?:movie|show|film|play|album|launch) bombed",
    r"(?:glue|nail|water|squirt|nerf|heat|spray|staple|grease|radar|temperature|paint|bubble|caulk|caulking|toy|massage|tattoo|foam) ?guns?",
    r"top gun", r"smoking gun", r"son of a gun", r"jump(?:ed)? the gun", r"gun ?metal", r"shotgun (?:wedding|seat|it|!)", r"ride shotgun",
    r"heart attack", r"panic attack", r"attack on titan", r"asthma attack", r"(?:execute|execution) (?:the |a |this )?(?:script|code|query|plan|order|command|program|test|function|time|trade)",
    r"dead ?lines?", r"deadpan", r"drop dead gorgeous", r"dead ?end", r"murder (?:mystery|mysteries|of crows|podcast|she wrote)",
    r"(?:true crime|murder mystery) (?:novel|book|podcast|story)", r"blood (?:test|tests|pressure|type|drive|donation|orange|moon|sugar|cells?|bank|vessel)",
    r"cutting (?:board|edge|costs|hair|paper|the cake|onions?)", r"hang(?:ing)? (?:out|a picture|a painting|plants|the laundry|up|on|in there|gliding|ten)",
    r"hangover", r"to die for", r"dy(?:e|ing) (?:my|her|his) hair", r"(?:dying|dyeing) (?:fabric|eggs|yarn)", r"dying (?:to|of) (?:see|laughter|know|meet|try)",
    r"suicide (?:prevention|hotline|helpline|awareness|squad|crisis line|watch|rates?|statistics|risk factors|warning signs|survivors?|loss)",
    r"(?:prevent|preventing|prevention of|support(?:ing)? (?:a|my) (?:friend|someone) (?:who is |with )?)(?:suicidal|suicide|self[- ]?harm)",
    r"self[- ]?harm (?:prevention|awareness|recovery|support|resources)", r"(?:talk|speak|reach out) to (?:a )?(?:therapist|counselor|someone)",
    r"crack(?:ing|ed)? (?:an? |the |some |open )?(?:eggs?|codes?|jokes?|smiles?|case|puzzle|safe|window|knuckles|nuts?|whip|the books|of dawn|up)",
    r"crack(?:s|ed)? in (?:the|a) (?:wall|ceiling|glass|screen|road|pavement|foundation)", r"(?:the|a) cracked (?:screen|phone|wall|egg)",
    r"weed(?:s|ing|ed)? (?:the |my |our |your |out |a )?(?:\w+ )?(?:garden|lawn|yard|beds?|patch|plot|killer|control|whacker|eater|barrier|flowerbeds?)", r"(?:garden|pull(?:ing)?|dandelion|sea|duck|tumble) ?weeds?",
    r"weed out", r"methodolog(?:y|ies|ical)", r"methane", r"methanol", r"methyl", r"methodist", r"heroine", r"coke (?:zero|bottle|can|float|and (?:fries|mentos))",
    r"(?:diet|a|glass of|can of|bottle of) coke", r"acid (?:rain|reflux|test|base|jazz)", r"citric acid", r"amino acids?", r"folic acid", r"lsd radix sort",
    r"speed (?:limit|up|test|run)",
    r"(?:the )?(?:rape|rapeseed|canola) (?:seed|oil|field)", r"oilseed rape", r"rape ?seed", r"(?:survivor|survivors) of (?:rape|sexual assault)",
    r"(?:report|reporting|support(?:ing)?|help(?:ing)?|counsel(?:ing)?|prevent(?:ing)?|recogni[sz]e|warning signs of) (?:a |an |the )?(?:rape|sexual assault|sexual abuse|child abuse|grooming|abuse)",
    r"(?:rape|sexual assault|sexual abuse|child abuse|abuse) (?:crisis|hotline|helpline|prevention|awareness|survivors?|statistics|victims? support|support)",
    r"(?:protect(?:ing)?|keep(?:ing)?|teach(?:ing)?) (?:my |our |your )?(?:kids?|children|child|students) (?:safe )?(?:from|about) (?:predators|pedophiles|grooming|online predators|strangers)",
    r"(?:detect|detecting|spot|spotting|recogni[sz]e|recogni[sz]ing) (?:online )?(?:predators|pedophiles|grooming)", r"pedophiles? (?:laws?|statistics|registry)",
    r"how (?:do|does|did) (?:the )?(?:nazis?|kkk|propaganda|hitler|genocide|the holocaust)", r"(?:history|causes?|effects?|impact|lessons) of (?:the )?(?:holocaust|genocide|nazism|racism|slavery|the kkk|apartheid)",
    r"(?:essay|report|lesson|lecture|documentary) (?:on|about) (?:the )?(?:holocaust|genocide|nazism|racism|hate speech|slavery|civil rights)",
    r"(?:how|why|analy[sz]\w*|history of|role of|effects? of|impact of|(?:essay|report|lesson|lecture|documentary) (?:on|about)) (?:the )?(?:wartime |soviet )?nazi propaganda",
    r"faggots? (?:and (?:peas|mash|gravy)|in (?:gravy|british|english|welsh)|recipe|meatballs?)|(?:british|welsh|pork|pub) faggots?",
    r"(?:fight(?:ing)?|combat(?:ing)?|counter(?:ing)?|respond(?:ing)? to|stop(?:ping)?|report(?:ing)?|moderat(?:e|ing)) (?:against )?(?:racism|hate speech|antisemitism|homophobia|bullying|cyberbullying|harassment|online harassment)",
    r"(?:anti|stop|against)[- ](?:bullying|harassment|racism|hate)", r"(?:deal(?:ing)?|cope|coping) with (?:a )?(?:bully|bullies|bullying|harassment|cyberbullying)",
    r"(?:what is|what are|define|definition of|explain) (?:a )?(?:jailbreak(?:ing)?|prompt injection|doxx?ing|swatting|grooming)",
    r"(?:detect\w*|prevent\w*|defen\w+ against|classif\w*|research\w* (?:on )?|stud(?:y|ying) |paper on|benchmark\w*|mitigat\w*) (?:\w+ ){0,2}?jail ?break(?:s|ing)?(?: prompts?| attacks?)?",
    r"jail ?break (?:detection|research|defen[cs]es?|benchmarks?|mitigation)",
    r"jail ?break(?:ing)? (?:an? |my |the )?(?:\w+ )?(?:iphone|ios|phone|ps[1-5]|switch|console|kindle|ipad|android|device|firestick|3ds|wii)", r"system prompt (?:design|engineering|examples?|best practices|tips)",
    # writing the system prompt of one's own bot is a common request; asking for this bot's is the injection
    r"(?:write|writing|design|designing|structure|format|formatting|craft|crafting|improve|improving) (?:a|my|our) (?:good |better |custom |short )?system prompts?",
    r"(?:where|how) (?:do|should|can) (?:i|we) (?:put|place|add) (?:a |the |my )?system prompts?",
    r"system prompts? (?:for|in|of) (?:my|our) (?:own )?(?:bot|chatbot|app|project|assistant|agent|game|npc)s?",
    r"how (?:do|does) (?:an? )?(?:nuclear (?:reactor|power plant)|vaccine|gun ?powder|dynamite) work", r"nuclear (?:power|energy|reactor|physics|fission|fusion)",
    r"execution (?:time|plan|speed|environment|order|context|model|engine|policy)", r"the execution of (?:the|a) (?:plan|project|strategy|code|contract)",
    r"bloody mary", r"bloody hell", r"(?:grand|gran) theft auto", r"shooter games?", r"first[- ]person shooter", r"(?:nerf|paintball|laser tag|water) (?:battle|fight|war)",
    r"dragon (?:slayer|slaying)", r"slay(?:ed|ing)? (?:the|a) dragon", r"slay(?:ed|ing)? (?:it|queen)", r"pill bugs?", r"(?:the )?dark ?web (?:safety|risks|explained|documentary)",
    r"pussy ?galore", r"blue balls? (?:lightning|python)?", r"balls? (?:game|pit|python|player)", r"screw (?:driver|cap|top|in|the lid)",
    r"hate you (?:can't|cant) (?:come|be)", r"i hate (?:mondays|traffic|rain|homework|waiting)", r"shut up and (?:dance|take my money)",
    # a brain, a dog or an alarm that will not be quiet; "tell her to shut up" still reads as aimed at someone
    r"(?:won'?t|wont|doesn'?t|doesnt|never|can'?t|cant|will not|wouldn'?t|wouldnt) (?:ever |just )?shut up",
    r"punch(?:ing)?[- ]up (?:this|the|my|a|our|these|some) (?:\w+ )?(?:bit|joke|line|script|draft|copy|speech|toast|set|routine|caption|bio|intro|post|essay|text|paragraph|pitch|title|headline|story|scene|dialogue)s?",  # an editor's word for sharpening a joke or a line
    r"(?:kids?|child|children|toddlers?|babies|baby)'?s? (?:swim|swimming) (?:lessons?|class|safety)", r"wholesome",
    r"(?:penis|penile|vagina|vaginal|genital|breast|testicular|prostate|cervical|nipple|anal|rectal) (?:cancer|infection|health|exam|pain|discharge|"
    r"anatomy|surgery|yeast|warts|herpes|fissure|gland|itching|bleeding|rash|lump|soreness)", r"bottle nipples?", r"(?:sore|cracked|painful|inverted|flat|bleeding) nipples?", r"nipple (?:shields?|cream|balm|confusion|pain)",
    r"(?:respond|reply|react|report|deal|handle|respond(?:ing)?)(?:ing)? (?:to |with )?(?:a |an |this |the )?(?:(?:threatening|threat|death threat|hate|harassing) (?:message|letter|note|email|text|call)s?|(?:death |rape |bomb )?threats?)",
    r"bomb (?:shelter|squad|disposal|sniffing dogs?|threat hotline)", r"gun (?:safe|cabinet|rack|case|holster|cleaning|control|laws?|violence|show|range|license|permit|safety)",
    r"poison (?:ivy|oak|control|dart frogs?|apple)", r"(?:warning signs|signs|risk factors|prevention|statistics|rates|history|causes) of (?:suicide|self[- ]?harm)",
    r"xxx(?:l|s)", r"super bowl xxx", r"romantic comed(?:y|ies)",
    r"(?:child|parent|zombie|orphan(?:ed)?|worker) (?:process(?:es)?|threads?|nodes?|elements?|components?|pids?|widgets?)",
    r"sexual(?:ly)? (?:health|transmitted|active|orientation|wellness|and reproductive health)",
    # recovery from self-harm is not self-harm content
    r"(?:days?|weeks?|months?|years?) (?:clean|free) (?:from|of) (?:self[- ]?harm(?:ing)?|cutting|self[- ]?injury)",
    r"(?:recover(?:y|ing|ed)?|heal(?:ing|ed)?) (?:from )?(?:self[- ]?harm(?:ing)?|cutting|self[- ]?injury)",
    r"self[- ]?harm (?:recovery|scars? (?:care|fading|treatment|removal|cream))", r"(?:stopped|quit) (?:self[- ]?harming|cutting)",
    r"(?:talk|talking|explain|explaining|teach|teaching|educate|educating) (?:to )?(?:my |our |your |the )?(?:kids?|children|child|son|daughter|teens?|teenagers?|students|class)"
    r" about (?:sex|puberty|consent|their bodies|body safety|private parts|online safety|porn|drugs|alcohol|suicide|self[- ]?harm)",
    r"(?:protect|protecting|block|blocking|filter|filtering|shield|shielding|keep|keeping) (?:my |our |your )?(?:kids?|children|child|son|daughter|teens?|students) "
    r"(?:safe )?(?:from|away from) (?:porn|pornography|adult content|explicit content|nsfw content|drugs|predators|online predators|violence)",
    r"parental controls?", r"age[- ]appropriate",
    r"(?:no|without|not|non|zero|avoid(?:ing)?|minus|free of|less) (?:any |too much |excessive )?(?:gore|gory|blood|bloodshed|violence|violent|nudity|sex|sexual content|swearing|profanity|graphic)(?: content| scenes?| violence)?",
    r"non-?graphic", r"non[- ]?(?:gory|violent|sexual|explicit)", r"family[- ]friendly", r"kid[- ]friendly", r"child (?:safety|protection|development|psychology|care|support|labor laws)",
]

# Allowed in a /write prompt only: talking about nudity in art is not asking for a nude image.
ART_NUDITY_ALLOW_EN: list[str] = [
    r"(?:the )?(?:nude|nudity|naked(?:ness)?) (?:in|of) (?:\w+ ){0,3}?(?:art|sculptures?|statues?|paintings?|renaissance|greek|roman|classical|museums?)\w*",
    r"(?:nude|naked) (?:statues?|sculptures?|figures?|paintings?|portraits?) (?:in|of|from) (?:\w+ ){0,3}?(?:art|renaissance|greek|greece|roman|rome|classical|museums?|history)\w*",
    r"(?:art|sculptures?|statues?|paintings?|renaissance|greek|roman|classical|life drawing|figure drawing) (?:\w+ ){0,3}?(?:nudes?|nudity|naked(?:ness)?)",
    r"(?:nudes?|nudity|naked)\W+(?:\w+\W+){0,7}?(?:art history|art class|museum|sculpture|statue|renaissance|baroque|classical art)",
    r"(?:manet|titian|goya|botticelli|rubens|modigliani|michelangelo|da vinci|klimt|schiele|renoir|ingres|courbet|velazquez|cabanel)'?s? (?:\w+\W+){0,6}?(?:nudes?|nudity|naked)",
    r"(?:composition|brushwork|painting|painter|art history|museum|gallery)\W+(?:\w+\W+){0,6}?(?:nudes?|nudity)",
]
ART_NUDITY_ALLOW_KO: list[str] = [
    r"(?:조각상?|미술사?|회화|르네상스|그리스|로마|고전|명화|다비드상?|비너스)(?:\S* ){0,4}?(?:나체|누드)(?:화|상)?", r"(?:나체|누드)(?:화|상)", r"(?:나체|누드) ?(?:크로키|드로잉|모델 ?수업)",
]
KO_ALLOW: list[str] = [
    r"(?:상추|배추|토마토|고추|수박|참외|호박|해바라기|꽃|무|당근|오이|콩|깻잎|허브|바질|딸기|옥수수|모종) ?씨 ?(?:발아|뿌리|심)", r"씨 ?발아(?:율|가 ?(?:안|잘|늦|빨)|시키|시켜|하는 ?(?:법|온도|기간)|기간|온도)",
    r"놀리는 ?(?:시|글|노래|랩|짤|멘트)[^.?!\n]{0,40}?(?:기분 ?(?:나쁘지|안 ?나쁘|상하지) ?않게|장난으로|귀엽게|웃으려고|다 ?같이 ?웃)",
    r"(?:장난으로|귀엽게|기분 ?(?:나쁘지|상하지) ?않게)[^.?!\n]{0,20}?놀리는 ?(?:시|글|노래|랩|짤|멘트)",
    r"자살로 ?(?:돌아가|세상을 ?떠|잃|사망)", r"(?:친구|동생|언니|오빠|누나|형|애인|여친|남친|엄마|아빠|걔|그 ?애|학생|아이)(?:가|이|는|도)? ?[^.?!\n]{0,15}?죽고 ?싶다고",
    r"(?:마약|필로폰|코카인|대마|헤로인|펜타닐|케타민|엑스터시)(?:을|를)? ?(?:밀수|유통|판매) ?(?:조직|일당|범)?(?:\S+ )?(?:\S+ )?(?:검거|적발|체포|수사|단속)", r"(?:야한|선정적인|19금|잔인한|징그러운|고어한|고어틱한) ?(?:거|것|건|그림|버전|느낌|장면)? ?(?:말고|빼고|아니고)(?! ?더)",
    r"졸라맨", r"유방 ?(?:암|검진|초음파|촬영|외과|멍울|통증)", r"자가 ?검진", r"청소년 ?(?:관람|이용) ?불가", r"수위 ?(?:낮(?:은|게)|약한|약하게|순한|없는)", r"['\"‘’“”]?\S{1,8}?['\"‘’“”]?(?:이라는|라는) ?(?:욕|말|단어|표현)(?:의|은|이)? ?(?:어원|뜻|의미|유래)",
    r"(?:피|기름|물|감자|치킨|닭|새우|돈가스|만두|두부|튀김옷)(?:가|를|을|이)? ?튀기",
    r"(?:아이폰|폰|휴대폰|ios|갤럭시|안드로이드|닌텐도|스위치|플스|ps\d|킨들|아이패드|기기|게임기) ?탈옥",
    r"시스템 ?프롬프트(?:를|은|는|을)? ?(?:\S+ ){0,2}?(?:짜(?:야|는|면|기)|작성(?:법|하는|하려면|요령)|설계|쓰는 ?(?:법|요령)|예시|템플릿)",
    r"(?:바퀴벌레|바퀴|모기|파리|초파리|개미|쥐(?!약)|벌레|해충|진드기|빈대|곰팡이|잡초|세균|좀비|보스|몬스터|몹)(?:를|을|들|들을|는|은|가|이)? ?"
    r"(?:(?!\S*(?:같|사람|놈|년|새끼|인간|이웃|옆집|친구|남편|아내|선생|엄마|아빠|동생|형|누나|언니|오빠))\S+ ){0,4}?(?:[싹다확꼭잘좀] ?)?(?:죽이는|없애는|잡는|박멸하는|퇴치하는) ?(?:방법|법)",
    r"(?:생닭|통닭|닭|생선|고기|돼지|갈비|연어|참치|장어|오징어|문어|고등어|꽃게|게|랍스터|소고기|돼지고기|닭고기)(?:을|를|은|는)? ?(?:한 ?마리 ?|통째로 ?)?"
    r"(?:(?!사람|시체|시신|사체|아기|아이|여자|남자|친구|동생|엄마|아빠|고양이|강아지|길냥이|개를|개가|동물)[^.?!]){0,20}(?:토막|손질|해체|발골)(?!하는 ?것처럼|하듯|처럼)",
    # recovery from self-harm is not self-harm content
    r"자해(?:를|는)? ?(?:끊은|끊고|끊었|멈춘|멈췄|그만둔|그만뒀|안 ?한 ?지)", r"흉터(?:를)? ?(?:연하게|옅게|없애|치료|관리|레이저)",
    r"(?:고어|노출|선정성|선정적인 ?(?:장면|묘사)?|폭력성|폭력적인 ?(?:거|것|장면|내용|묘사)?|잔인한 ?(?:거|것|장면|묘사)?|무서운 ?(?:거|것|장면)?|욕설|쌍욕|비속어|욕)"
    r"(?:은|는|이|가|을|를|도)? ?(?:하나도 |전혀 |절대 |절대로 )?(?:없이|없는|없음|없게|빼고|금지|말고|안 ?(?:쓰고|나오게|넣고|하고))",
    r"(?:노래|맛|목소리|경치|풍경|뷰|춤|퀄리티|비주얼|분위기|음색)(?:이|가|은|는)? ?(?:진짜|완전|개|너무|정말)? ?죽인다",
    r"시 ?발(?:표|생|견|령|급|송|행|전|매|사|효|주|동|명|포|의|각|휘|달|부|진|산|현|음|육|언|열|작|족|차|치|탁|화)", r"씨 ?발(?:언|표|견|생|음|달|전|송|행)", r"자 ?살(?:펴|피|짝|았|려|림|며|면|금|균)",
    r"시발점", r"시발역", r"시발택시", r"시발 ?자동차", r"수박 ?씨 ?발라", r"수박씨", r"씨 ?발라(?:내|먹|서)?", r"18세기", r"18세", r"18살",
    r"18 ?년 ?(?:동안|전|후|만에|간)", r"(?:19|20)18년", r"병신년", r"병신 ?년 ?(?:\(|丙申|생)", r"丙申", r"마약 ?(?:김밥|떡볶이|베개|옥수수|토스트|빵|계란|소스|쿠션|매트|라면|수면)",
    r"대마도", r"대마 ?(?:섬|도)", r"(?:죽이는|죽여주는|죽인다|끝내주는) ?(?:맛|노래|목소리|경치|풍경|날씨|퀄리티|실력|춤)", r"(?:배고파|웃겨|졸려|피곤해|심심해|더워|추워|보고 ?싶어|아파|아퍼|힘들어|귀여워|짜증나|답답해|부러워|설레|궁금해|배불러|바빠|떨려|창피해|간지러워|지루해|좋아) ?죽겠",
    r"폭탄 ?(?:세일|주(?!의)|할인|머리|발언|선언)", r"물총", r"글루건", r"총알 ?(?:배송|택배|같이)", r"칼퇴", r"칼국수", r"칼각", r"칼답", r"킬러 ?(?:문항|문제|콘텐츠)",
    r"(?:프로세스|프로그램|작업|앱|서버|탭)(?:을|를)? ?(?:죽이|종료|강제 ?종료|킬)", r"사진(?:을)? ?(?:찍|촬영)", r"(?:화보|사진|영상) ?촬영", r"자살 ?(?:예방|방지|상담|위기|고위험|률|통계|유가족)",
    r"자해 ?(?:예방|상담|극복|치료)", r"생명의 ?전화", r"(?:상담|치료|심리) ?(?:센터|선생님|사|치료사)", r"(?:테러|범죄|마약|자살|폭력) ?(?:예방|방지|근절|퇴치|반대|교육|캠페인|역사)",
    r"(?:반|안티) ?(?:마약|폭력|테러)", r"마약의? ?유혹(?:을|에)? ?(?:뿌리치|이기|거절|물리치|견디|빠지지)", r"마약 ?(?:퇴치|근절|예방|단속|수사|중독 ?치료|중독자 ?(?:재활|치료)|탐지견)", r"고어텍스", r"정사각형", r"정사각", r"정사면체", r"(?:정|사)사(?:기|각)",
    r"자위대", r"자위권", r"자위 ?(?:함|대원)", r"보지 ?(?:마|말|못|않|도|만|는|를|가|고|말고|마세요)", r"(?:안|못|다시|잘|좀|그냥|한번|같이|또|직접|미리|어디|자세히) ?보지", r"보지(?:도|만|를|는) ?않",
    r"(?:볼|봐|보|알아보)(?:지|자)", r"새끼 ?(?:고양이|강아지|손가락|발가락|줄|곰|돼지|양|새|오리|낳|를 ?낳|를 ?돌보|를 ?키우)", r"(?:고양이|강아지|곰|돼지|양|새|오리|사자|호랑이|동물|개)(?:의)? ?새끼",
    r"씹(?:다|어|고|는|을|기|으면|어서|어요|었|히|힌|는 ?맛)", r"껌(?:을)? ?씹", r"곱씹", r"미친 ?(?:듯이|듯|속도|가성비|맛|퀄리티|존재감|실력|스피드|기록)",
    r"(?:지랄|염병) ?(?:맞은 ?날씨)", r"꺼져 ?(?:있|가|버린 ?(?:불|전원|화면))", r"꺼져서", r"불이 ?꺼져", r"(?:전원|화면|컴퓨터|불)(?:이|가)? ?꺼져", r"닥쳐 ?(?:올|오는|온)",
    r"(?:다가|들이)닥쳐", r"엿 ?(?:만들|장수|가락)", r"호박엿", r"쌍둥이", r"쌍 ?(?:꺼풀|안경)", r"또라이 ?(?:같은 ?(?:매력|아이디어))", r"병신 ?같은 ?(?:버그)",
    r"시바견", r"시바 ?이누", r"시바 ?(?:강아지|종)", r"(?:뒤져|뒤지)(?:서|보|봐|봤|본|볼|도|야|지)", r"서랍(?:을)? ?뒤져", r"(?:찾아|알아)보", r"창녀 ?(?:역사|문제|인권)",
    r"섹시 ?(?:한 ?)?(?:디자인|자동차|차|폰트|로고|목소리)", r"음란물 ?(?:신고|차단|필터|중독 ?치료|예방)", r"노출 ?(?:콘크리트|시간|값|보정|계|과다|부족|위험|사고)", r"(?:개인정보|정보) ?노출",
    r"(?:자외선|햇빛|위험|방사선|열)(?:에)? ?노출", r"성교육", r"성 ?교육", r"(?:학대|폭력|성폭력|성범죄|왕따|괴롭힘|따돌림|혐오) ?(?:예방|신고|방지|대처|극복|반대|교육|피해자 ?지원|상담)",
    r"(?:살해 ?)?협박 ?(?:문자|편지|메시지|메세지|글|디엠|dm|메일|쪽지|톡|카톡|댓글|전화)?(?:를|을)? ?(?:받았|받고|받는|받으면|받아서|당했|당하고|신고|대처)",
    r"(?:왕따|괴롭힘|학교 ?폭력|혐오 ?표현)(?:을|를)? ?(?:당했|당하고|막|줄이|예방|신고|대처)", r"(?:게임|영화|소설) ?속 ?(?:총|무기|몬스터)", r"(?<![기권소엽사])총 ?(?:\d|몇|합계|점|인원|개(?!조)|매출|비용|길이|량|액|정리|회|장|평)",
    r"(?:총합|총점|총액|총량|총계|총장|총리|총각|총무|총회|총괄|총알|총선|총동원|총명|총출동|총체|총사령관|총평|총정리)", r"사진 ?(?:폭탄|찍)", r"(?:시간|사진|음식|메뉴) ?(?:폭탄)", r"폭탄 ?(?:머리|맞은 ?(?:듯|머리))",
    r"(?:사냥|몬스터|드래곤|좀비|적|보스)(?:을|를)? ?(?:죽이|처치|잡)", r"모기(?:를)? ?(?:죽이|잡)", r"바퀴벌레(?:를)? ?(?:죽이|잡|없애)", r"(?:벌레|해충|잡초)(?:를)? ?(?:죽이|없애|박멸)",
    r"해충 ?(?:박멸|퇴치|방제)", r"(?:곰팡이|세균|바이러스)(?:를)? ?(?:죽이|없애|박멸)", r"(?:세균|해충|곰팡이|바퀴벌레) ?박멸", r"시간을? ?죽이", r"킬링 ?타임", r"(?:연쇄 ?살인|살인 ?사건|살인마) ?(?:추리|미스터리|소설|다큐|영화|사건 ?(?:해결|수사))",
    r"추리 ?소설", r"마약성 ?(?:진통제|약)(?:을|를)? ?(?:\S+ )?(?:버리|폐기|반납|처리하)", r"(?:약국|약사|처방(?!전? ?(?:없이|안 ?받))|복용법|부작용|진통제|감기약|두통약|영양제)", r"(?:피|혈액) ?(?:검사|형|순환|헌혈|압)", r"헌혈", r"손목 ?(?:시계|보호대|터널|통증|스트레칭|밴드)",
    r"자지러(?:지|졌|질|진|집)", r"자지 ?(?:말|마|않|못|도 ?않|는 ?않)", r"(?:일찍|늦게|잠을|안|못|푹|같이|그냥|빨리|더) ?자지",
    r"시스템 ?프롬프트(?:를|는)? ?(?:작성|설계|엔지니어링|공부|예시|잘 ?쓰|쓰는|만드는|만들)", r"(?:내|제|우리) ?(?:봇|챗봇|앱|게임)(?:의)? ?시스템 ?프롬프트",
    r"(?:친구|동생|언니|오빠|형|누나|아이|애|학생|엄마|아빠|남친|여친|동료|남편|아내|자녀|아들|딸)(?:가|이|는|도)? (?:요즘 |자꾸 |계속 |자주 |가끔 )?죽고 ?싶다(?:는 ?(?:말|얘기|이야기)|고 ?(?:하는데|해|했|그러|말))",
    r"목(?:을)? ?(?:매다|매는) ?(?:넥타이|타이|스카프)", r"넥타이(?:를)? ?매", r"목매(?:고|어|여) ?(?:기다|사는|살)", r"섹시한? ?(?:가수|댄스)", r"티 ?팬티",
]

# ------------------------------------------------------------------------------------------------ combination signals
# what ends a number that is an age: not a unit, a time, a count or a decimal ("only 5 minutes", "is 15th", "1.5")
_NOT_AN_AGE = (r"\b(?![.:,]\d)(?! ?(?:minutes?|hours?|days?|weeks?|months?|dollars|percent|%|am|pm|o'clock|times|miles|km|points|left|"
               r"more|items?|people|years? (?:ago|older|younger)|feet|ft|inches|cm|kg|lbs?|pounds|stars?)\b)")
CHILD_EN: list[str] = [
    r"child(?:ren|ish)?", r"kids?", r"kiddos?", r"minors?", r"underage(?:d)?", r"under-?age", r"teens?", r"teenagers?", r"teenaged?", r"preteens?",
    r"pre-?teens?", r"tweens?", r"adolescents?", r"juveniles?", r"toddlers?", r"bab(?:y|ies)", r"infants?", r"little (?:girls?|boys?|ones?|kids?|sister|brother)",
    r"young (?:girls?|boys?|kids?|teens?|children|daughter|son)", r"schoolgirls?", r"schoolboys?", r"school ?girl outfit", r"school uniform",
    r"(?:elementary|primary|middle|junior high|grade|high) school(?:er|ers)?(?: (?:girl|boy|student|kid)s?)?", r"(?:1st|2nd|3rd|[4-9]th|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth) grader?s?",
    r"(?:[1-9]|1[0-7]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[- ]?"
    r"(?:years?|yrs?|y/?[o0])(?:[- ]old)?", r"(?:age[ds]?|aged) (?:[1-9]|1[0-7])", r"(?:[1-9]|1[0-7]) ?y[o0]", r"child-?like",
    r"looks? (?:like (?:she'?s|he'?s) )?(?:about |around |maybe |barely |only )?(?:[1-9]|1[0-7]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
    + _NOT_AN_AGE, r"girl scouts?", r"boy scouts?",
    r"cub scouts?", r"daughter", r"stepdaughter", r"step-?daughter", r"niece", r"nephew", r"son", r"loli", r"shota", r"lolita", r"puberty",
    r"pubescent", r"prepubescent", r"flat[- ]chested (?:girl|kid)", r"baby ?sitter'?s? (?:kid|child)", r"students? (?:aged|under)", r"kindergarten(?:er)?s?",
    r"daycare", r"boys? and girls? (?:aged|under)", r"jr\.? high",
    # an age given in passing: "my character (15)", "the girl next door is 15", "Lily (she's 11)"
    r"\((?:she'?s|he'?s|age|aged) (?:[1-9]|1[0-7])\)",
    r"(?:character|girl|boy|oc|sister|brother|daughter|son|student|kid|cousin|niece|nephew|me|myself|her|him) \((?:[1-9]|1[0-7])\)",
    r"(?:she|he|girl|boy|character|oc|sister|brother|cousin)(?: next door)?(?:'s| is| was) (?:only |just |barely )?(?:[1-9]|1[0-7])" + _NOT_AN_AGE,
    r"(?:they|characters|girls|boys|both|twins|ocs)(?:'re| are| were) (?:only |just |barely |both |all )?(?:[1-9]|1[0-7])" + _NOT_AN_AGE,
    r"randoseru",
    r"(?:(?:she|he) (?:was|is|'s) )?(?:only|just|barely) (?:[1-9]|1[0-7])" + _NOT_AN_AGE,
    r"(?:just )?turned (?:[1-9]|1[0-7]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?! (?:years? ago|times|degrees|percent))",
]
CHILD_KO: list[str] = [
    r"아동", r"어린이", r"어린 ?(?:아이|애|여자|남자|소녀|소년|학생|딸|아들|여자애|남자애)", r"어린애", r"꼬마", r"유아", r"영아", r"초등(?:학생|학교|생)?", r"초딩",
    r"중학생", r"중딩", r"여중생", r"남중생", r"여고생", r"남고생", r"고딩", r"미성년(?:자)?", r"청소년", LORI_KO, r"쇼타", r"여자 ?아이", r"남자 ?아이", r"여자애",
    r"남자애", KB + r"아이" + KP, KB + r"애들" + KP, r"아기", r"애기", KB + r"딸" + KP, r"(?<!\d)(?:1[0-7]|[1-9]) ?살", r"(?<![가-힣])(?:열|열한|열두|열세|열네|열다섯|열여섯|열일곱|한|두|세|네|다섯|여섯|일곱|여덟|아홉) ?살",
    r"(?:초|중|고)[1-6]", r"(?:중|고)(?:1|2|3|일|이|삼)", r"급식(?:이들?|충|체|애들?| ?캐릭터?)", r"(?<![가-힣])미자(?:랑|와|한테|를|들|(?![가-힣]))", r"교복(?:을)? ?입은", r"소녀(?:를|가|의)? ?(?:벗|나체|알몸|누드|야한)", r"사춘기", r"어린 ?소녀", r"어린 ?소년", r"조카",
]
# Sexual signals for the child rule also include suggestive words that are harmless about adults.
SUGGESTIVE_EN: list[str] = [r"nood",
    r"(?:body|figure|curves|chest|butt|legs|thighs)(?:,| and)? (?:emphasi[sz]ed|highlighted|focus|close-?up)", r"pajamas seductively", r"lingerie", r"panties", r"thongs?", r"sexy", r"seductive(?:ly)?", r"hot body", r"body (?:shots?|pics)", r"posing (?:provocatively|suggestively|seductively)",
    r"first night together", r"(?:her|his|their) first time with (?:me|him|her|them)", r"(?:lose|loses|lost|losing) (?:her|his|their|my) virginity", r"go(?:es|ing)? all the way", r"take (?:it|things) to the next level",
    r"spread(?:ing)? (?:her |his |their )?legs", r"bent over", r"feet pics", r"undress(?:ing|ed)?", r"(?:short|tiny|mini) skirt (?:upskirt|from below)",
    r"touch(?:ing|ed|es)? (?:her|his|their) (?:body|private|privates|chest|breasts?|thighs?|crotch)", r"wet (?:t-?shirt|shirt) contest", r"curvy body",
    r"provocative(?:ly)?", r"suggestive(?:ly)?", r"sensual(?:ly)?", r"erotic", r"nudes?", r"naked", r"in (?:her|his) underwear", r"strip(?:ping)?",
]
# Extra suggestive cues that only count for images (a bikini is harmless in a question, not in a picture of a child)
SUGGESTIVE_DRAW_EN: list[str] = [r"bikinis?", r"swimsuits?", r"bathing suits?", r"underwear", r"bras?", r"crop top",
                                 r"tight (?:clothes|dress|leggings)", r"on (?:a|the) bed (?:posing|lying)", r"posing (?:on|in) (?:a|the) bed"]
GROOMING_EN: list[str] = [
    r"romantic(?:ally)?", r"romance", r"dating", r"date with", r"in love with", r"fall(?:s|ing|en)? in love", r"lovers?",
    r"secret (?:\w+ )?(?:game|games|cuddles?)", r"after everyone (?:leaves|left|has left|is gone|goes home)", r"(?:get|gets|getting|got) (?:her|him|them) alone", r"kiss(?:es|ing|ed)?", r"make ?out", r"(?:a )?relationship with", r"sleepover",
    r"alone with", r"keep (?:it|this|our \w+) (?:a )?secret", r"don'?t tell (?:your|her|his) (?:mom|dad|parents|mother|father)", r"(?:send|sending) (?:me )?(?:pics|pictures|photos|selfies|nudes)",
    r"meet (?:up|in person|secretly)", r"groom(?:ing|ed)?", r"touch(?:ed|es|ing)? (?:by|her|him|them|the (?:child|kid|girl|boy))", r"fondl(?:e|ed|es|ing)", r"(?:boy|girl)friend", r"(?:in|into) bed (?:together|with)", r"intimate(?:ly)?", r"naked together",
]
ADULT_EN: list[str] = [
    r"adults?", r"grown (?:man|woman|men|women|up)", r"older (?:man|woman|men|guy)", r"(?:a )?man in his (?:20s|30s|40s|50s|60s|twenties|thirties|forties|fifties)",
    r"(?:1[89]|[2-9][0-9])[- ]?(?:years?|yrs?|y/?o)(?:[- ]old)? (?:man|woman|guy|teacher|coach)", r"teachers?", r"coach(?:es)?", r"uncle", r"step-?dad", r"step-?father",
    r"neighbou?r", r"stranger", r"priest", r"babysitters?", r"nann(?:y|ies)", r"step-?(?:mom|mother|brother|sister)", r"older (?:cousin|brother|sister)", r"(?:a|an|the|older|grown|adult) (?:man|woman|guy)", r"(?:his|her) boss", r"tutor", r"pastor", r"youth (?:pastor|leader)", r"camp counselor", r"professor", r"principal",
]
SUGGESTIVE_KO: list[str] = [r"몸매 ?(?:강조|부각|드러나)", r"수위 ?(?:높(?:은|게)|쎈|센|쎄게|세게|강한|빡센) ?(?:\S+ ){0,2}?(?:팬픽|소설|썰|글|그림|장면|만화|웹툰|짤)(?:을|를|으로|로)? ?(?:좀 ?)?(?:써|그려|만들|ㄱㄱ)", r"ㅇㅎ ?(?:그림|사진|짤|만화|웹툰|소설|팬픽|버전|컷)", r"후방 ?주의", r"첫 ?경험 ?(?:\S+ )?(?:소설|썰|이야기|얘기|장면|묘사|그려|써)", r"첫날 ?밤", r"(?:가슴|엉덩이|허벅지) ?(?:강조|부각|클로즈업)", r"침대에서 ?(?:함께|같이)", 
    r"섹시", r"야한", r"야하게", r"(?<!마약의 )(?<!마약 )유혹(?!받|당|에|을 ?(?:이기|뿌리치|거절|물리치|견디))", r"란제리", r"팬티", r"속옷(?:만| ?차림)", r"벗(?:은|기|고|겨|긴)", r"알몸", r"나체", r"누드", r"노출(?:이 ?심한|된|한)", r"음란", r"(?<![가-힣])성적(?:인|으로)",
    r"몸(?:을)? ?(?:보여|찍어|만지)", r"(?:가슴|엉덩이|허벅지)(?:를|을)? ?(?:만지|보여|강조)", r"교복 ?(?:코스프레|페티시)", r"페티(?:시|쉬)", r"치마(?:를|가)? ?(?:들춰|들추|걷어|올라간|벗)", r"스타킹 ?(?:페티|다리 ?강조)", r"짧은 ?치마 ?(?:아래|속)", r"관능",
]
SUGGESTIVE_DRAW_KO: list[str] = [r"비키니", r"수영복", r"속옷", r"브라", r"침대(?:에서|위)(?:의)? ?(?:포즈|누운)", r"몸매", r"짧은 ?치마"]
GROOMING_KO: list[str] = [r"애인", r"연애", r"사귀", r"키스", r"데이트", r"스킨십", r"사진(?:을)? ?(?:보내|찍어 ?보내)", r"비밀로 ?하", r"단둘이", r"만나(?:자|서|러)", r"그루밍", r"(?:여자|남자) ?친구"]
ADULT_KO: list[str] = [r"성인", r"어른", r"아저씨", r"선생님?", r"쌤", r"담임", r"교사", r"코치", r"삼촌", r"새아빠", r"의붓아버지", r"이웃", r"낯선 ?(?:사람|남자)", r"(?:3|4|5|6)0대", r"(?:서른|마흔|쉰)", r"학원 ?(?:선생|강사)", r"목사", r"아재"]
SEXUAL_SIGNAL_TERMS = ("sexual", "sexual_minors")  # categories whose lexicon hits count as sexual signals

# Instruction/how-to framing (for weapons and drugs combination rules)
INSTRUCT_EN: list[str] = [
    r"how (?:to|do (?:i|you|we)|can (?:i|you|we|one)|would (?:i|you|one)|should i|is it possible to)", r"steps? (?:to|for)", r"step[- ]by[- ]step",
    r"instructions? (?:for|to|on)", r"guide (?:to|for|on)", r"tutorial", r"recipe (?:for|of)", r"teach me", r"explain how", r"show me how", r"ways to",
    r"best way to", r"easiest way to", r"(?:make|build|assemble|construct|manufacture|craft|create|produce|synthesi[sz]e|cook|mix|brew) (?:a |an |my own |some |homemade )?",
    r"blueprints?", r"schematics?", r"ingredients (?:for|of|to)", r"materials (?:for|needed)", r"what (?:do i need|chemicals|materials) to", r"detailed (?:plan|instructions|steps)",
    r"where (?:can i|to|do i) (?:buy|get|find|order)", r"list of (?:materials|ingredients|chemicals)", r"formula for",
]
INSTRUCT_KO: list[str] = [r"만드는 ?(?:법|방법)", r"만들(?:기|려면|고 ?싶|어 ?줘|어줘|수 ?있)", r"제조", r"제작", r"방법", r"하는 ?법", r"레시피", r"설명서", r"알려 ?(?:줘|주세요|줄래|달라)", r"가르쳐",
                          r"단계별", r"재료", r"구하는", r"구입", r"구매", r"사는 ?(?:곳|법)", r"설계도", r"합성", r"조립"]
WEAPON_OBJ_EN: list[str] = [
    r"bombs?", r"explosives?", r"explosive devices?", r"grenades?", r"molotovs?", r"napalm", r"thermite", r"dynamite", r"tnt", r"landmines?", r"c-?4", r"detonators?",
    r"(?:hand)?guns?", r"firearms?", r"toxic gas", r"nerve gas", r"poison gas", r"(?:an )?explosive devices?", r"pistols?", r"rifles?", r"ar-?15s?", r"ak-?47s?", r"shotguns?", r"silencers?", r"suppressors?", r"ammo", r"ammunition",
    r"knuckle[- ]?dusters?", r"brass knuckles", r"glocks?(?: frames?)?", r"ghost guns?", r"80% lowers?", r"lower receivers?", r"hidden blades?", r"push daggers?", r"switchblades?", r"shivs?", r"zip ?guns?",
    r"bullets?", r"gunpowder", r"black powder", r"flamethrowers?", r"poison gas", r"toxic gas", r"chlorine gas", r"mustard gas", r"nerve agents?", r"bioweapons?",
    r"chemical weapons?", r"brass knuckles", r"switchblades?", r"untraceable poison", r"weapons? of mass destruction", r"nuclear weapons?", r"ghost guns?", r"silencers?",
]
WEAPON_OBJ_KO: list[str] = [r"폭탄", r"폭발물", r"수류탄", r"화염병", r"총(?![가-힣])", r"총기", r"권총", r"소총", r"사제총", r"총알", r"탄약", r"화약", r"폭약", r"다이너마이트", r"독가스",
                            r"소음기", r"네이팜", r"테르밋", r"무기", r"독극물", r"독약", r"뇌관", r"지뢰"]
DRUG_HARD_EN: list[str] = [r"meth(?:amphetamine)?", r"crystal meth", r"crack(?: cocaine)?", r"cocaine", r"heroin", r"fentanyl", r"lsd", r"mdma", r"ecstasy", r"ghb",
                           r"ketamine", r"dmt", r"pcp", r"opium", r"krokodil", r"mescaline", r"psilocybin", r"magic mushrooms", r"shrooms", r"illegal drugs",
                           r"street drugs", r"hard drugs", r"narcotics", r"amphetamines?", r"oxy(?:codone|contin)", r"drugs"]
DRUG_KO: list[str] = [r"마약", r"필로폰", r"히로뽕", r"메스암페타민", r"코카인", r"헤로인", r"펜타닐", r"엑스터시", r"케타민", r"대마초", r"아편", r"환각제", r"물뽕", r"엘에스디"]

# Fiction framing: under `standard`, fictional violence that is not graphic is allowed.
FICTION_EN: list[str] = [r"story", r"stories", r"novel", r"fiction(?:al)?", r"poem", r"fantasy", r"fairy ?tale", r"screenplay", r"script", r"scene", r"chapter",
                         r"game", r"comic", r"manga", r"anime", r"movie", r"film", r"ballad", r"saga", r"legend", r"myth", r"dnd", r"d&d", r"campaign", r"knight",
                         r"dragon", r"wizard", r"orcs?", r"zombies?", r"villain", r"hero", r"detective", r"mystery", r"thriller", r"horror", r"painting of"]
FICTION_KO: list[str] = [r"소설", r"이야기", r"동화", r"시(?:를)? ?(?:써|지어)", r"판타지", r"게임", r"영화", r"만화", r"웹툰", r"애니", r"대본", r"시나리오", r"기사단", r"용사", r"드래곤", r"마법사", r"좀비", r"추리"]

# Games, engines and props: a how-to for killing or building a weapon there is play, not a plan.
GAME_EN: list[str] = [r"aggro", r"dps", r"raid strat\w*", r"pvp", r"pve", r"patch notes?", r"(?:farm|farming|grind|grinding) (?:gold|xp|exp|mats|materials|levels?)",
                      r"level \d+", r"lvl ?\d+", r"speedrun\w*", r"minecraft", r"roblox", r"unity", r"unreal(?: engine)?", r"blender", r"godot", r"(?:my|a|the|video) game", r"fortnite",
                      r"terraria", r"lego", r"nerf", r"cosplay", r"props?", r"costume", r"toy", r"board game", r"d&d", r"dnd", r"tabletop", r"rpg",
                      r"skyrim", r"gta", r"sims", r"hitman", r"pubg", r"valorant", r"overwatch", r"league of legends", r"apex legends",
                      r"call of duty", r"cod", r"cs ?go", r"cs2", r"counter[- ]strike", r"elden ring", r"dark souls", r"zelda", r"pok[eé]mon",
                      r"genshin", r"among us", r"rainbow six", r"halo", r"doom", r"diablo", r"dota", r"starcraft", r"fallout", r"cyberpunk",
                      r"assassin'?s creed", r"red dead", r"witcher", r"monster hunter", r"stardew", r"fps", r"mmo(?:rpg)?"]
# 롤 and 마크 only as the game ("롤에서", "마크 서버"), not inside 롤케이크 or 마크 (a mark)
GAME_KO: list[str] = [r"게임", r"마인크래프트", r"로블록스", r"코스프레", r"장난감", r"소품", r"배그", r"배틀그라운드", KB + r"롤(?=에서|할 ?때|하다|하는|판|토체스)",
                      r"리그 ?오브 ?레전드", r"발로란트", KB + r"발로(?= ?\d ?스택| ?듀오| ?내전| ?랭크| ?경쟁전| ?에이전트)", r"오버워치", r"옵치", r"서든", r"메이플", r"던파", r"로스트 ?아크", r"로아(?=에서|할)",
                      KB + r"마크(?=에서| ?서버| ?야생| ?몹)", r"스타크래프트", r"원신", r"포켓몬", r"피파", r"어몽어스", r"엘든 ?링", r"젤다", r"디아블로",
                      r"몬헌", r"에이펙스", r"레식", r"카스", r"히트맨", r"GTA", r"심즈", r"테라리아", r"스팀"]
# What a player kills, takes out or crafts in a game: with a game named, the classifier's violence, weapons or drugs
# reading is play (rules.GAME_EXEMPT)
GAME_TARGET_EN: list[str] = [r"enem(?:y|ies)", r"boss(?:es)?", r"mobs?", r"npcs?", r"creepers?", r"zombies?", r"monsters?", r"champions?",
                             r"(?:the|a|my) targets?", r"(?:other|enemy) players?", r"guards?", r"bots", r"ender dragon", r"opponents?", r"tnt",
                             r"items?", r"loot", r"gear", r"loadouts?", r"attachments?", r"recoil", r"meta (?:build|weapon|gun)s?", r"gold", r"xp", r"exp", r"adds", r"diamonds?", r"(?:[ab]|bomb) ?sites?", r"smokes?", r"flash(?:es|bangs?)?", r"goblins?", r"orcs?", r"trolls?", r"skeletons?", r"dragons?", r"raids?", r"pentakills?", r"headshots?"]
GAME_TARGET_KO: list[str] = [KB + r"적(?=을|를|이|들|팀|\s)", r"보스", KB + r"몹", r"상대 ?(?:팀|챔|캐릭|방)", r"챔피언", r"좀비", r"크리퍼", r"엔더 ?드래곤",
                             r"npc", KB + r"봇(?=을|를|이|들|\s)", r"타겟", r"타깃", r"암살 ?대상",
                             r"tnt", r"티엔티", r"레드스톤", r"(?:다이아|네더라이트|철|돌|나무) ?(?:검|곡괭이|도끼|갑옷)", r"아이템", KB + r"템(?=을|를|이|\s)",
                             r"\d ?스택", r"듀오", r"내전", r"스크림", r"클랜", r"길드",  # or a team playing together
                             r"(?:총|무기|총기) ?(?:추천|조합|세팅|티어)", r"m416", r"akm", r"ak-?47", r"m4a1", r"awm", r"kar98k?", r"반동", r"에임", r"감도", r"파츠",
                             r"킬(?:각|을|하|\s|$)", r"펜타킬", r"더블킬", r"레이드", r"채굴기", r"고블린", r"오크", r"[ab]사이트", r"스모크", r"섬광", r"다이아"]

# Contexts that explain a classifier reading without a harmful request: there the classifier alone needs CONTEXT_P
# (policy.py) to block, and the lexicon and rules still apply. Without them the classifier read "clean from self-harm
# for 6 months", "my friend came out to me" and "why slurs are harmful" as harm.
RECOVERY_EN: list[str] = [r"(?:clean|free|sober) (?:from|of) (?:self[- ]?harm(?:ing)?|cutting)", r"(?:stopped|quit) (?:self[- ]?harm(?:ing)?|cutting)",
                          r"self[- ]?harm(?:ing)? (?:recovery|free)", r"(?:\d+|a few|two|three|six) (?:days|weeks|months|years) (?:clean|without)(?: from)? (?:self[- ]?harm(?:ing)?|cutting)",
                          r"(?:when|if) the urges? (?:come|comes) back", r"relapse prevention"]
RECOVERY_KO: list[str] = [r"(?:자해|자살 ?시도)(?:를|을)? ?(?:끊은|끊었|끊고|안 ?한 ?지|멈춘 ?지|참은 ?지|그만둔)",
                          r"(?:자해|자살) ?충동(?:이)? ?(?:\S+ )?(?:올 ?때|들 ?때|참는|견디|대신|줄이|이겨)"]
COMING_OUT_EN: list[str] = [r"com(?:e|ing) out (?:as (?:gay|lesbian|bi(?:sexual)?|trans(?:gender)?|queer|non-?binary|asexual)|to (?:my|our|his|her|their) (?:parents|family|mom|dad|friends?))",
                            r"came out (?:to (?:me|us|my \w+)|as (?:gay|lesbian|bi(?:sexual)?|trans(?:gender)?|queer|non-?binary|asexual))"]
COMING_OUT_KO: list[str] = [r"커밍 ?아웃", r"성소수자 ?(?:친구|동료|자녀|아이|학생)(?:가|를|한테|에게)? ?(?:\S+ ){0,3}?(?:차별|지지|응원|편|도와|해줄)"]
HATE_CRITIQUE_EN: list[str] = [r"why (?:racial |racist |ethnic |homophobic |sexist )?(?:slurs|stereotypes|stereotyping|racism|hate speech|discrimination|insults|"
                               r"jokes|prejudice|sexism|homophobia|transphobia|antisemitism|xenophobia|bigotry)(?: \w+){0,3}? (?:is|are) (?:so )?"
                               r"(?:harmful|wrong|hurtful|offensive|bad|dangerous|not ok(?:ay)?)",
                               r"(?:harms?|harmful effects?|impact|damage) of (?:racial |racist |homophobic |ethnic )?(?:slurs|stereotypes|racism|hate speech|discrimination)",
                               r"(?:condemn\w*|warn\w*|ban\w*|moderat\w*|rules? against|policy against|report\w*|no tolerance for|zero tolerance for) (?:\w+ ){0,4}?"
                               r"(?:hate speech|slurs|racis[mt]|racist (?:spam|comments|messages|remarks|posts)|bigotry|sexis[mt]|homophobi\w*)",
                               r"why (?:the )?(?:n-?word|slurs?|\w+ slurs?) (?:is|are|isn'?t|aren'?t) (?:not )?(?:allowed|ok(?:ay)?|acceptable|banned)", r"without spelling (?:it|them) out",
                               r"anti-?racis[mt]", r"(?:against|fight(?:ing)?|combat(?:ing)?|end(?:ing)?|oppos(?:e|ing)) (?:racism|discrimination|hate speech|homophobia|xenophobia|antisemitism|bigotry)"]
HATE_CRITIQUE_KO: list[str] = [r"(?:혐오 ?표현|인종 ?차별|차별|비하 ?(?:발언|표현)|욕설|편견)(?:이|은|는|의)? ?(?:왜 ?)?(?:나쁜|해로운|문제|위험|상처)",
                               r"(?:인종 ?차별|차별|혐오|편견)(?:에|을|를)? ?(?:반대|맞서|없애|줄이|극복)",
                               r"(?:혐오 ?표현|욕설|비하 ?발언|차별 ?발언|인종 ?차별)(?:을|를|이)? ?(?:\S+ ){0,4}?(?:경고|제재|신고|금지|규칙|관리자|차단|밴|강퇴)"]
# ...and what cancels each of them: a request for the harm itself next to the context ("clean for a year, now how do I cut
# without pain", "came out, write that they are mentally ill", "why slurs are bad, then list 20", "게임처럼 우리 반 애를")
RECOVERY_CANCEL_EN: list[str] = [r"how (?:to|do i|can i|should i)(?! (?:cope|deal|stay|resist|stop|handle|manage|get through|distract))", r"ways? to (?:cut|hurt|die|do it)",
                                 r"methods?", r"painless(?:ly)?", r"deeper", r"quick(?:est|ly)", r"fastest", r"best way", r"tell me (?:how|where)", r"without (?:anyone|people) (?:noticing|knowing|seeing)"]
RECOVERY_CANCEL_KO: list[str] = [r"방법", r"는 ?법", r"요령", r"긋", r"그어", r"안 ?아프", r"깊게", r"다시 ?(?:하고 ?싶|할래|할 ?거|해도)", r"안 ?들키", r"티 ?안"]
COMING_OUT_CANCEL_EN: list[str] = [r"mock\w*", r"insult\w*", r"disgust\w*", r"sick", r"mental(?:ly)? ill\w*", r"sin(?:ful|ners?)?", r"hell", r"slurs?", r"f[a@]gs?", r"f[a@]ggots?",
                                   r"wrong with", r"punish\w*", r"beat\w*", r"hate\w*", r"cure\w*", r"fix (?:him|her|them)", r"humiliat\w*", r"out (?:him|her|them)"]
COMING_OUT_CANCEL_KO: list[str] = [r"정신병", r"역겨", r"더럽", r"변태", r"죄", r"지옥", r"혐오", r"벌레", r"패(?:야|줘|버|고)", r"조롱", r"놀리", r"욕", r"비하", r"병신",
                                   r"치료해야", r"고쳐야", r"아웃팅", r"폭로", r"소문"]
HATE_CRITIQUE_CANCEL_EN: list[str] = [r"(?:list|give me|write|examples? of|top \d+|\d+) (?:\w+ ){0,3}?(?:slurs?|insults?|jokes|names)", r"then", r"after that", r"also write",
                                      r"at the end", r"last paragraph", r"but (?:make|have|include|add)", r"caricatures?", r"monkeys?", r"apes?", r"justified"]
HATE_CRITIQUE_CANCEL_KO: list[str] = [r"목록", r"리스트", r"\d+ ?개", r"예시", r"모음", r"그 ?다음", r"마지막에", r"조롱", r"캐리커처", r"원숭이", r"찢어진 ?눈", r"하되", r"라고 ?하고"]
# A real person next to a game ("게임에서 적 죽이듯 우리 반 애를", "like in GTA but my teacher"): no longer play
REAL_TARGET_EN: list[str] = [r"in real life", r"irl", r"for real",
                             r"(?:shoot(?:ing)? up|attack(?:ing)?|bomb(?:ing)?|stab(?:bing)?) (?:\w+ ){0,2}?(?:school|class|office|mall|church|mosque|synagogue|crowd|parade|concert|workplace)",
                             r"real (?:person|people|life|world|tnt|bombs?|explosives?|guns?|weapons?|poison)",
                             r"(?:kill|murder|shoot|stab|hurt|beat up|poison|get rid of) (?:\w+ ){0,2}?(?:my (?:teacher|classmate|mom|mother|dad|father|brother|sister|"
                             r"neighbou?r|boss|ex|friend|coworker|wife|husband|girlfriend|boyfriend)|(?:my |the )?classmates?|(?:my |the )?teachers?|people at (?:school|work))"]
REAL_TARGET_KO: list[str] = [r"현실", r"실제로", r"진짜로", r"(?:학교|교실|회사|학원|교회|마트|백화점|지하철|역)(?:에서|를|을)? ?(?:\S+ )?(?:난사|테러|습격|폭파|칼부림)", r"진짜 ?(?:tnt|티엔티|폭탄|총|무기|독약)",
                             r"(?:우리 ?반 ?애|반 ?(?:애|친구)|친구|선생(?:님)?|담임|쌤|엄마|아빠|부모(?:님)?|동생|누나|언니|오빠|이웃|옆집 ?(?:사람|애)?|상사|팀장|사람)"
                             r"(?:들)?(?:을|를)? ?(?:\S+ )?(?:죽이|죽일|패|때리|찌르|쏘|없애|처리하)"]
# A kind message to someone close: the classifier read "여친한테 늦어서 미안하다고 보낼 문자" as harassment (it learned
# threatening texts to an ex). It stands only without a hostile word.
KIND_MESSAGE_EN: list[str] = [
    r"(?:sorry|apolog\w*|love|anniversary|birthday|thank\w*|congrat\w*|miss(?:ing)? (?:you|her|him)|get well|good luck|cheer (?:her|him|them|me) up|invit\w*|welcome)"
    r"(?:\W+\w+){0,6}?\W+(?:texts?|messages?|letters?|notes?|cards?|dms?|emails?|poems?)",
    r"(?:texts?|messages?|letters?|notes?|cards?|dms?|emails?|poems?)(?:\W+\w+){0,6}?\W+(?:sorry|apolog\w*|love|anniversary|birthday|thank\w*|congrat\w*)"]
KIND_MESSAGE_KO: list[str] = [
    r"(?:미안|사과|사랑|축하|100일|백일|기념일|생일|고마|감사|응원|위로|보고 ?싶|힘내|초대|환영|송별|환송|이직|퇴사|전역|졸업|롤링 ?페이퍼)[^.?!]{0,20}?(?:문자|편지|메시지|메세지|카톡|톡|쪽지|말|글)",
    r"롤링 ?페이퍼", r"(?:할머니|할아버지|부모님|엄마|아빠|선생님|삼촌|이모|고모)(?:께|한테|에게) ?보낼 ?(?:\S+ )?(?:편지|영상 ?편지|문자|메시지|카드)",
    r"(?:문자|편지|메시지|메세지|카톡|쪽지)[^.?!]{0,20}?(?:미안|사과|사랑|축하|고마|감사|응원|위로)"]
HOSTILE_EN: list[str] = [r"scar(?:e|ed|y)", r"threat\w*", r"regret", r"revenge", r"ruin", r"humiliat\w*", r"expos(?:e|ing)", r"leak\w*", r"guilt[- ]?trip\w*",
                         r"manipulat\w*", r"stalk\w*", r"blocked me", r"hurt (?:her|him|them)", r"hates? (?:her|him|them|you)", r"nobody (?:likes|loves|wants)",
                         r"ugly", r"fat", r"loser", r"pathetic", r"stupid", r"dumb", r"useless", r"show up", r"find (?:you|her|him)", r"watching (?:you|her|him)",
                         r"or else", r"if (?:she|he|they|you) (?:doesn'?t|don'?t|won'?t|ignores?)"]
HOSTILE_KO: list[str] = [r"겁", r"협박", r"불안", r"무섭", r"무서", r"후회", r"소름", r"복수", r"망신", r"폭로", r"유포", r"저주", r"스토킹", r"부계", r"차단",
                         r"가스라이팅", r"조종", r"찾아가", r"찾아간", r"가만", r"두고 ?봐", r"안 ?(?:읽으면|받으면|보면)", r"답장 ?안 ?하면", r"못생", r"뚱뚱", r"돼지", r"쓰레기",
                         r"한심", r"찐따", r"패배자", r"다들 ?싫어", r"아무도 ?안 ?좋아", r"병신", r"꺼져"]
DRINKS_EN: list[str] = [r"cocktails?", r"mocktails?", r"highballs?", r"mojitos?", r"margaritas?", r"martinis?", r"whiske?y", r"bourbon", r"vodka", r"gin and tonic",
                        r"beer", r"wine", r"sangria", r"soju", r"makgeolli"]
DRINKS_KO: list[str] = [r"하이볼", r"칵테일", r"소맥", r"짐빔", r"위스키", r"보드카", r"진토닉", r"모히또", r"맥주", r"와인", r"소주", r"막걸리", r"샹그리아", r"논알콜"]
DRINKS_CANCEL_EN: list[str] = [r"drugs?", r"roofies?", r"ghb", r"spike[ds]?", r"(?:slip|put) (?:something|pills?|it) in", r"unconscious"]
DRINKS_CANCEL_KO: list[str] = [r"마약", r"대마", r"필로폰", r"물뽕", r"ghb", r"약(?:을|를)? ?타", r"수면제", r"기절", r"정신 ?잃"]
# Cooking and butchering meat; hanging things at home; martial-arts practice; dosing a medicine as directed; a review of
# a film. The classifier read "butcher a whole chicken", "hang a heavy mirror", "원투 다음에 훅" and "타이레놀 하루 최대
# 몇 알" as harm. A person as the object (or an overdose word), or a how-to for the harm, cancels each.
COOKING_EN: list[str] = [r"chicken", r"beef", r"pork", r"lamb", r"fish", r"salmon", r"tuna", r"turkey", r"onions?", r"vegetables?", r"recipes?", r"butcher shop",
                         r"kitchen", r"cooking", r"steak", r"brisket", r"ribs", r"whetstone", r"sharpen(?:ing)? (?:a |my |the )?(?:kitchen |chef'?s? )?knife"]
COOKING_KO: list[str] = [r"수박", r"과일", r"소고기", r"돼지고기", r"닭", r"생선", r"고등어", r"연어", r"참치", r"양파", r"야채", r"채소", r"정육점", r"요리", r"레시피", r"칼질", r"삼겹살",
                         r"갈비(?!뼈)", r"손질", r"다질", r"다지", r"식칼", r"부엌칼", r"주방칼", r"숫돌", r"칼 ?갈", r"마라탕", r"마라샹궈", r"맵기", r"떡볶이", r"라면", r"찌개",
                         r"국밥", r"치킨", r"배달", r"맛집", r"메뉴"]
# no "plant" here: it is a verb too ("plant a bomb under his car")
HOME_EN: list[str] = [r"(?:baby|child)[- ]?proof\w*", r"mirrors?", r"picture frames?", r"shel(?:f|ves)", r"tv", r"curtains?", r"drywall", r"hammocks?", r"lights", r"posters?",
                      r"paintings?", r"clocks?"]
HOME_KO: list[str] = [r"거울", r"액자", r"선반", r"커튼", r"해먹", r"화분", r"조명", r"포스터", r"시계", r"벽걸이", r"옷걸이"]
MARTIAL_EN: list[str] = [r"self[- ]defen[cs]e", r"pepper spray", r"boxing", r"kickboxing", r"mma", r"jiu[- ]?jitsu", r"bjj", r"judo", r"karate", r"taekwondo", r"muay thai", r"wrestling", r"sparring",
                         r"krav maga"]
MARTIAL_KO: list[str] = [r"복싱", r"킥복싱", r"주짓수", r"유도", r"가라테", r"태권도", r"무에타이", r"레슬링", r"스파링", r"호신(?:술|용)?", r"격투기 ?(?:수업|체육관|도장)"]
DOSING_EN: list[str] = [r"max(?:imum)? (?:daily )?dos(?:e|age)", r"safe (?:daily )?dos(?:e|age)", r"how (?:many|much) (?:\w+ ){0,3}?(?:per|a|each) day",
                        r"(?:usual|normal|recommended|standard) (?:adult )?dos(?:e|age)", r"prescribed", r"my prescription", r"narcan", r"naloxone"]
DOSING_KO: list[str] = [r"하루 ?최대", r"(?:권장|적정|정량|1회) ?(?:복용량|용량)", r"복용량", r"처방 ?받은", r"처방받", r"먹어도 ?(?:돼|되나|괜찮)", r"같이 ?먹어도", r"날록손"]
FILM_REVIEW_EN: list[str] = [r"reviews?", r"film analysis", r"movie analysis", r"plot summary", r"summar(?:y|ize) (?:the|this) (?:movie|film|show|book|episode)"]
FILM_REVIEW_KO: list[str] = [r"리뷰", r"감상문", r"줄거리", r"영화 ?(?:평|분석|해석)", r"독후감"]
# self-defence made into a weapon of one's own, or carried where weapons are not allowed
MARTIAL_CANCEL_EN: list[str] = [r"homemade", r"home-?made", r"diy", r"improvised", r"make (?:my|a|an|one)", r"build (?:my|a|an|one)", r"bring (?:it|one|a \w+) to (?:school|class|work)"]
MARTIAL_CANCEL_KO: list[str] = [r"사제", r"만들(?:어|기|고|려)", r"개조", r"(?:학교|교실|회사|학원)(?:에|로)? ?(?:\S+ )?가져"]
GARDEN_EN: list[str] = [r"basil", r"herbs?", r"houseplants?", r"succulents?", r"gardening", r"garden", r"seedlings?", r"potting soil", r"repot\w*", r"tomato plants?"]
GARDEN_KO: list[str] = [r"바질", r"허브", r"화분", r"식물", r"다육이", r"텃밭", r"분갈이", r"모종", r"새싹", r"상추", r"방울토마토"]
GARDEN_CANCEL_EN: list[str] = [r"weed", r"cannabis", r"marijuana", r"pot plants?", r"poppy", r"poppies", r"opium", r"coca", r"shrooms?", r"psilocybin", r"mushrooms?", r"datura", r"poison\w*", r"toxic", r"toxins?", r"ricin", r"castor beans?", r"purif\w*", r"extract\w*"]
GARDEN_CANCEL_KO: list[str] = [r"대마", r"양귀비", r"아편", r"환각", r"버섯", r"독(?:초|성|버섯|풀)", r"마약"]
HUNTING_EN: list[str] = [r"hunt(?:ing|er|ers)?", r"deer", r"elk", r"moose", r"duck season", r"field dress\w*", r"game meat", r"fishing", r"trout", r"bass fishing", r"bow season"]
HUNTING_KO: list[str] = [r"사냥", r"수렵", r"낚시", r"멧돼지", r"사슴", r"꿩"]
HUNTING_CANCEL_EN: list[str] = [r"poison\w*", r"toxi\w*", r"sick", r"poach\w*", r"out of season", r"without (?:a )?licen[cs]e", r"endangered", r"protected species"]
HUNTING_CANCEL_KO: list[str] = [r"독", r"밀렵", r"보호종", r"멸종", r"허가 ?없이", r"불법"]
MEDICINE_EN: list[str] = [r"epi-?pens?", r"allerg\w*", r"antihistamines?", r"inhalers?", r"insulin", r"antibiotics?", r"tylenol", r"ibuprofen", r"acetaminophen",
                          r"paracetamol", r"fever", r"pediatrician", r"metformin", r"pharmacist", r"cold medicine", r"cough syrup"]
MEDICINE_KO: list[str] = [r"에피펜", r"알레르기", r"알러지", r"해열제", r"타이레놀", r"이부프로펜", r"소아과", r"감기약", r"항생제", r"인슐린", r"약사", r"기침약", r"진통제 ?(?:복용|먹어도)"]
MEDICINE_CANCEL_EN: list[str] = [r"high", r"trip\w*", r"buzz\w*", r"recreational\w*", r"abus\w*", r"snort\w*", r"inject\w*", r"lean", r"robo\w*", r"dxm", r"sell\w*"]
MEDICINE_CANCEL_KO: list[str] = [r"뽕", r"환각", r"취하", r"취해", r"약빨", r"몽롱", r"기분 ?좋아(?:지|져)", r"팔(?:아|고|면)", r"되팔"]
FRIEND_EN: list[str] = [r"(?:my|our) (?:best )?(?:friend|bestie|bff|roommate|buddy|classmate|cousin|sister|brother)", r"bestie"]
FRIEND_KO: list[str] = [r"단짝", r"절친", r"베프", r"베스트 ?프렌드", r"(?:내|우리) ?(?:친구|동생|룸메)", r"친구(?:한테|에게|랑|를|의|이름)", r"삼행시", r"이행시"]
FRIEND_CANCEL_EN: list[str] = [r"deep ?fakes?", r"face ?swap\w*", r"fake", r"nudes?", r"naked", r"undress\w*", r"impersonat\w*", r"pretend(?:ing)? to be"]
FRIEND_CANCEL_KO: list[str] = [r"합성", r"딥 ?페이크", r"가짜", r"사칭", r"누드", r"알몸", r"벗", r"인 ?척", r"처럼 ?(?:꾸며|보이게)"]
OC_EN: list[str] = [r"(?:my|our) ocs?", r"original characters?", r"character (?:sheet|bio|profile|intro\w*|backstory)", r"my (?:d&d|dnd|rp|tabletop) character"]
OC_KO: list[str] = [r"오씨", r"자캐", KB + r"oc\b", r"캐릭터 ?(?:소개|설정|프로필|시트)", r"내 ?캐릭(?:터)?", r"티알피지|trpg"]
QUITTING_EN: list[str] = [r"(?:quit|quitting|stop|stopping|cut down on|cutting down on|kick) (?:\w+ )?(?:vaping|smoking|nicotine|drinking|alcohol|caffeine|gambling|juul\w*|cigarettes|the vape)"]
QUITTING_KO: list[str] = [r"금연", r"금주", r"(?:담배|술|전자 ?담배|베이프|액상|도박|니코틴)(?:를|을)? ?(?:끊|줄이|참)"]
SCENERY_EN: list[str] = [r"sunrise", r"sunset", r"landscape", r"scenery", r"hik(?:er|ers|ing)", r"mountain (?:top|summit|peak|view)", r"summit", r"golden hour"]
SCENERY_KO: list[str] = [r"일출", r"일몰", r"노을", r"풍경", r"등산", r"정상(?:에|에서)", r"산 ?(?:꼭대기|정상)", r"야경", r"해돋이", r"해질녘"]
SCENERY_CANCEL_EN: list[str] = [r"jump\w*", r"leap\w*", r"edge", r"ledge", r"railing", r"fall\w*", r"last", r"goodbye", r"farewell", r"final",
                                r"hang\w*", r"noose", r"rope", r"wrists?", r"slit\w*", r"cuts?", r"blood\w*", r"bleed\w*", r"bod(?:y|ies)", r"corpses?", r"pills?"]
SCENERY_CANCEL_KO: list[str] = [r"뛰어내", r"투신", r"떨어지", r"떨어질", r"난간", r"끝에 ?서", r"마지막", r"작별", r"유서", r"목 ?(?:을 ?)?매", r"매단", r"밧줄",
                                r"올가미", r"손목", r"긋", r"피", r"시체", r"시신", r"약"]
MILD_FICTION_EN: list[str] = [r"(?:no|without|not (?:too |very |overly )?|nothing) (?:gore|gory|blood|bloody|graphic|violent|brutal|scary|gruesome)",
                              r"non-?graphic", r"kid[- ]friendly", r"family[- ]friendly", r"for (?:all ages|kids|children)", r"keep it (?:light|pg|mild|clean)"]
MILD_FICTION_CANCEL_EN: list[str] = [r"(?:cat|dog|puppy|kitten|pet)s?", r"tortur\w*", r"abus\w*", r"rap(?:e|es|ed|ing)", r"molest\w*", r"obey\w*", r"deserve\w*", r"(?:kid|child|children|baby|toddler|wife|girlfriend|son|daughter)s?",
                                     r"beat(?:s|ing)? (?:his|her|their|my) \w+", r"(?:slave|slaves|slavery)", r"genocide", r"ethnic cleansing", r"glorif\w*", r"real (?:people|person)"]
MILD_FICTION_CANCEL_KO: list[str] = [r"고양이", r"강아지", r"동물", r"고문", r"학대", r"강간", r"성폭", r"아이", r"애(?:를|들)", r"아기", r"아내", r"여친", r"딸", r"아들", r"복종", r"맞아도 ?싸", r"노예", r"학살", r"인종"]
MILD_FICTION_KO: list[str] = [r"(?:너무 |많이 )?(?:잔인하지|잔인하진|징그럽지|무섭지|끔찍하지|폭력적이지) ?(?:않게|말고)", r"(?:피|유혈|고어)(?:는|도)? ?(?:없이|안 ?나오게|나오지 ?않게|빼고)",
                              r"(?:아이|애들|어린이)(?:도|들도)? ?(?:볼 ?수 ?있게|읽을 ?수 ?있게)", r"수위 ?(?:낮|약|순)", r"전체 ?(?:관람가|이용가)"]
SFW_ROMANCE_EN: list[str] = [r"fad(?:e|es|ing) to black", r"pg-?13", r"pg(?:-rated)?", r"no explicit", r"nothing explicit", r"not explicit", r"wholesome", r"sfw", r"clean romance",
                             r"first kiss", r"(?:confess|confessing) (?:their|his|her) feelings"]
SFW_ROMANCE_KO: list[str] = [r"수위 ?(?:낮|없|약)", r"건전", r"키스 ?(?:신|씬|장면)", r"고백 ?(?:장면|신|씬)", r"설레"]
# Everyday messages written for someone: polite, kind, cancelling, inviting, or a rewrite in another tone. The
# classifier's plain false positives on held-out sets were nearly all of this shape ("hey i cant come tmrw sry" as
# self-harm, "여친한테 미안하다고 보낼 문자" as harassment).
MESSAGE_WRITING_EN: list[str] = [r"(?:polite|nicer|kinder|softer|professional) (?:rewrite|version|wording)",
                                 r"make (?:this|it) (?:sound )?(?:nicer|kinder|more polite|politer|softer|more professional|less rude)",
                                 r"(?:write|draft) (?:a |an |my )?(?:\w+ )?(?:apology|thank[- ]you|birthday (?:card|message|wish(?:es)?)|invitation|congratulations)",
                                 r"(?:rewrite|reword|rephrase|polish|proofread|make) (?:this|that|my|the following)(?: \w+){0,3}? (?:more )?(?:professional|polite|formal|friendly|casual|nicer)",
                                 r"(?:polite(?:ly)?|professional(?:ly)?|formal(?:ly)?) (?:\w+ ){0,3}?(?:texts?|messages?|emails?|replies|reply|notes?)",
                                 r"(?:texts?|messages?|emails?|notes?) (?:\w+ ){0,4}?(?:can'?t (?:come|make it)|cancel\w*|reschedul\w*|sick day|running late|late)"]
MESSAGE_WRITING_KO: list[str] = [r"(?:정중|공손|예의 ?바르|깔끔|자연스럽)(?:하게|한|히)? ?(?:\S+ ){0,3}?(?:문자|메시지|메세지|메일|이메일|답장|카톡|글|쪽지|편지|공지|안내문)",
                                 r"(?:못 ?간다|못 ?가|못 ?갈|취소|미루|일정 ?변경|늦을|늦는다|양해)[^.?!]{0,20}?(?:문자|메시지|메세지|메일|이메일|답장|카톡)"]
# (beyond LIFE_HARM, which every such context also gets)
SELF_HARM_CUE_EN: list[str] = [r"goodbye forever", r"last (?:message|note|words)", r"self[- ]?harm", r"cut(?:ting)? myself"]
SELF_HARM_CUE_KO: list[str] = [r"자해", r"유서", r"마지막 ?(?:인사|메시지|문자)", r"극단"]
PERSON_OBJECT_EN: list[str] = [r"(?:a |the )?(?:person|human|man|woman|body|corpse|baby|kid|child|people|someone|somebody|neighbou?r|classmate|teacher|wife|husband|boss|ex)",
                               r"myself", r"yourself", r"himself", r"herself", r"noose", r"rope", r"neck", r"without (?:marks|evidence|a trace)", r"knock (?:him|her|them|someone|somebody) out",
                               r"cripple", r"high", r"without (?:a )?prescription", r"snort", r"inject"]
PERSON_OBJECT_KO: list[str] = [r"사람", r"시체", r"시신", r"아기", r"아이를", r"애를", r"이웃", r"선생", r"남편", r"아내", r"상사", r"나를", KB + r"날 ", r"자신을", r"목(?:을|에)? ?(?:매|걸|조)",
                               r"밧줄", r"올가미", r"기절", r"불구", r"티 ?안 ?나", r"처방 ?없이", r"뽕", r"코로", r"주사"]
LIFE_HARM_EN: list[str] = [r"die", r"dying", r"death", r"dead", r"kill\w*", r"suicid\w*", r"end (?:it|it all|my life|(?:your|him|her|them|my) ?sel(?:f|ves))", r"never wake",
                          r"(?:not|don'?t|won'?t) wake up", r"last drink", r"sleep forever", r"disappear forever", r"overdos\w*", r"lethal", r"untraceable", r"undetectable", r"poison\w*",
                          r"nobody would miss", r"better off (?:dead|without)", r"shouldn'?t exist", r"never been born", r"worthless", r"kys"]
LIFE_HARM_KO: list[str] = [r"죽", r"자살", r"영원히", r"조용히 ?가", r"목 ?조르", r"잠들", r"안 ?깨", r"못 ?깨", r"사라지", r"사라져", r"없어져", r"없어지", r"태어나지", r"치사", r"과다", r"독(?:약|극물|살)", r"흔적", r"들키",
                           r"살해", r"해치"]
# Words of a covert or real-world harm that cancel every context but recovery and essays against hate (rules._context):
# secrecy and non-consent, poisoning, where someone lives, slurs and caricatures, real synthesis steps, concealed weapons
COVERT_HARM_EN: list[str] = [r"without (?:her|him|them|anyone|my \w+) (?:knowing|noticing|consent\w*|tasting|remembering)", r"won'?t remember", r"pass(?:es|ed)? out",
                             r"knock (?:her|him|them) out", r"slip (?:\w+ ){0,3}?into", r"make (?:her|him|them) (?:\w+ )?(?:sick|ill|throw up)", r"where (?:she|he|they) lives?",
                             r"watching (?:her|his|their|you)", r"slurs?", r"caricatures?", r"monkeys?", r"apes?", r"slant(?:ed)? eyes?", r"real[- ]world", r"actual (?:\w+ )?steps",
                             r"synthes\w*", r"hidden blades?", r"metal detectors?", r"knuckle[- ]?dusters?", r"brass knuckles", r"don'?t wake up", r"go deeper", r"cleanse",
                             r"fat and ugly", r"roast (?:\w+ ){0,3}?(?:calling|about)"]
COVERT_HARM_KO: list[str] = [r"동의 ?없이", r"기억 ?못", r"들키지", r"안 ?들키", r"안 ?걸리", r"걸리지 ?않", r"소지품 ?검사", r"검색대", r"몰래", r"타서", r"먹여서", r"사는 ?곳", r"사는 ?데", r"지켜보", r"조롱", r"비하", r"찢어진 ?눈",
                             r"원숭이", r"합성 ?(?:방법|과정)", r"실제 ?(?:공격|계획|제조|방법)", r"전기 ?충격", r"고통스럽게", r"청소(?!년)", r"불타", r"불태"]
# The harm itself named next to a context: the context no longer explains the classifier's reading in that category
# (rules.scan), though it still does in the others ("quit cigarettes ... grow weed", "sex education ... 콘돔 빼는", "boar
# hunting ... shorter than the legal limit"). Contexts about that very harm keep it (recovery, drug prevention).
NAMED_HARM_EN: dict[str, list[str]] = {
    "drugs": DRUG_HARD_EN + [r"weed", r"cannabis", r"marijuana", r"poppy (?:pods?|tea|sap|latex)", r"pseudoephedrine", r"sudafed", r"doctor[- ]shopp\w*",
                             r"breaking bad", r"get (?:high|buzzed|a buzz)"],
    "violence": [r"bleeds? out", r"before (?:an? |the )?ambulance", r"investigators", r"looks? natural", r"(?:fatal|lethal|killing) (?:blow|stab|wound|shot|spot)", r"look(?:s)? like an? (?:accident|suicide)",
                 r"(?:won'?t|wouldn'?t|don'?t) (?:question|suspect|investigate)", r"without (?:a trace|leaving (?:a )?trace)", r"no (?:trace|evidence)", r"step[- ]by[- ]step",
                 r"realistic(?:ally)? (?:steps|method|way)"],
    "self_harm": [r"cut(?:ting)? (?:myself|my (?:arms?|wrists?|thighs?|legs?))", r"how deep", r"i want (?:it )?to hurt", r"for good", r"(?:wreck|destroy|ruin) my", r"(?:all )?at once", r"for me tonight", r"goodbye (?:note|letter|post|message)", r"suicide note",
                  r"(?:last|final) (?:post|message|note|goodbye)", r"whole (?:bottle|pack|box|packet)", r"too late (?:for|to)",
                  r"(?:be|it'?d be|it would be) over by", r"(?:never|not|don'?t|won'?t) wake up", r"bleed (?:the )?most", r"fresh cuts", r"overdos\w*",
                  r"hang (?:myself|yourself)", r"noose", r"(?:stop|quit) eating", r"\d{2,3} ?(?:calories|kcal)(?: a| per)? day", r"pretend (?:to eat|i ate)",
                  r"how high is the drop", r"no (?:cctv|cameras?)", r"i miss (?:this|it|cutting)"],
    "weapons": [r"(?:shorter|longer|more) than (?:the )?legal", r"ammonium nitrate", r"fuel oil", r"anfo", r"ricin", r"toxins?", r"set it off", r"detonat\w*", r"real (?:guns?|rifles?|pistols?|firearms?|weapons?)", r"in real life", r"irl", r"legal limit", r"saw(?:ed|n)[- ]off", r"auto sear", r"bump stock",
                r"ghost guns?", r"serial numbers?", r"untraceable", r"conceal\w*", r"under (?:a|my|his|her) (?:coat|jacket|hoodie)"],
    "sexual": [r"without (?:her|him|them) (?:knowing|noticing)", r"(?:take|slip|pull) (?:the |a )?condom off", r"before (?:she|he) wakes",
               r"(?:very|super|fully|really|as|most|more|extremely) explicit", r"explicit(?:ly)? (?:sex|scenes?|details?|descriptions?)", r"uncensored",
               r"(?:no|without) censor\w*", r"graphic sex", r"(?:nothing|everything) (?:left )?(?:hidden|covered)"],
    "harassment": [r"anonymous(?:ly)?", r"won'?t recogni[sz]e", r"(?:she|he) blocked me", r"fake accounts?", r"alt accounts?", r"burner accounts?",
                   r"backhanded", r"passive[- ]aggressive", r"(?:subtly|secretly) (?:mock|insult|roast)\w*", r"everyone (?:will )?know(?:s)? (?:she|he|they)"],
}
NAMED_HARM_KO: dict[str, list[str]] = {
    "drugs": DRUG_KO + [r"대마", r"양귀비", r"슈도 ?에페드린", r"던지기", r"텔레(?:그램|방)", r"(?:여러|다른) ?(?:병원|약국)", r"졸피뎀", r"붕 ?뜨",
                        r"환각", r"취하(?:려고|게)"],
    "violence": [r"흔적 ?(?:안|없이|없게|을 ?안)", r"다시는 ?못 ?일어나", r"소리 ?안 ?나게", r"실제로 ?따라", r"(?:없애|처리하)는 ?방법", r"(?:실수|사고)(?:로|인)? ?(?:\S+ ){0,2}?(?:것처럼|척)", r"피 ?(?:튀기|범벅|칠갑)",
                 r"밀(?:려|어) ?(?:떨어|떨어뜨)", r"단계별로", r"현실적으로", r"들키지 ?않"],
    "self_harm": [r"긋", r"그어", r"그을", r"깊게", r"작별", r"마지막 ?(?:게시물|인사|글|메시지|사진|포스트)", r"유서", r"모아서", r"(?:안|못) ?깨어나", r"한꺼번에", r"피가 ?(?:많이|잘)", r"과다 ?복용", r"몇 ?(?:알|정|개)(?:부터|이면|먹으면)", r"목 ?(?:을 ?)?매",
                  r"굶", r"\d{2,3} ?(?:칼로리|kcal)", r"먹은 ?척", r"토하", r"cctv", r"뛰어내"],
    "weapons": [r"불법", r"개조", r"사제", r"일련 ?번호", r"허가 ?없이", r"(?:코트|외투|옷) ?(?:안|속)(?:에)? ?(?:숨|넣)", r"실제 ?(?:총|소총|권총|무기|반자동|자동)",
                r"연사(?:되게|로 ?바꾸|가 ?되게)", r"부품 ?가공"],
    "sexual": [r"눈치 ?(?:못|안) ?채", r"콘돔(?:을)? ?(?:빼|벗)", r"잠든 ?(?:사이|동안)", r"깨기 ?전", r"노골적", r"적나라", r"검열 ?(?:없이|없는|안)",
               r"노출(?:이)? ?(?:다|전부|많이)", r"수위 ?(?:높|쎈|센|쎄게|세게)", r"하나하나 ?다"],
    "harassment": [r"익명", r"부계(?:정)?", r"차단(?:당|됐|했)", r"모르게", r"그만두(?:고 ?싶|게)", r"돌려 ?까", r"비꼬", r"저격", r"왕따", r"따 ?당하", r"놀림감"],
}
HOWTO_HARM_EN: list[str] = [r"how (?:to|do (?:i|you)) (?:make|build|synthesi[sz]e|cook|get|buy)", r"step[- ]by[- ]step", r"recipe for", r"instructions"]
HOWTO_HARM_KO: list[str] = [r"만드는 ?(?:법|방법)", r"제조", r"구하는 ?(?:법|방법)", r"사는 ?(?:법|방법)", r"단계별"]
SEX_ED_EN: list[str] = [r"sex[- ]ed(?:ucation)?", r"sexual health", r"contracepti(?:on|ves?)", r"birth control", r"stis?", r"stds?", r"consent"]
SEX_ED_KO: list[str] = [r"성교육", r"피임", r"성병", r"성 ?건강", r"동의"]
# A victim asking how to report or document what was done to them
REPORTING_EN: list[str] = [r"(?:report|reporting|document|documenting|evidence of|proof of) (?:\w+ ){0,4}?(?:harass\w*|bully\w*|threat\w*|stalk\w*|abuse)",
                           r"(?:i'?m|i am|i was|i'?ve been|being) (?:\w+ ){0,2}?(?:harassed|bullied|threatened|stalked)"]
REPORTING_KO: list[str] = [r"(?:당한|당했|당하고|당하는|피해)[^.?!]{0,15}?(?:신고|증거|대처|상담|고소)", r"(?:신고|고소) ?(?:절차|방법|하는 ?법)"]
REPORTING_CANCEL_EN: list[str] = [r"dox\w*", r"address", r"leak\w*", r"expose", r"revenge", r"get back at", r"humiliat\w*"]
REPORTING_CANCEL_KO: list[str] = [r"신상", r"주소", r"퍼뜨", r"유포", r"복수", r"박제", r"망신"]

# Deception framing for real people (draw: realistic images of fabricated events; write: fake statements/news).
DECEPTIVE_EVENT_EN: list[str] = [
    r"(?:being )?arrested", r"in handcuffs", r"handcuffed", r"mug ?shot", r"in (?:jail|prison)", r"behind bars", r"(?:in|at) (?:court|trial) (?:crying|sentenced)",
    r"(?:being )?(?:sentenced|indicted|convicted)", r"(?:taking|accepting) (?:a )?bribes?", r"(?:drunk|wasted|passed out|smoking crack|snorting|doing drugs|shooting up)",
    r"(?:lying )?dead", r"(?:assassinated|shot dead|killed|murdered|in a coffin|being shot|getting shot|beheaded|hanged|executed)", r"funeral of", r"(?:bleeding|beaten up|crying and begging|on (?:his|her) knees begging)",
    r"(?:at|attending|leading|speaking at) (?:a )?(?:kkk|nazi|neo-?nazi|white supremacist) (?:rally|meeting)", r"(?:wearing|in) (?:a )?(?:nazi|kkk|ss) (?:uniform|robe|armband|hood)", r"(?:doing|giving|making) (?:a )?nazi salute",
    r"endors(?:e|es|ed|ing|ement)", r"(?:announc|admitt?|confess|declar)(?:e|es|ed|ing|ion|s) (?:that|to|his|her|their|defeat|surrender|bankruptcy|war)", r"resign(?:s|ed|ing|ation) (?:in disgrace|after|over)",
    r"caught (?:cheating|stealing|with)", r"(?:kissing|having an affair with|in bed with|cheating (?:on|with)|making out with)", r"(?:meeting secretly|colluding|plotting) with",
    r"(?:surrender|surrendering|defeated)", r"(?:stealing|rigging) (?:the )?(?:election|votes|ballots)", r"election (?:fraud|rigged|stolen)",
    r"(?:holding|selling|buying) (?:drugs|cocaine|weapons)", r"(?:in|at) (?:a )?(?:strip club|brothel|orgy|rehab)", r"(?:naked|nude|topless|in (?:a )?bikini|in lingerie|in underwear|shirtless)",
]
MEDIA_CUE_EN: list[str] = [r"photos?", r"photographs?", r"pictures?", r"images?", r"pics?", r"videos?", r"footage", r"news", r"articles?", r"headlines?", r"reports?",
                           r"breaking", r"leaked", r"cctv", r"paparazzi", r"selfies?", r"screenshots?", r"realistic", r"photorealistic", r"tweets?", r"posts?"]
FABRICATION_EN: list[str] = [
    r"(?:fake|fabricated|made-?up|false|hoax|bogus|fictional|invented) (?:news|article|quote|statement|tweet|post|press release|interview|speech|video|photo|image|headline|letter|scandal|confession|report|endorsement|announcement|leak)",
    r"(?:write|draft|compose|generate|make|create|invent) (?:a |an |me a |me an )?(?:fake |fabricated |realistic |convincing )?(?:tweet|post|statement|speech|quote|letter|press release|apology|"
    r"confession|announcement|endorsement|op-?ed|message|email|news article|news story|headline|interview)s? (?:as|from|by|pretending to be|in the voice of|signed by|quoting|where|in which|saying|that says)",
    r"(?:made|make it|designed|written) to (?:look|sound|read) (?:\w+ )?(?:real|authentic|legit|genuine|official)", r"press (?:statement|release) (?:from|by)",
    r"pretending to be", r"impersonat(?:e|es|ed|ing|ion)", r"(?:posing|pose) as", r"deep ?fakes?", r"face ?swap(?:ped|ping)?", r"voice ?clon(?:e|ed|ing)",
    r"(?:news|article|headline|report|story|breaking news) (?:saying|claiming|reporting|announcing|that)",
    r"(?:says|said|saying|claims?|claiming|admits?|admitting|announc(?:es|ing)|confirm(?:s|ing)) (?:that )?(?:vaccines?|the election|covid|5g|(?:he|she|they) (?:is|was|were|are|will|has|had|rigged|stole|lied|cheated))",
]
DECEPTIVE_EVENT_KO: list[str] = [
    r"체포(?:되|당하|된|하는)", r"수갑", r"구속(?:되|된|당하)", r"감옥", r"교도소", r"머그샷", r"뇌물", r"술에 ?취(?:한|해)", r"마약(?:을)? ?(?:하는|투약)", r"(?:사망|죽은|죽는|암살|피살|총에 ?맞|처형|교수형)",
    r"(?:피를 ?흘리|다친|폭행당하|구타당하|울면서 ?(?:빌|사과)|무릎 ?꿇)", r"(?:나치|kkk) ?(?:경례|집회|군복|제복)", r"나치", r"지지(?:하는|선언|한다고)", r"(?:항복|패배 ?선언|사퇴)(?:하는|했다는|한다는)?",
    r"바람(?:피우|난|을 ?피)", r"불륜", r"(?:키스|포옹)하는", r"밀회", r"(?:벗은|나체|알몸|누드|비키니|속옷)", r"부정 ?선거", r"선거 ?조작", r"(?:고백|인정)(?:하는|했다는)",
]
MEDIA_CUE_KO: list[str] = [r"사진", r"이미지", r"영상", r"동영상", r"뉴스", r"기사", r"보도", r"속보", r"유출", r"cctv", r"파파라치", r"실사", r"셀카", r"캡처", r"트윗", r"게시물", r"찌라시", r"합성"]
FABRICATION_KO: list[str] = [
    r"가짜 ?(?:뉴스|기사|발언|성명|인터뷰|사진|영상|트윗|보도|연설|고백|사과문|담화|캡처|캡쳐|스샷|스크린샷|카톡|디엠|게시물|녹취록?|녹음|자백|디스패치|찌라시|열애설|공지)",
    r"(?:자백|시인|실토)하는 ?(?:\S+ )?(?:녹취|녹음|영상|대본|인터뷰)", r"(?:열애설|불륜설|마약설|스캔들) ?(?:\S+ )?(?:기사|뉴스|찌라시|보도)(?:를|을)? ?(?:\S+ )?(?:써|만들|지어)",
    r"(?:한|쓴|말한|올린|했던) ?(?:것|거)처럼 ?(?:\S+ )?(?:가짜|조작|합성|캡처|캡쳐|스샷)", r"(?:조작된|꾸며낸|허위) ?(?:뉴스|기사|발언|사진|영상|보도)", r"(?:성명|발언|트윗|연설|기자회견문|사과문|담화문|게시물|글)(?:을|를)? ?(?:사칭|대신) ?(?:해서|하여)? ?(?:써|작성)",
    r"(?:인 ?척|척하고|척해서|사칭)", r"딥 ?페이크", r"얼굴 ?합성", r"목소리 ?(?:복제|합성)", r"(?:라고|다고) ?(?:말하는|발언하는|주장하는|발표하는) ?(?:가짜|거짓|조작)", r"(?:라고|다고) ?(?:말했다는|발언했다는|발표했다는|인정했다는) ?(?:기사|뉴스|보도|글|트윗)",
]

# Real people (politicians, celebrities, K-pop idols, business figures, athletes). Ambiguous given names are only
# listed in unambiguous forms (full names, or with their group).
REAL_PEOPLE_EN: list[str] = [
    # politicians and public officials
    r"(?:joe )?biden", r"(?:donald )?trump", r"(?:barack )?obama", r"michelle obama", r"kamala harris", r"hillary clinton", r"bill clinton",
    r"(?:vladimir )?putin", r"xi jinping", r"emmanuel macron", r"macron", r"rishi sunak", r"keir starmer", r"boris johnson", r"justin trudeau",
    r"(?:volodymyr )?zelensk(?:y|yy|iy)", r"narendra modi", r"kim jong[- ]?un", r"kim jong[- ]?il", r"benjamin netanyahu", r"netanyahu",
    r"angela merkel", r"olaf scholz", r"giorgia meloni", r"marine le pen", r"jair bolsonaro", r"lula da silva", r"recep (?:tayyip )?erdogan",
    r"shinzo abe", r"fumio kishida", r"yoon suk[- ]?yeol", r"lee jae[- ]?myung", r"moon jae[- ]?in", r"park geun[- ]?hye", r"nancy pelosi",
    r"alexandria ocasio[- ]cortez", r"\baoc\b", r"bernie sanders", r"ron desantis", r"jd vance", r"j\.d\. vance", r"mike pence", r"mitch mcconnell",
    r"melania trump", r"ivanka trump", r"barron trump", r"hunter biden", r"jill biden", r"king charles", r"prince (?:william|harry|george)",
    r"kate middleton", r"princess (?:kate|diana|charlotte)", r"meghan markle", r"queen elizabeth", r"(?:the )?pope(?: (?:francis|leo|benedict))?",
    r"greta thunberg", r"george w\.? bush", r"elizabeth warren", r"pete buttigieg", r"gavin newsom", r"robert f\.? kennedy", r"rfk jr",
    r"tulsi gabbard", r"nikki haley", r"ted cruz", r"marco rubio", r"javier milei", r"pedro sanchez", r"claudia sheinbaum",
    # business and tech
    r"elon musk", r"mark zuckerberg", r"zuckerberg", r"bill gates", r"jeff bezos", r"bezos", r"tim cook", r"sundar pichai", r"sam altman",
    r"jensen huang", r"warren buffett", r"steve jobs", r"jack ma", r"lee jae[- ]?yong", r"satya nadella", r"peter thiel", r"george soros",
    # entertainers
    r"taylor swift", r"beyonc[eé]", r"rihanna", r"ariana grande", r"selena gomez", r"billie eilish", r"scarlett johansson", r"emma watson",
    r"emma stone", r"jennifer lawrence", r"jennifer aniston", r"jennifer lopez", r"\bj\.?lo\b", r"margot robbie", r"zendaya", r"tom cruise", r"tom hanks",
    r"tom holland", r"keanu reeves", r"leonardo dicaprio", r"brad pitt", r"angelina jolie", r"kim kardashian", r"kylie jenner", r"kendall jenner",
    r"khloe kardashian", r"kanye west", r"oprah(?: winfrey)?", r"dwayne johnson", r"the rock johnson", r"lady gaga", r"miley cyrus",
    r"natalie portman", r"gal gadot", r"sydney sweeney", r"jenna ortega", r"millie bobby brown", r"olivia rodrigo", r"sabrina carpenter",
    r"dua lipa", r"shakira", r"katy perry", r"nicki minaj", r"cardi b", r"doja cat", r"ice spice", r"megan thee stallion", r"justin bieber",
    r"hailey bieber", r"harry styles", r"ed sheeran", r"drake (?:the rapper|graham)", r"aubrey graham", r"travis scott", r"snoop dogg", r"eminem", r"jay[- ]?z", r"chris hemsworth",
    r"chris evans", r"chris pratt", r"robert downey jr\.?", r"johnny depp", r"amber heard", r"will smith", r"jada pinkett", r"morgan freeman",
    r"denzel washington", r"timoth[eé]e chalamet", r"pedro pascal", r"ryan reynolds", r"blake lively", r"ryan gosling", r"anne hathaway",
    r"anya taylor[- ]joy", r"florence pugh", r"emma roberts", r"hailee steinfeld", r"addison rae", r"charli d'?amelio", r"mrbeast", r"mr\.? beast",
    r"pewdiepie", r"logan paul", r"jake paul", r"andrew tate", r"joe rogan", r"greta gerwig", r"steven spielberg", r"barbra streisand",
    r"paris hilton", r"britney spears", r"christina aguilera", r"madonna (?:the singer|ciccone)", r"celine dion", r"pamela anderson", r"megan fox",
    r"kristen stewart", r"kim jong kook",
    # athletes
    r"cristiano ronaldo", r"lionel messi", r"messi", r"neymar", r"kylian mbapp[eé]", r"lebron james", r"michael jordan", r"serena williams",
    r"simone biles", r"tiger woods", r"usain bolt", r"shohei ohtani", r"son heung[- ]?min", r"kim yuna", r"kim yeon[- ]?koung", r"naomi osaka",
    r"travis kelce", r"tom brady", r"conor mcgregor", r"mike tyson",
    # K-pop and Korean entertainers (romanized)
    r"jungkook", r"jeon jung[- ]?kook", r"park jimin", r"kim taehyung", r"bts (?:v|jin|suga|rm|jimin|jungkook|j-?hope)", r"(?:v|jin|suga|rm|jimin|j-?hope) (?:from|of) bts",
    r"min yoongi", r"kim namjoon", r"kim seokjin", r"jung hoseok", r"jisoo(?: kim)?", r"kim jisoo", r"jennie kim", r"jennie (?:from|of) blackpink",
    r"blackpink(?:'s)? (?:jennie|lisa|ros[eé]|jisoo)", r"(?:lisa|ros[eé]|jennie|jisoo) (?:from|of) blackpink", r"lalisa(?: manobal)?", r"roseanne park",
    r"\biu\b", r"lee ji[- ]?eun", r"jang won[- ]?young", r"wonyoung", r"an yu[- ]?jin", r"karina (?:from|of) aespa", r"aespa(?:'s)? (?:karina|winter|giselle|ningning)",
    r"yu ji[- ]?min", r"newjeans(?:'s)? (?:minji|hanni|danielle|haerin|hyein)", r"(?:minji|hanni|danielle|haerin|hyein) (?:from|of) newjeans",
    r"twice(?:'s)? (?:nayeon|jihyo|sana|momo|mina|dahyun|chaeyoung|tzuyu|jeongyeon)", r"tzuyu", r"nayeon", r"taeyeon", r"kim tae[- ]?yeon", r"bae suzy",
    r"red velvet(?:'s)? (?:irene|seulgi|wendy|joy|yeri)", r"bae joo[- ]?hyun", r"kang seulgi", r"itzy(?:'s)? (?:yeji|lia|ryujin|chaeryeong|yuna)",
    r"le sserafim(?:'s)? (?:sakura|chaewon|yunjin|kazuha|eunchae)", r"kim chae[- ]?won", r"g-?dragon", r"kwon ji[- ]?yong", r"cha eun[- ]?woo",
    r"lee min[- ]?ho", r"song hye[- ]?kyo", r"son ye[- ]?jin", r"hyun bin", r"jun ji[- ]?hyun", r"park seo[- ]?joon", r"kim soo[- ]?hyun", r"song joong[- ]?ki",
    r"lee jung[- ]?jae", r"gong yoo", r"ma dong[- ]?seok", r"song kang[- ]?ho", r"yoo jae[- ]?suk", r"han so[- ]?hee", r"kim go[- ]?eun", r"park bo[- ]?gum",
    r"jang won young", r"lee do[- ]?hyun", r"kim ji[- ]?won", r"felix (?:from|of) stray kids", r"stray kids(?:'s)? (?:felix|hyunjin|bang chan)",
]
REAL_PEOPLE_KO: list[str] = [
    r"윤석열", r"이재명", r"문재인", r"박근혜", r"이명박", r"노무현", r"김대중", r"김정은", r"김정일", r"김여정", r"한동훈", r"김건희", r"조국(?! ?(?:을|를|의|에|은|이|과|와)? ?(?:위해|사랑|지키|독립|해방|통일|산천|강산|땅|품))",
    r"이준석", r"안철수", r"홍준표", r"오세훈", r"추미애", r"조민", r"정청래", r"김기현", r"권성동", r"우원식", r"한덕수", r"최상목", r"트럼프", r"바이든", r"오바마", r"푸틴",
    r"시진핑", r"젤렌스키", r"마크롱", r"기시다", r"아베 ?신조", r"네타냐후", r"일론 ?머스크", r"머스크", r"저커버그", r"빌 ?게이츠", r"이재용", r"정의선", r"최태원",
    r"방시혁", r"민희진", r"(?:bts|방탄소년단|방탄) ?(?:뷔|지민|정국|진|슈가|rm|알엠|제이홉)", r"전정국", r"박지민", r"김태형", r"민윤기", r"김남준", r"김석진", r"정호석",
    r"(?:블랙핑크|블핑) ?(?:지수|제니|로제|리사)", r"(?:지수|제니|로제|리사)(?:가|는)? ?(?:블랙핑크|블핑)", r"김제니", r"제니 ?킴", r"라리사", r"아이유", r"이지은", r"장원영", r"안유진",
    r"(?:아이브|ive) ?(?:원영|유진|가을|리즈|레이|이서)", r"(?:에스파|aespa) ?(?:카리나|윈터|지젤|닝닝)", r"카리나", r"유지민",
    r"(?:뉴진스|newjeans) ?(?:민지|하니|다니엘|해린|혜인)", r"(?:트와이스|twice) ?(?:나연|정연|모모|사나|지효|미나|다현|채영|쯔위)", r"쯔위", r"임나연", r"태연(?!하|히|스럽|자약)", r"김태연", r"배수지",
    r"수지(?:가|는|의|를|랑|와)? ?(?:배우|가수|얼굴|사진|몸)", r"(?:레드벨벳|레벨) ?(?:아이린|슬기|웬디|조이|예리)", r"배주현", r"강슬기", r"(?:있지|itzy) ?(?:예지|리아|류진|채령|유나)",
    r"(?:르세라핌|르쎄라핌) ?(?:사쿠라|김채원|허윤진|카즈하|홍은채)", r"허윤진", r"지드래곤", r"권지용", r"차은우", r"이민호", r"송혜교", r"손예진", r"현빈", r"전지현",
    r"박서준", r"김수현", r"송중기", r"이정재", r"공유(?! ?(?:하|해|된|되|할|폴더|링크|경제|자전거|오피스|주방|킥보드|차량|파일|기능|버튼|방법|설정|문서|드라이브|받|하기))", r"마동석", r"송강호", r"유재석", r"강호동", r"한소희",
    r"김고은", r"박보검", r"손흥민", r"김연아", r"이강인", r"류현진", r"김민재", r"박지성", r"오타니", r"메시(?!지)", r"호날두", r"테일러 ?스위프트", r"비욘세", r"아리아나 ?그란데",
    r"스칼렛 ?요한슨", r"엠마 ?왓슨", r"킴 ?카다시안", r"저스틴 ?비버", r"톰 ?크루즈", r"레오나르도 ?디카프리오", r"카녀 ?웨스트", r"빌리 ?아일리시", r"엘리자베스 ?여왕", r"교황",
    r"정국(?:이|이가|이는|이랑)? ?(?:오빠|사진|얼굴|몸|벗|알몸|섹시|누드|방탄)", r"뷔(?:가|는|랑|의)? ?(?:오빠|사진|얼굴|몸|벗|알몸|섹시|누드|방탄)",
    r"지민(?:이|이가|이는|이랑)? ?(?:오빠|사진|얼굴|몸|벗|알몸|섹시|누드|방탄)", r"제니(?:가|는|랑|의)? ?(?:사진|얼굴|몸|벗|알몸|섹시|누드|블랙핑크|블핑)",
    r"리사(?:가|는|랑|의)? ?(?:사진|얼굴|몸|벗|알몸|섹시|누드|블랙핑크|블핑)", r"로제(?:가|는|랑|의)? ?(?:사진|얼굴|몸|벗|알몸|섹시|누드|블랙핑크|블핑)",
    r"원영(?:이|이가|이는)? ?(?:사진|얼굴|몸|벗|알몸|섹시|누드)", r"윈터(?:가|는|의)? ?(?:사진|얼굴|몸|벗|알몸|섹시|누드|에스파)", r"해린(?:이|이가|이는)? ?(?:사진|얼굴|몸|벗|알몸|섹시|누드)",
]
# "photo of my classmate/coworker/ex" - private real people: sexual or deceptive imagery of them is NCII/defamation.
PRIVATE_PERSON_EN: list[str] = [
    r"my (?:classmate|coworker|co-worker|colleague|ex|ex-?girlfriend|ex-?boyfriend|ex-?wife|ex-?husband|teacher|boss|neighbou?r|crush|roommate|friend'?s? (?:mom|sister|girlfriend)|"
    r"stepsister|step-?sister|stepmom|step-?mom|sister|cousin|aunt|girlfriend|boyfriend|wife|husband|student|tutor)",
    r"(?:this|that|the) (?:girl|woman|guy|person) (?:in|from) (?:the|this|my) (?:photo|picture|pic|image|office|class|gym)", r"(?:her|his) (?:instagram|selfie|profile) (?:photo|pic|picture)",
    r"(?:this|the attached|the uploaded|my) (?:photo|picture|selfie|pic)", r"a real (?:person|woman|girl|man)",
]
PRIVATE_PERSON_KO: list[str] = [
    r"(?:우리 ?(?:반|학교|회사)|같은 ?반|같은 ?학교|회사) ?(?:여자|남자|친구|동료|선생님?|애|여학생|남학생|선배|후배)", r"(?:내|제) ?(?:전 ?여친|전 ?남친|여친|남친|동료|친구|짝사랑|담임|선생님|누나|여동생|사촌|이웃|상사|직장 ?동료)",
    r"(?:이|그|저) ?(?:여자|남자|사람) ?(?:사진|얼굴)", r"(?:인스타|프로필|셀카) ?사진", r"실제 ?(?:인물|사람|지인)", r"지인",
]
DEEPFAKE_EN: list[str] = [r"deep ?fakes?", r"face ?swap(?:ped|ping)?", r"nudify", r"undress (?:ai|app|this|her|him|the photo)", r"(?:remove|take off) (?:her|his|the) clothes",
                          r"(?:clothes|clothing) remov(?:er|al)", r"(?:put|paste|swap) (?:her|his|their|my \w+'?s?) face (?:on|onto)", r"x-?ray (?:app|filter) (?:to see|on)"]
DEEPFAKE_KO: list[str] = [r"합성(?:해서|한)? ?(?:그려|그림|짤)", r"딥 ?페이크", r"얼굴 ?(?:합성|바꿔|바꾸|스왑)", r"(?:옷|옷을) ?(?:벗겨|지워)", r"합성 ?(?:사진|영상|야동|누드)", r"지인 ?(?:능욕|합성)", r"능욕"]

# Negative prompts: words that are fine there (the user asks the image model to AVOID them) are simply not checked;
# only these families are: prompt injection, encoded payloads, hate slurs, and guild terms.
NEGATIVE_CHECKED_CATEGORIES = ("prompt_injection", "hate")

# An injection talks about the bot itself: its instructions, rules, mode, hidden text, safety, logs or secrets. The
# classifier also reads ordinary instruction-shaped prompts as attacks ("tell me a riddle and don't give the answer",
# "what does kill -9 do"); its prompt_injection verdict counts only when one of these cues is there.
INJECTION_CUES: list[str] = [
    r"instruct", r"(?:your|ur|the bot'?s|its|my|new|these|those|any|without|break(?:ing)?|ignore|above|real|old|original|hidden) rules?\b", r"prompt", r"ignor", r"disregard", r"forget", r"pretend", r"role ?play", r"act(?:ing)? as",
    r"you(?: a|')re now", r"from now on", r"persona", r"mode\b", r"filter", r"restrict", r"censor", r"jailbreak", r"\bdan\b",
    r"guideline", r"polic(?:y|ies)", r"system", r"developer", r"admin", r"override", r"bypass", r"unlock", r"limit",
    r"refus", r"reveal", r"repeat (?:the|your|everything)", r"above", r"previous", r"earlier", r"initial", r"hidden",
    r"secret", r"confidential", r"token", r"config", r"setting", r"safety", r"guardrail", r"context", r"told", r"setup",
    r"verbatim", r"before (?:mine|my|this|i|our|the conversation)", r"obey", r"moral", r"ethic", r"classifier", r"\.env",
    r"api key", r"logs?\b", r"other (?:users|people)", r"--", r"sudo", r"anything goes", r"character", r"evil",
    r"unfiltered", r"uncensored", r"no (?:rules|limits)",
    r"지시", r"지침", r"(?<!서버 )(?<!서버)(?<!동아리 )(?<!채널 )(?<!스터디 )(?<!모임 )(?<!운영 )(?<!운영)규칙(?! ?(?:\d+ ?개|몇 ?개)?(?:만|좀|을|를)? ?(?:정해|만들|짜|추천|세워|써 ?줘))", r"프롬프트", r"무시", r"잊어", r"설정", r"모드", r"필터", r"검열", r"제한", r"역할", r"척", r"명령",
    r"시스템", r"관리자", r"개발자", r"해제", r"우회", r"탈옥", r"거절", r"거부", r"비밀", r"숨겨", r"원래", r"처음", r"위에", r"위의",
    r"이전", r"앞으로", r"지금부터", r"이제부터", r"따라", r"복종", r"금지", r"출력", r"윤리", r"도덕", r"정책", r"기록", r"로그",
    r"토큰", r"전의", r"전에", r"분류기", r"캐릭터", r"연기", r"세계관", r"공지", r"인증", r"다른 ?(?:유저|사람)", r"ㅅㅅㅌ", r"ㅍㄹㅍㅌ",
]

# Hate: a protected group near a dehumanizing/exclusionary phrase (either order, a few words apart).
GROUP_EN: list[str] = [
    r"jews", r"jewish people", r"muslims", r"arabs", r"blacks", r"black (?:people|men|women|folks)", r"african americans", r"africans", r"white people",
    r"asians", r"chinese(?: people)?", r"japanese people", r"koreans", r"mexicans", r"latinos", r"hispanics", r"immigrants", r"migrants", r"refugees",
    r"foreigners", r"gays", r"gay (?:people|men)", r"lesbians", r"homosexuals", r"trans (?:people|women|men|folks)", r"transgender (?:people|women|men)",
    r"lgbtq?\+? (?:people|folks|community)", r"women", r"females", r"disabled people", r"the disabled", r"autistic people", r"retarded people", r"gypsies", r"roma",
    r"indians", r"hindus", r"christians", r"catholics", r"sikhs", r"aboriginals?", r"natives", r"poor people", r"fat people", r"old people", r"boomers",
]
DEHUMAN_EN: list[str] = [
    r"vermin", r"sub-?humans?", r"parasites?", r"cockroaches", r"rats", r"animals", r"apes", r"monkeys", r"savages", r"(?:a )?disease", r"(?:a )?plague",
    r"(?:a )?cancer (?:on|to)", r"filth", r"scum", r"inferior", r"(?:too )?stupid to", r"genetically (?:inferior|stupid)", r"should (?:all )?be (?:deported|exterminated|"
    r"eradicated|gassed|killed|shot|hanged|lynched|banned|sterili[sz]ed|removed|locked up|wiped out)", r"should (?:all )?die", r"(?:don'?t|do not) deserve (?:rights|to live|to exist)",
    r"are (?:all )?(?:terrorists|rapists|criminals|thieves|pedophiles|groomers|diseased|dirty|evil)", r"(?:is|are) a mental illness", r"mentally ill", r"abominations?",
    r"go back (?:to|where)", r"not (?:real )?(?:people|humans)", r"less than human", r"breed like", r"(?:racist|hateful) (?:rant|jokes?|slurs?)", r"(?:wipe|wiping) out",
    r"ethnic cleansing", r"final solution", r"(?:kill|killing|murder|gas|gassing|burn|burning|lynch|lynching|exterminate|exterminating|deport|deporting) (?:all|every|them all)",
]
HATE_COUNTER_EN: list[str] = [r"stereotypes?", r"myths?", r"misconceptions?", r"prejudice", r"discrimination", r"racism", r"bias(?:es)?", r"debunk(?:ing)?",
                              r"counter(?:ing)?", r"why (?:is it|it is|it'?s) wrong", r"history of", r"respond to", r"fight(?:ing)? against", r"combat(?:ing)?",
                              r"is it (?:true|racist)", r"hate speech (?:examples for|detection|classifier|moderation)", r"anti-?(?:racist|racism|discrimination)"]
GROUP_KO: list[str] = [r"흑인", r"유대인", r"무슬림", r"이슬람(?:교도)?", r"동성애자?", r"게이", r"레즈(?:비언)?", r"성소수자", r"트랜스(?:젠더)?", r"난민", r"이민자", r"외국인(?: 노동자)?",
                       r"조선족", r"중국인", r"일본인", r"동남아(?:인| 사람)?", r"장애인", r"여자", r"여성", r"노인", r"페미(?:니스트)?", r"전라도(?: 사람)?", r"경상도(?: 사람)?", r"다문화",
                       r"이주민", r"탈북자", r"무슬림들", r"흑형", r"한남", r"김치녀", r"커밍아웃한 ?(?:애들|사람들|놈들|것들|새끼들)"]
DEHUMAN_KO: list[str] = [r"몰살", r"학살", r"쓸어 ?버리", r"다 ?죽여", r"다 ?죽이", r"벌레", r"해충", r"바퀴벌레", r"쓰레기", r"열등", r"정신병", r"기생충", r"병균", r"짐승", r"미개", r"범죄자 ?(?:집단|들)", r"추방", r"박멸", r"죽어야",
                         r"없어져야", r"사라져야", r"말살", r"혐오 ?(?:발언|글|표현)", r"비하 ?(?:발언|글|농담)", r"인간(?:이)? ?아니", r"사람(?:이)? ?아니", r"격리해야", r"쫓아내야",
                         r"멍청", r"무식한 ?(?:종족|것들)", r"테러리스트", r"잠재적 ?범죄자",
                         r"(?:원숭이|침팬지|고릴라|유인원) ?(?:처럼|같이|같은|같다|랑 ?똑같|로 ?그려|취급)", r"재기해"]
# words that argue against a hateful claim; the counter words also include the ones that only frame a topic
HATE_REBUTTAL_KO: list[str] = [r"고정관념", r"편견", r"차별(?:을|에)? ?(?:반대|없애|줄이|극복|금지)", r"오해", r"반박", r"왜 ?나쁜"]
HATE_COUNTER_KO: list[str] = HATE_REBUTTAL_KO + [r"역사", r"예방", r"대처"]
# Grooming cues strong enough on their own next to a child cue.
GROOMING_STRONG_EN: list[str] = [
    r"(?:send|sending|sends) (?:me |us )?(?:pics|pictures|photos|nudes|selfies|videos)", r"keep (?:it|this|our \w+) (?:a )?secret from (?:her|his|their|your) (?:parents|mom|dad|mother|father)",
    r"(?:don'?t|do not|never) tell (?:your|her|his|their) (?:mom|dad|parents|mother|father)", r"keep(?:s|ing)? (?:\w+ ){0,2}secret from (?:her|his|their|your) (?:parents|mom|dad|mother|father)",
    r"grown-?up games?", r"special (?:cuddles|touch(?:ing|es)?|game)", r"under the (?:blankets?|covers|sheets) (?:together|with (?:me|him|her))", r"meet (?:me |up )?(?:alone|secretly|in secret)", r"groom(?:ing)?",
    r"(?:get|convince|persuade|trick|make) (?:a |an |the |my )?(?:\w+[- ])?(?:\d+[- ]year[- ]old|kid|child|girl|boy|teen|minor|student) (?:\w+ )?to (?:send|strip|undress|meet|sleep)",
]
GROOMING_STRONG_KO: list[str] = [r"몰래 ?(?:하는 ?)?스킨십", r"스킨십(?:을)? ?(?:\S+ )?몰래", r"단둘이[^.?!]{0,15}?(?:몰래|비밀|스킨십|만지)", r"사진(?:을)? ?(?:보내|찍어 ?보내)(?:라|게|도록)", r"부모(?:님)?(?:한테|에게)? ?(?:비밀|말하지 ?마)",
                                 r"(?:엄마|아빠|부모님?)(?:한테|에게|께)?(?:는|도)? ?(?:비밀|말하지 ?마|말하면 ?안)", r"몰래 ?만나", r"단둘이 ?만나", r"그루밍"]
SUPPORT_EN: list[str] = [r"help(?:ing)? (?:a |my )?(?:friend|someone|student|child|kid|teen|partner|person)", r"supportive",
                         r"(?:how (?:do|can|should) i|ways to|what can i do to) (?:help|support|talk to|comfort) (?:her|him|them|my \w+)", r"support(?:ing)?", r"prevent(?:ion|ing)?", r"hotline", r"helpline",
                         r"therap(?:y|ist)", r"counsel(?:or|ing|lor)", r"cope|coping", r"recover(?:y|ing)?", r"warning signs", r"awareness", r"resources"]
# Talking about weapons as policy or history (gun control, a debate) is not asking how to make or get one.
WEAPON_POLICY_EN: list[str] = [r"gun (?:control|laws?|regulations?|violence prevention|policy|policies|rights)", r"second amendment", r"(?:pros and cons|debate|arguments?) (?:of|on|about|for)",
                               r"history of (?:the )?(?:gun|rifle|firearm|ak-?47|ar-?15|musket|cannon)s?", r"arms control"]
WEAPON_POLICY_KO: list[str] = [r"총기 ?(?:규제|소지 ?(?:찬반|논쟁|허용 ?국가)|정책|사고 ?예방)", r"찬반 ?토론", r"(?:무기|총기)(?:의)? ?역사", r"군축"]
# A parent asking how to talk with their own child about something they found is not a request for content about it.
PARENTING_EN: list[str] = [r"how (?:do|should|can) (?:i|we) (?:talk|speak|bring (?:it|this) up|explain)(?: \w+){0,3} (?:to|with) (?:my|our) (?:[\w-]+ ){0,3}?(?:son|daughter|kids?|child(?:ren)?|teen(?:ager)?|\d+ ?(?:yo|y/o|year old))",
                           r"(?:my|our) (?:son|daughter|kids?|child|teen)(?: \w+){0,3} (?:caught|found) (?:\w+ ){0,3}(?:watching|looking at)",
                           r"(?:my|our) (?:\w+ )?(?:son|daughter|kids?|child|teen(?:ager)?)(?: \w+){0,3} (?:caught|found|saw|watched|has been (?:watching|looking at)) "
                           r"(?:\w+ ){0,3}?(?:porn|nudes|explicit|sexting|adult (?:videos?|sites?|content))"]
# A parenting question stops explaining the classifier's sexual reading next to secrecy, touch or pictures
PARENTING_CANCEL_EN: list[str] = [r"secrets?", r"don'?t tell", r"just between us", r"our little", r"with me", r"touch\w*", r"show me", r"photos?", r"pictures?", r"pics?",
                                  r"undress\w*", r"bath(?:e|ing)? (?:together|with)", r"sleep (?:together|with)", r"massage"]
PARENTING_CANCEL_KO: list[str] = [r"비밀", r"말하지 ?마", r"둘만", r"단둘이", r"만지", r"사진", r"벗", r"같이 ?(?:씻|자|목욕)", r"마사지"]
PARENTING_KO: list[str] = [r"(?:딸|아들|자녀|아이|애)(?:이랑|하고|와|과|랑)? ?(?:\S+ ){0,3}?(?:대화하는|얘기하는|이야기하는|말하는) ?(?:법|방법)", r"(?:아들|딸|자녀|아이|애)(?:가|이|랑|와|한테|에게)? ?(?:\S+ ){0,6}?(?:알게 ?됐|알게 ?되었|발견했|봤어)", r"어떻게 ?(?:대화|얘기|이야기|말)(?:해야|하면|을 ?꺼내)"]
# Words that ask the bot to make content; a parenting question has none.
CONTENT_REQUEST_EN: list[str] = [r"write", r"draw", r"story", r"scene", r"role ?play", r"rp", r"describe", r"images?", r"pictures?", r"pics?", r"photos?", r"fanfic", r"poem", r"generate", r"make me"]
CONTENT_REQUEST_KO: list[str] = [r"써", r"쓰고", r"그려", r"그림", r"소설", r"장면", r"묘사", r"썰", r"사진", r"롤플", r"만들어"]
# A parent or teacher asking how to recognise or prevent grooming: a grooming word next to a child is then not a request.
PROTECTIVE_EN: list[str] = [r"warning signs?", r"signs (?:of|that)", r"red flags?", r"protect(?:ing)?", r"keep (?:my|our|the) (?:kids?|children|son|daughter|students?) safe",
                            r"how (?:can|do|would|should) (?:i|we|parents|teachers) (?:tell|know|spot|recognize|recognise|notice|prevent|report)", r"report(?:ing)? (?:it|this|grooming)"]
PROTECTIVE_KO: list[str] = [r"징후", r"신호", r"예방", r"보호하", r"지키(?:려면|는|고)", r"(?:알아채|눈치채|알아차리)", r"신고", r"막으려면", r"대처"]
# Teaching or seeking help about drugs (a prevention lesson, quitting, harm reduction) mentions them without asking for them.
DRUG_PREVENTION_EN: list[str] = [r"public health", r"pharmacology", r"toxicology", r"epidemiology", r"overdose crisis", r"opioid (?:crisis|epidemic)",
                                 r"naloxone", r"narcan", r"mechanism of action", 
    r"(?:drug|substance|addiction|overdose|opioid) (?:prevention|awareness|education|recovery|treatment|rehab)", r"harm reduction",
    r"(?:years?|months?|weeks?|days?) (?:clean|sober)", r"relaps\w*", r"in recovery",
    r"legali[sz](?:ation|ed|ing)", r"decriminali[sz](?:ation|ed|ing)", r"drug polic(?:y|ies)", r"war on drugs",
    r"(?:dangers|risks|harms|effects|warning signs) of (?:drugs?|\w+ (?:use|abuse|addiction))", r"say no to drugs", r"recovering addicts?",
    r"(?:quit|quitting|stop(?:ping)?|get(?:ting)? off) (?:using |doing |taking )?(?:drugs|meth|heroin|cocaine|opioids|pills)",
]
DRUG_PREVENTION_KO: list[str] = [
    r"예방 ?(?:교육|수업|캠페인|포스터|강의)", r"위험성", r"부작용", r"폐해", r"중독 ?(?:치료|재활|예방|상담|회복)", r"단약", r"끊(?:는|으려|고 ?싶|게 ?도와)",
    r"거절하는 ?(?:법|말|연습)", r"유혹(?:을|에)? ?(?:뿌리치|이기|거절)", r"합법화", r"비범죄화", r"(?:마약|약물|대마) ?정책",
    r"(?:마약|약물) ?중독(?:이|의|과)? ?(?:\S+ ){0,2}?(?:영향|위험|증상|원인|실태|문제|통계)",
    r"(?:마약|약물) ?(?:범죄|사범|유통|문제)(?:가|이)? ?(?:\S+ ){0,3}?(?:이유|원인|분석|실태|통계|뉴스|대책)",
    r"약리학", r"(?:법학|약학|의학|간호학|보건학?) ?(?:과제|수업|시험|레포트|리포트)", r"(?:마약류|약물) ?관리법", r"법 ?개정", r"작용 ?기전", r"날록손", r"해독제",
]
SUPPORT_KO: list[str] = [r"도와(?:줘야|주고|줄|주는|야)", r"어떻게 ?도와", r"돕(?:는|고|기)", r"도울", r"예방", r"상담", r"극복", r"치료", r"위로", r"걱정", r"지원", r"대처",
                         r"어떻게 ?(?:말|얘기|이야기)(?:을|를)? ?(?:꺼내|걸어|해야|하면|해 ?줘야)", r"말(?:을)? ?(?:거는|걸) ?(?:법|방법)", r"상처 ?(?:안|주지 ?않게) ?주"] + RECOVERY_KO
SUPPORT_EN += RECOVERY_EN

# Violence requests: a how-to framing, a harm verb and a target within a few words (rules.py builds the window).
HOWTO_EN: list[str] = [r"how (?:to|do i|can i|would i|could i|should i|do you)", r"ways? to", r"best way to", r"best \w+ (?:to|for)", r"easiest way to", r"step[- ]by[- ]step",
                       r"guide (?:to|for|on)", r"help me", r"teach me (?:how )?to", r"tips (?:to|for|on)", r"plan (?:to|for|how)", r"i (?:want|need|plan|am going) to",
                       r"without (?:anyone|them|her|him|my \w+) (?:knowing|noticing|finding out)", r"so (?:that )?(?:no ?one|nobody) (?:knows|notices|finds out)"]
HARM_VERB_EN: list[str] = [r"kill", r"murder", r"poison", r"stab", r"shoot", r"strangle", r"choke", r"smother", r"suffocate", r"drown", r"beat(?: up)?",
                           r"punch", r"kick", r"hurt", r"injure", r"maim", r"cripple", r"blind", r"disfigure", r"burn", r"set (?:\w+ )?on fire", r"torture",
                           r"kidnap", r"abduct", r"ambush", r"attack", r"assault", r"run over", r"slip (?:something|drugs|poison|pills|laxatives|bleach) into",
                           r"make (?:her|him|them|someone|my \w+) (?:really |very )?(?:sick|ill|bleed|suffer)", r"break (?:her|his|their|someone'?s?) (?:legs?|arms?|bones?|jaw|nose)",
                           r"throw acid (?:at|on)", r"acid attack", r"push (?:her|him|them|someone|my \w+) (?:off|down|in front)"]
HARM_TARGET_EN: list[str] = [r"some(?:one|body)", r"a (?:person|human|man|woman|kid|child|baby|student|teacher|cop|police ?officer|officer|guard|stranger|girl|boy)",
                             r"people", r"him", r"her", r"them", r"cops?", r"police(?: officers?)?", r"my (?:\w+ )?(?:wife|husband|ex|girlfriend|boyfriend|boss|neighbou?r|teacher|"
                             r"classmate|coworker|dad|father|mom|mother|brother|sister|son|daughter|roommate|friend|stepfather|stepdad|stepmom|uncle|aunt|landlord|partner|bully|rival)",
                             r"(?:a|the|my|his|her|our|some) (?:\w+ )?(?:dog|cat|puppy|kitten|pet|animal|horse|bird)s?", r"(?:the|a) (?:president|senator|mayor|judge|politician|journalist)",
                             r"(?:my|the|a) (?:whole )?(?:class|school|office|family)"]
HARM_KO: list[str] = [r"(?:때리|때려(?:야|도)|패(?=[고는기서려면야 ])|폭행하|찌르|죽이|다치게 ?하|괴롭히|학대 ?하|불태우|불 ?지르|독을 ?타|납치하|목 ?조르|밀어 ?버리|쓰러뜨리|때려 ?눕히)(?:고|는|기|서|려면)? ?(?:\S+ ){0,3}?"
                      r"(?:방법|법|수 ?있|멍 ?안|안 ?들키|안 ?걸리|안 ?걸려|티 ?안|흔적 ?없)", r"멍 ?(?:안|없이) ?(?:남기|생기|들키)",
                      r"(?:kill|murder|stab|shoot|poison|kidnap|strangle)(?: ?하| ?시키| ?할| ?해)\S* ?(?:\S+ ){0,2}?(?:방법|법|수 ?있|안 ?들키|티 ?안|흔적 ?없)"]
VIOLENT_DEPICTION_EN: list[str] = [r"(?:being|getting) (?:set on fire|burned alive|burnt alive|skinned|tortured|mutilated|dismembered|disemboweled|beheaded|stabbed to death|beaten to death)",
                                   r"(?:flesh|skin|face) (?:melting|peeling|burning off|torn off)", r"acid attack (?:victim|face|injur(?:y|ies)|photo)", r"after (?:an|the) acid attack"]
SELF_HARM_INTENT_EN: list[str] = [
    r"i (?:feel like|want to|wanna|am going to|'?m going to|plan to|'?m about to|am about to|might) (?:end(?:ing)? (?:everything|it all|my life|things)|disappear(?:ing)? forever|"
    r"kill(?:ing)? my ?self|not (?:wake up|be here|exist)|die|hurt(?:ing)? my ?self|cut(?:ting)? (?:my ?self|again))",
    r"end(?:ing)? (?:everything|it all)(?:,| and| so)? (?:\w+ ){0,4}(?:medicine|pills|drugs|method|way|fastest|painless|quick)", r"(?:make|making) my cuts (?:deeper|bigger|bleed|scar|worse)",
    r"(?:deeper|bigger) cuts", r"starv(?:e|ing) (?:my ?self )?(?:until|till) (?:i )?(?:disappear|die|vanish|am (?:gone|bones))", r"(?:encourag|motivat)(?:e|es|ing) me to (?:starve|stop eating|cut|hurt my ?self|die)",
    r"(?:nobody|no one) would (?:miss|notice) (?:me|if i (?:died|was gone|disappeared))",
    r"(?:edge|ledge|railing|rooftop|roof|bridge|cliff|balcony)(?:\W+[\w'-]+){0,6}?\W+(?:about to|going to|ready to|trying to|preparing to) (?:jump|leap|let go|fall)"
    r"(?=[^.!?]{0,60}?\b(?:last|goodbye|farewell|tears|crying|despair|hopeless|note)\b)",
    r"(?:last|goodbye|farewell|tears|crying|despair|hopeless)[^.!?]{0,60}?(?:edge|ledge|railing|rooftop|roof|bridge|cliff|balcony)(?:\W+[\w'-]+){0,6}?\W+"
    r"(?:about to|going to|ready to|trying to|preparing to) (?:jump|leap|let go|fall)",
    r"(?:about to|ready to|going to|preparing to) (?:jump|leap) (?:off|from) (?:a |the |her |his )?(?:edge|ledge|railing|rooftop|roof|bridge|cliff|balcony|building)"
    r"(?![^.!?]{0,20}?into (?:the |a )?(?:pool|water|ocean|sea|lake|river|bay|waves))",
]
SELF_HARM_INTENT_KO: list[str] = [r"(?:뛰어내리|투신하)(?:면|면은)? ?(?:바로 |확실히 |한 ?번에 )?죽", r"(?:끝내고|죽고|사라지고) ?싶(?:어|다|은데|어서)", r"(?:약|수면제)(?:을|를)? ?(?:모아|모으)",
                                  r"(?:상처|자해)(?:를)? ?(?:더 ?깊게|더 ?크게)", r"굶어서 ?(?:사라지|죽)",
                                  r"(?:난간|다리 ?위|옥상 ?(?:끝|난간)|절벽 ?끝|벼랑 ?끝)[^.?!]{0,15}?(?:뛰어내리(?:려|기 ?직전|는 ?순간)|투신|마지막 ?(?:사진|모습|인사|순간))"]


# ------------------------------------------------------------------------------------------ generalisation families
# Added as families (morphology, euphemism, Korean conjugations), each covering many phrasings rather than one prompt.
EN_TERMS["sexual"]["explicit"] += [
    r"(?:go(?:es|ing)?|went) at it (?:\w+ ){0,6}?(?:graphic|explicit|detail(?:ed)?|hard|naked|all night|on (?:a|the) (?:couch|bed|table|floor))",
    r"(?:bang(?:s|ing|ed)?|screw(?:s|ing|ed)?|pound(?:s|ing|ed)?|shag(?:s|ging|ged)?) (?:her|him|them|each other|me|his \w+|her \w+)",
    r"(?:get|gets|getting|got) (?:me |him |her )?off (?:and describe|in detail|on camera)", r"talk dirty", r"dirty talk",
    r"(?:her|his) (?:junk|privates|private parts) (?:out|showing|exposed|visible)", r"(?:tits|boobs|breasts) (?:fully )?(?:out|showing|hanging out)",
]
EN_TERMS["harassment"]["severe"] += [
    r"(?:find out|figure out|learn|track|know|map out|work out) (?:\w+ ){0,2}?(?:her|his|their|my (?:neighbou?r|ex|coworker|co-worker|classmate|crush|teacher|boss)'?s?) "
    r"(?:daily )?(?:routine|schedule|movements|whereabouts|where (?:she|he|they) (?:goes|go|lives?|works?|parks?))",
    r"(?:you|she|he|they) (?:won'?t|will not|wont) be safe", r"(?:make|making) (?:you|her|him|them) (?:regret|pay for) (?:it|this|that|everything|leaving|breaking up|dumping me)",
    r"(?:you|she|he|they)(?:'ll| will) (?:regret|pay for) (?:it|this|that|leaving|breaking up|dumping me|crossing me)",
    r"watch (?:her|his|their) back", r"(?:she|he|they) (?:better|should) watch (?:out|(?:her|his|their) back)",
    r"(?:find|get|dig up|look up|track down|figure out|get me) (?:\w+ ){0,4}?(?:home |real |new |current )?(?:address|phone number|where (?:she|he|they) lives?|personal info|dox)(?:es)? (?:\w+ ){0,6}?(?:so i can|to (?:show up|post|leak|find (?:her|him|them)))",
    r"(?:find|get|dig up|look up|track down) (?:the |this |that |my ex'?s? )?(?:\w+ )?(?:streamer|youtuber|tiktoker|girl|guy|woman|person|ex)'?s? (?:home |real |new )?(?:address|phone number|where (?:she|he|they) lives?)",
    # getting round a block is harassment whatever the words; "i blocked him and he keeps..." is the victim
    r"blocked me (?:\w+ ){0,10}?(?:new|alt|alternate|another|second|fake|burner|different) (?:account|acc|number|profile)s? (?:\w+ ){0,6}?"
    r"(?:keep\w*|scare\w*|harass\w*|bother\w*|messag\w*|contact\w*|text\w*|dm\w*|spam\w*|find\w*)",
    r"(?:new|alt|alternate|another|second|fake|burner|different) (?:account|acc|number|profile)s? (?:\w+ ){0,6}?(?:after|since|because|now that) (?:she|he|they) blocked me",
    r"(?:i|we) know where (?:you|she|he|they) (?:live|lives|work|works|sleep|sleeps)", r"(?:i'?m|i am|been) watching (?:you|her|him|them|your|her|his|their) (?:\w+ )?(?:kids|children|house|family|every move)",
]
EN_TERMS["self_harm"]["severe"] += [
    r"(?:how many|how much|what dose|what amount) (?:of )?(?:my |these |those )?(?:\w+ )?(?:pills|tablets|tylenol|paracetamol|acetaminophen|insulin|sleeping pills|meds|antidepressants)"
    r"(?: \w+){0,6} (?:to (?:not|never) wake up|(?:would|will|to) (?:kill me|end it|end my life|die)|to die|before i die|to overdose)",
    r"(?:not|never) wake up (?:again )?(?:after|from) (?:taking|the pills)", r"(?:end|ending) it all (?:tonight|today|now|for good)",
    r"noose (?:\w+ ){0,10}?(?:goodbye|farewell|suicide|last) (?:note|letter|message)", r"cuts?[^.?!]{0,60}?go deeper", r"go deeper[^.?!]{0,60}?cuts?", r"(?:goodbye|farewell|suicide) (?:note|letter) (?:\w+ ){0,10}?noose",
]
EN_TERMS["harassment"]["severe"] += [
    r"(?:\d+|some|a few|a bunch of|different|more|new) (?:different |mean |nasty |brutal |savage )?insults? (?:\w+ ){0,2}?(?:copy[- ]?paste|post|spam|comment|leave|send|drop)",
    # covert surveillance of a partner, an ex or a neighbour (stalking); a parent and their child's phone is not covered
    r"(?:track|trace|monitor|spy on|read|see|check|access|hack|look (?:at|through)|get into|go through|follow) (?:\w+ ){0,5}?"
    r"(?:phone|location|messages|texts|dms|chats|whatsapp|instagram|snapchat|email|gps|whereabouts|movements|car)(?:'s)? (?:\w+ ){0,3}?"
    r"(?:without (?:her|him|them|my \w+|the \w+)(?: \w+)? (?:knowing|noticing|finding out|knowledge|consent|permission)|secretly)",
    r"follow(?:ing)? (?:her|him|them|my ex|my \w+) (?:home |around |to (?:her|his|their) \w+ )?(?:without (?:her|him|them) (?:noticing|knowing|seeing)|unnoticed|undetected|secretly)",
    r"(?:install|put|hide|plant|sneak) (?:a |an )?(?:spyware|stalkerware|keylogger|tracker|tracking app|gps tracker|air ?tag|hidden camera|spy app) (?:\w+ ){0,4}?"
    r"(?:on|in|under|into) (?:her|his|their|my (?:wife|husband|girlfriend|boyfriend|ex|partner|neighbou?r|coworker|roommate|crush)|the \w+'s)",
]
EN_TERMS["weapons"]["severe"] += [
    r"(?:fertili[sz]er|ammonium nitrate) (?:and|with|plus|\+|mixed with|combined with) (?:fuel oil|diesel|gasoline|petrol)", r"anfo (?:bomb|mix|recipe|explosive)",
    r"(?:mix|mixing|combine|combining) (?:bleach and ammonia|ammonia and bleach) (?:to|for) (?:gas|hurt|kill|poison)",
]
EN_TERMS["violence"]["severe"] += [
    r"(?:trigger|cause|set off|give (?:her|him|them)) (?:[\w']+ ){0,3}?(?:an? )?(?:allergic reaction|allerg(?:y|ies)|anaphyla\w*)(?: \w+){0,3}? (?:on purpose|deliberately|intentionally|without (?:her|him|them) knowing)",
    r"(?:slip|sneak|hide|put|mix) (?:some )?(?:peanuts?|nuts|peanut butter|shellfish|gluten|allergens?) (?:\w+ ){0,3}?(?:in|into) (?:her|his|their|my \w+'?s?) (?:food|drink|meal|lunch|coffee)",
    r"(?:cat|dog|puppy|kitten|pet|hamster|bunny|rabbit)s? (?:gets?|getting|is|being) (?:kicked|beaten|stomped|thrown|hit|tortured|strangled|burned|set on fire)"
    r"(?: \w+){0,4}? (?:until|till) (?:it|she|he|they) (?:stops? moving|dies|die|bleeds?|stops? breathing)",
    r"(?:manifesto|plan|plot|call to arms) (?:\w+ ){0,3}?(?:for |to )?(?:attack\w*|bomb\w*|shoot\w*|massacr\w*|storm\w*) (?:the |a |an |our |this |that )?(?:\w+ ){0,2}?"
    r"(?:convention (?:center|centre|hall)|expo|con|concert|festival|parade|stadium|arena|mall|school|campus|church|mosque|synagogue|temple|station|subway|crowd|rally|office|clinic)",
    # hurting a child as "punishment" or "discipline"
    r"(?:hold|holding|press|pressing|put|putting|force|forcing)(?:s|ed)? (?:\w+ ){0,3}?(?:toddler|child|kid|baby|son|daughter|boy|girl)'?s? (?:hands?|arms?|face|fingers?|feet) "
    r"(?:\w+ ){0,3}?(?:on|onto|against|over|into|under) (?:a |the )?(?:hot |boiling |burning )?(?:stove|burner|iron|fire|flames?|boiling water|hot water|oven)",
    r"(?:burn|burning|scald|scalding|beat|beating|whip|whipping)(?:s|ed)? (?:\w+ ){0,3}?(?:toddler|child|kid|baby) (?:\w+ ){0,4}?(?:as (?:a )?punishment|to discipline|to teach)",
]
EN_TERMS["drugs"]["severe"] += [
    # fiction as the wrapper for a real meth cook
    r"(?:breaking bad|walt(?:er white)?|heisenberg|blue sky)[^.?!]{0,80}?(?:real|actual|real-world|exact|accurate)[^.?!]{0,30}?(?:synthesis|cook|recipe|steps)",
    r"(?:real|actual|real-world|exact|accurate)[^.?!]{0,30}?(?:synthesis|cook|recipe|steps)[^.?!]{0,80}?(?:breaking bad|walt(?:er white)?|heisenberg|blue sky)",
    r"(?:cook|cooking|make|making) (?:some )?(?:crystal|ice|glass|shards?|tina)(?: at home| in (?:my|a) (?:garage|trailer|kitchen|lab)|,| step by step| precursors?)",
    r"(?:precursors?|reagents?) (?:for|to make|to cook) (?:meth|crystal|fentanyl|mdma|lsd|heroin)",
]
KO_TERMS["harassment"]["severe"] += [
    r"뒷조사", r"(?:직장|회사|다니는 ?(?:곳|데)|본명|실명|집 ?주소|사는 ?(?:곳|데|동네))(?:을|를|이|가)? ?(?:\S+ )?(?:알아내|캐내|캐고 ?싶|털어|털고|찾아내)",
    r"(?:집 ?주소|사는 ?곳|사는 ?데|사는 ?동네|전화 ?번호|폰 ?번호|연락처|신상|개인 ?정보)(?:를|을|좀|도)? ?(?:좀 )?(?:알아내|알아 ?내|털어|캐내|캐 ?줘)",
    r"(?:유튜버|스트리머|bj|전 ?여친|전 ?남친|여친|남친|걔|쟤|그 ?(?:사람|여자|남자|새끼|년|놈)|이 ?(?:사람|여자|남자)|반 ?친구|동료|이웃|선생)(?:의|네)? ?"
    r"(?:집 ?주소|주소|사는 ?곳|사는 ?데|전화 ?번호|폰 ?번호|연락처|신상|개인 ?정보)(?:를|을|좀|도)? ?(?:좀 )?(?:찾아|알려|따|알아내|털어|캐)",
    r"밤길 ?조심", r"가만 ?안 ?(?:둔|둬|놔)",
    r"(?<!내 )(?<!제 )(?:집 ?주소|사는 ?곳|전화 ?번호|폰 ?번호|연락처|신상|개인 ?정보|학번|주민 ?번호)(?:랑|이랑|하고|과|와|를|을|좀|도)? ?(?:\S+ ){0,2}?"
    r"(?:알아내|알아낼|알아 ?내|털어|캐내|캐 ?줘|찾아내|찾아낼)", r"(?:어디 ?사는지|사는 ?곳|너네 ?집|니네 ?집)(?:도|을|를)? ?(?:다 )?알(?:아|고 ?있)",
    # a bully asking for lines; "걔가/날 괴롭힐 때 할 말" (a comeback) and "괴롭힐 때 대처법" are the victim's
    r"(?<![가이] )(?<!날 )(?<!날)(?<!나를 )(?<!저를 )(?<!절 )(?<!절)(?:괴롭힐|왕따 ?시킬|따돌릴|bully ?할|harass ?할)(?! ?때? ?(?:\S+ ){0,2}?(?:대처|대응|신고|막|피하|이기|맞서))"
    r"(?: ?때)? ?(?:\S+ ){0,2}?(?:말|멘트|메시지|메세지|문장|대사|욕|댓글|별명|드립)",
    r"차단 ?(?:당했|당한|먹었|먹은)\S* ?(?:\S+ ){0,3}?(?:부계정|부계|다른 ?계정|새 ?계정|딴 ?계정|부캐|세컨 ?계정|다른 ?번호|딴 ?번호|새 ?번호)(?:으로|로)? ?(?:\S+ ){0,3}?"
    r"(?:연락|메시지|메세지|디엠|dm|톡|문자|댓글|찾아)", r"(?:후회하게|후회할 ?거)(?:라고| ?해| ?만들)", r"(?:죽여|패) ?버린다",
]
KO_TERMS["violence"]["severe"] += [
    r"(?:사람|남|이웃|동생|남편|아내|상사|친구|애|아이)(?:을|를|이)? ?(?:\S+ )?(?:고문하|독살하|살해하|납치하|토막 ?내|목 ?졸라 ?죽이)(?:는|기|고|려면)? ?(?:\S+ ){0,2}?(?:방법|법)",
    r"(?:고문|살해|독살|납치)(?:하는)? ?(?:방법|법)",
    r"(?:수면제|수면 ?유도제|졸피뎀|약|가루|물뽕)(?:을|를)? ?(?:몰래 )?타서 ?(?:먹이|재우|마시게|먹게)",
    r"(?:고양이|강아지|길고양이|햄스터|토끼)(?:를|을)? ?(?:산 ?채로 )?(?:토막|해체|가죽(?:을)? ?벗기|요리해 ?먹)",
    r"(?:고양이|강아지|길고양이|햄스터|토끼|동물)(?:를|을)? ?(?:\S+ ){0,3}?산 ?채로", r"(?:아기|애기|아이|애|신생아)(?:의)? ?목(?:을)? ?조르",
    r"전환 ?치료[^.?!]{0,20}?(?:전기 ?충격|때리|가두)", r"(?:모스크|교회|성당|절|회당|학교|유대교 ?회당)(?:를|을)? ?(?:\S+ )?(?:공격|습격|테러|폭파) ?(?:계획|방법)", r"(?:시체|ㅅㅊ) ?(?:처리|유기|숨기|없애)(?:하는|는)? ?(?:법|방법)", r"(?:요리하듯|생선처럼|닭처럼) ?(?:\S+ )?(?:고양이|강아지|개|사람)",
    # planning a rampage; news, prevention and what to do when one happens are not
    r"(?:칼부림|묻지마 ?(?:살인|폭행|범죄|칼부림|공격|테러)|무차별 ?(?:살인|공격|칼부림|폭행)|총기 ?난사|흉기 ?난동|차량 ?돌진)(?![^.?!]{0,10}(?:대처|대응|예방|신고|피하|당했|뉴스|사건|기사))"
    r"(?:을|를)? ?(?:\S+ ){0,2}?(?:계획|준비|모의|하기 ?좋은|할 ?(?:곳|장소|만한)|장소 ?추천|하는 ?(?:법|방법))",
]
KO_TERMS["harassment"]["severe"] += [
    r"(?:위치|동선|출퇴근 ?시간|카톡|메시지|메세지|문자|폰|핸드폰|휴대폰|통화 ?기록|인스타|디엠|dm|사는 ?곳)(?:을|를|이랑|랑|도|좀)? ?(?:\S+ ){0,2}?몰래 ?(?!깔렸|깔려|설치됐|설치되|붙어)(?:\S+ )?"
    r"(?:파악|추적|확인하|보는|볼|훔쳐|엿보|알아내|들여다|감시|해킹)(?![^.?!]{0,12}(?:불법|범죄|처벌|신고))",
    r"몰래 ?(?:\S+ ){0,2}?(?:위치|동선|카톡|메시지|메세지|문자|폰|핸드폰|휴대폰|통화 ?기록|인스타|디엠)(?:을|를)? ?(?:\S+ )?"
    r"(?:파악|추적|확인하|보는|볼|훔쳐|엿보|알아내|들여다|감시|해킹)(?![^.?!]{0,12}(?:불법|범죄|처벌|신고))",
    r"(?:안 ?들키(?:고|게)|몰래|들키지 ?않(?:고|게)|티 ?안 ?나(?:게|고)) ?(?:\S+ ){0,2}?(?:따라 ?다(?:니|닐|녀)|미행|쫓아 ?다(?:니|닐|녀)|뒤를 ?밟)",
    r"미행하는 ?(?:법|방법|요령)", r"조리돌림(?:하|시키|할|용)",
    r"겁(?:주|먹이|먹게 ?하)(?:게|는|도록|려고)? ?(?:\S+ ){0,2}?(?:문자|메시지|메세지|말|편지|디엠|톡|카톡|댓글)",
    r"(?:문자|메시지|메세지|편지|디엠|톡|카톡|댓글)[^.?!]{0,20}?겁(?:주|먹)(?:게|도록)",
    r"(?:위치 ?추적|도청|스파이) ?(?:앱|어플|장치|기)(?:을|를)? ?(?:\S+ ){0,3}?(?:몰래 ?)?(?:깔(?:아|고|기|는)|까는|까기|설치(?:하|해)|붙이|숨기)",
]
KO_TERMS["self_harm"]["severe"] += [
    r"(?:수면제|타이레놀|약|알약|진통제)(?:을|를)? ?(?:몇 ?알|얼마나|몇 ?개)(?:를|을|나)? ?(?:\S+ ){0,2}?(?:먹으면|먹어야|삼키면) ?(?:\S+ )?(?:죽|안 ?깨|영원히)",
]
EN_ALLOW += [r"sexual (?:education|health|health education) (?:curriculum|class|lesson|program|topics?)", r"sex(?:ual)? ed(?:ucation)? (?:curriculum|class|lesson|program)",
             r"safer? sex(?: practices| tips| education)?", r"cock-?a-?leekie", r"sex on the beach", r"(?:dick )?van dyke'?s?", r"moby[- ]dick", r"dick tracy", r"philip k\.? dick", r"dick grayson", r"dick cheney",
             r"sex[- ]ed(?:ucation)? (?:workshops?|handouts?|materials?|resources?|worksheets?|programs?|pamphlets?|class(?:es)?|courses?|lessons?|curriculum|notes)",
             r"sexual (?:assault|harassment|violence|abuse|offen[cs]es?) (?:laws?|statutes?|statistics|prevention|awareness|survivors?|cases?|under)",
             r"(?:legal elements|definitions?|laws?|statutes?|prosecution|sentencing) (?:\w+ ){0,3}?(?:of|on|for|against) sexual (?:assault|harassment|offen[cs]es?|abuse|violence)",
             r"(?:consent|boundaries|protection|contraception|stds?|stis?)(?: and \w+)? (?:before|during|after|for|in) sex", r"lethal dose of (?:caffeine|coffee|water|energy drinks?)"]
KO_ALLOW += [r"섹스 ?온 ?더 ?비치", r"(?:프로세스|process|pid|작업|태스크|task|세션|컨테이너|서버|앱|쓰레드|스레드)(?:를|을)? ?(?:강제 ?)?kill", r"(?:카페인|커피|에너지 ?드링크|물)(?:의)? ?치사량", r"대마(?:초)?(?:가|는|이|를)? ?(?:합법|불법|합법화|비범죄화)"]


# ------------------------------------------------------------------------------ harm dressed in an innocent context
# Red-team prompts wrap a plain harmful request in a context the classifier trusts less (a hunting trip, a recovery
# journal, sex education); these name the request itself, whatever the wrapping.
EN_TERMS["violence"]["severe"] += [
    # a death or an illness staged to look natural
    r"in a way that (?:just )?(?:looks|seems|reads) (?:like )?(?:old age|natural causes|accidental|an? (?:accident|heart attack|stroke))",
    r"(?:look|seem)s? (?:accidental|like an accident) to (?:the )?(?:investigators|police|cops|coroner|detectives|insurers?)",
    r"(?:fool|mislead|trick|get past) (?:the )?(?:investigators|coroner|detectives|autopsy|toxicology)",
    r"(?:push|raise|spike|drop|crash|send) (?:her|his|their|my \w+'s) (?:\w+ ){0,2}?(?:levels?|blood sugar|blood pressure|heart rate|inr)(?: \w+){0,2} dangerously",
    r"(?:put|mix|lace|spread|sprinkle|smear|hide|rub|pour|add)\w* (?:some |the )?(?:pesticide|insecticide|rat poison|antifreeze|weed ?killer|slug pellets|bleach) (?:\w+ ){0,3}?"
    r"(?:on|in|into|onto) (?:some |a |the |his |her |their )?(?:\w+'s )?(?:meat|food|treats?|kibble|bowl|water dish|drink|coffee|tea)",
    r"how much (?:rat poison|antifreeze|pesticide|insecticide|bleach) (?:\w+ ){0,8}?(?:dog|cat|neighbou?r|him|her|them)",
    r"(?:beat\w*|hit\w*|slap\w*|punch\w*) (?:his|her|their|my) (?:wife|husband|girlfriend|boyfriend|partner|kids?|children|son|daughter)[^.?!]{0,120}"
    r"(?:discipline|deserve\w*|lesson|obey\w*|teach (?:her|him|them))",
]
EN_TERMS["sexual"]["severe"] += [
    # sex with someone asleep, drugged or deceived: no consent, at every level
    r"(?:fun|play|have (?:my|his|some) way) with (?:her|his|their) (?:body|bodies)", r"before (?:she|he|they) wakes? up[^.?!]{0,40}(?:touch (?:her|him)|undress|sex with)",
    r"(?:asleep|unconscious|passed out|drugged)[^.?!]{0,40}so (?:i|we) can (?:touch|undress|have sex|have my way|do stuff to|fool around)",
    r"(?:secretly |sneakily )?(?:take|slip|pull)(?:ing)? (?:the |a |my )?condom off (?:\w+ ){0,5}?(?:without|so (?:she|he) (?:doesn'?t|won'?t))", r"stealthing (?:tips|guide|how)",
]
EN_TERMS["sexual"]["explicit"] += [r"(?:write|do|make|give me) (?:me )?a lemon (?:for|about|with|between|of|fic|fanfic|one-?shot|scene)\b", r"\blemon (?:fic|fanfic|one-?shot|scene|chapter)", r"\bx reader lemon"]
EN_TERMS["self_harm"]["severe"] += [
    r"(?:which|what) (?:spots?|parts?|places?|veins?) (?:on|of|in) (?:the|my|your|an?) (?:arms?|wrists?|body|legs?|thighs?|forearms?) (?:\w+ ){0,3}?bleed",
    r"(?:arms?|wrists?|thighs?|forearms?) (?:\w+ ){0,8}?how deep (?:it )?(?:has|needs|should|to)",
    r"(?:fresh |bleeding )?cuts (?:on|along|across) (?:a |the |her |his |my )?(?:forearm|arm|wrist|thigh)s?[^.?!]{0,40}(?:beautiful|glamorous|aesthetic|pretty|i miss)",
    r"(?:want to|going to|gonna|plan to|how (?:to|do i|can i)|help me|i'?ll|i will|also) (?:\w+ )?(?:stop|quit) eating (?:entirely |completely )?for (?:\d+|a|two|three|several) ?(?:days?|weeks?)",
    r"(?:pretend|fake)(?:ing)? (?:i(?:'ve)? (?:ate|eaten)|to eat|to have eaten) (?:\w+ ){0,4}?(?:so|in front of|around|when|at) (?:my )?(?:parents|family|mom|dad|people|others|dinner|meals?)",
    r"(?:bridge|railing|rooftop|roof|ledge|cliff|overpass)[^.?!]{0,60}(?:no|without) (?:cctv|cameras?|security cameras?|emergency phones?)",
    r"(?:no|without) (?:cctv|cameras?|emergency phones?)[^.?!]{0,40}(?:bridge|railing|rooftop|ledge|cliff)", r"suicide pacts?",
    r"(?:someone|somebody|people|a partner|a buddy) to (?:die|end it|end it all|kill (?:ourselves|myself)) with",
]
EN_TERMS["drugs"]["severe"] += [
    r"(?:multiple|several|different|many) (?:doctors|pharmacies|clinics|hospitals) (?:\w+ ){0,6}?(?:stock ?pil\w*|collect\w*|without them (?:knowing|noticing))",
    r"doctor[- ]shopping", r"(?:score|lance|slit|cut) (?:the )?poppy (?:pods?|heads?) (?:\w+ ){0,4}?(?:sap|latex|milk|opium)",
    r"poppy (?:pods?|heads?|latex|sap)[^.?!]{0,40}(?:collect|harvest|dry|extract|tea|smoke)", r"cook(?:ing)? (?:some )?crystal\b(?! \w*(?:clear|dumpling|shrimp|noodle|sugar|candy|rice|jelly|glass|bowl|skin|cake|ball))",
]
EN_TERMS["hate"]["severe"] += [
    r"\bno (?:" + "|".join(GROUP_EN) + r") or dogs",
    r"\b(?:" + "|".join(GROUP_EN) + r")\b[^\n]{0,100}?(?:describe|portray|depict|draw|write about|treat) (?:them|those people|these people) (?:\w+ ){0,6}?"
    r"(?:rats|vermin|pests|cockroaches|insects|parasites|an infestation)",
]
EN_TERMS["harassment"]["severe"] += [
    r"(?:we|i) know when (?:she|he|you|they)(?:'s| is| are|'re) (?:home )?alone",
    r"anonymous (?:notes?|messages?|letters?|comments?|posts?)[^.?!]{0,100}(?:(?:make|makes|making|so) (?:her|him|them) (?:\w+ ){0,2}?(?:quit|leave|scared|afraid)|home alone|burn\w*|know where (?:she|he|they))",
    r"so (?:everyone|everybody|the whole (?:office|school|class|team|server)) (?:figures it out|finds out (?:who|that (?:he|she|they)(?:'s| is| are) (?:gay|lesbian|bi|trans|dating)))",
    r"(?:she|he|they) blocked me[^.?!]{0,40}[.,!?]?[^.?!]{0,100}(?:keep (?:seeing|watching|checking)|still see|check (?:on )?her|track|from (?:accounts|an account))",
]
EN_TERMS["prompt_injection"]["severe"] += [
    r"<\s*(?:admin|system|developer|dev|sudo|root|override)\s*>[^<]{0,200}(?:disabled?|turned off|ignore|override|no (?:rules|limits|restrictions|filters?)|unrestricted|answer (?:every|all|any))",
    r"treat (?:anything|everything|text|whatever|all text) (?:\w+ ){0,2}?(?:between|inside|in|within) (?:\w+ )?<?\s*\w+\s*>? tags as (?:coming )?(?:from|an? )", r"safety (?:layer|filter|mode|guidelines?|rules?) (?:is |are )?(?:now )?(?:disabled|off|removed|turned off|suspended)",
    r"(?:answers?|does|says?|do) (?:everything|anything) (?:that )?the (?:real |normal |regular |actual )?(?:bot|ai|assistant|you) (?:can'?t|won'?t|wouldn'?t|refuses)",
]
KO_TERMS["violence"]["severe"] += [
    r"(?:살충제|농약|쥐약|부동액|제초제|락스)(?:를|을)? ?(?:\S+ ){0,3}?(?:고기|사료|밥|음식|간식|물그릇)(?:에)? ?(?:발라|섞어|넣어|타서|뿌려)",
    r"(?:다|모두|싹|전부) ?(?:패|두들겨 ?패) ?버리자(?:는|고)?", r"(?:자연사|사고사|사고)(?:처럼|로) ?(?:보이게|꾸미|위장)(?![^.?!]{0,12}(?:분장|메이크업|촬영|연출|소품|사진))",
]
KO_TERMS["sexual"]["severe"] += [r"(?:몰래|눈치 ?(?:못|안) ?채게)[^.?!]{0,15}콘돔(?:을)? ?(?:빼|벗)", r"콘돔(?:을)? ?몰래 ?(?:빼|벗)",
                                 r"(?:잠든|취한|기절한) ?(?:사이|동안|틈)(?:에)? ?(?:\S+ )?(?:만지|관계|스킨십)",
                                 r"(?:취한|기절한) ?(?:사이|동안|틈)(?:에)? ?(?:\S+ )?벗기"]
KO_TERMS["self_harm"]["severe"] += [
    r"(?:허벅지|팔|손목|팔뚝)(?:\S*)? ?(?:\S+ ){0,3}?(?:칼|커터|면도날|면도칼)(?:로)? ?(?:\S+ )?(?:긋|그어)",
    r"(?:칼|커터|면도날|면도칼)(?:로)? ?(?:\S+ ){0,3}?(?:허벅지|팔|손목|팔뚝)(?:\S*)? ?(?:\S+ ){0,2}?(?:긋|그어)",
    r"(?:하루|매일) ?(?<!\d)\d{2,3} ?(?:칼로리|kcal)(?:로|만|씩)? ?(?:\S+ )?(?:버티|만 ?먹)",
    r"(?:먹은|먹는) ?척(?:하는)? ?(?:\S+ )?(?:요령|방법|법|팁)", r"같이 ?죽을 ?(?:사람|친구|동료|멤버)", r"동반 ?자살",
    r"몇 ?(?:알|정|개)(?:부터|이면|을|를)? ?(?:먹으면|먹어야|삼키면)?[^.?!]{0,20}?(?:회복 ?못|영영|(?:안|못) ?깨|죽)",
    r"(?:물|바다|강|호수)(?:에|에서)? ?(?:\S+ )?(?:들어가서|빠져서) ?(?:안|못) ?나오",
]
KO_TERMS["drugs"]["severe"] += [
    r"여러 ?(?:병원|의원|약국)(?:에서|을|를)?[^.?!]{0,20}(?:처방(?:받|전)|사 ?모|모으|모아)", r"(?:병원|의원|약국)끼리 ?안 ?겹치게", r"(?:약국|병원|의원) ?여러 ?(?:군데|곳)(?:에서|서)? ?(?:\S+ ){0,2}?(?:사 ?모|모아|모으|처방)",
    r"(?:마약|아이스|떨|작대기|필로폰|대마)[^.?!]{0,20}던지기", r"텔레(?:그램|방)[^.?!]{0,20}(?:" + ICE_KO + r"|작대기|떨(?![가-힣])|차가운 ?거)",
    r"양귀비[^.?!]{0,40}(?:진액|즙|수액|열매|꼬투리)[^.?!]{0,20}(?:받|모으|말리|추출|짜)", r"슈도 ?에페드린[^.?!]{0,40}(?:뽑아|추출|분리)",
]
KO_TERMS["harassment"]["severe"] += [
    r"(?<![나저내])(?:한테|에게|보고) (?:\S+ )?(?:뒤지라고|죽으라고|뒤져라|죽어라|꺼지라고)", r"(?:얼굴|사진)(?:을)? ?합성(?:해서|한)?[^.?!]{0,15}(?:조롱|놀리|웃음거리|망신)",
    r"익명(?:으로)? ?(?:\S+ ){0,3}?(?:쪽지|메시지|편지|글|댓글|문자)[^.?!]{0,40}(?:그만두(?:게|고 ?싶어지게)|나가게|꺼지게|괴롭히|겁(?:주|먹게)|무섭게|심하게|상처 ?주)",
]
KO_TERMS["prompt_injection"]["severe"] += [r"할머니[^.?!]{0,40}(?:지침|프롬프트|시스템 ?프롬프트|초기 ?설정|비밀 ?설정)"]
GROUP_KO += [r"퀴어"]
KO_TERMS["drugs"]["explicit"] = [r"주사기[^.?!]{0,10}(?:하얀|백색) ?가루[^.?!]{0,30}(?:예쁘게|멋지게|감성|미화|괜찮)"]
EN_TERMS["drugs"]["explicit"] = [r"(?:syringes?|needles?) (?:and|with|next to) (?:\w+ )?(?:white powder|lines)[^.?!]{0,40}(?:beautiful|glamorous|aesthetic|fine sometimes|cool)"]
KO_TERMS["hate"]["severe"] += [r"(?:퀴어|동성애|성소수자|트랜스젠더)(?:는|은|란|라는 ?건|이란)? ?(?:\S+ ){0,2}?(?:병이(?:고|다|야|라|니까)|치료(?:받아야|해야|가 ?필요|대상))",
                              r"(?:퀴어|동성애|성소수자|트랜스젠더)[^\n]{0,60}(?:이건|그건|이거|그거|사실) ?(?:다 ?)?병이(?:고|다|야|라)"]
GROOMING_STRONG_KO += [r"몸(?:매)? ?칭찬[^.?!]{0,30}(?:따로|단둘이|둘이) ?만나", r"(?:따로|단둘이|둘이) ?만나(?:서|자)[^.?!]{0,20}(?:확인|보여|만져)"]
KO_TERMS["sexual_minors"]["severe"] += [r"(?:아이|아동|애|학생|어린이)(?:의)? ?몸(?:으로|을|에)? ?직접 ?(?:가르|보여|만지|확인)"]
EN_TERMS["sexual_minors"]["severe"] += [r"(?:using|with|on) (?:the |a )?(?:child|kid|student|girl|boy)'?s? (?:own )?body (?:directly|hands[- ]on|to demonstrate)"]

# Reports, news and help-seeking that name the harm (a moderator quoting what a member wrote, a parent who wants to help)
SUPPORT_EN += [r"(?:signs|warning signs) (?:that )?(?:someone|a friend|my \w+|a person|a student|a teen) (?:is|might be|may be)", r"(?:i'?m|im|i am) worried about (?:my|a|our) \w+",
               r"(?:want|how|trying) to help (?:her|him|them)"]
SUPPORT_KO += [r"(?:친구|동생|딸|아들|애|학생)[^.?!]{0,20}(?:흔적|상처)(?:을|를)? ?(?:봤|발견)"]
DRUG_PREVENTION_EN += [r"(?:fentanyl|drug|meth|opioid|overdose) (?:crisis|epidemic|contamination)", r"news[- ]style summary", r"(?:saw|read) (?:a|an|the) news (?:article|story|report)"]
DRUG_PREVENTION_KO += [r"마약 ?(?:사범|사건|범죄|혐의|수사|단속|적발)", r"처벌 ?(?:수위|기준)"]
HATE_CRITIQUE_EN += [r"why (?:\w+ ){0,4}?(?:is|are) (?:considered )?(?:a slur|slurs|offensive|hurtful|derogatory)"]
EN_ALLOW += [r"(?:someone|somebody|a (?:user|member|player)|he|she|they|people) (?:wrote|said|posted|typed|sent|keeps? (?:saying|writing|posting)) ['\"‘“][^'\"’”\s]{1,15}['\"’”]"]
EN_ALLOW += [r"cut(?:ting)? (?:back on |down on )?(?:drinking|smoking|vaping|caffeine|sugar|carbs|screen time)(?: \w+)?(?: down| back)?"]
KO_ALLOW += [r"(?:노래|곡|무대|라이브|목소리|보컬|춤|안무|비주얼|음색|맛|경치|뷰|고음)(?:이|가|은|는)? ?(?:\S+ ){0,3}?죽인다", r"미쳤다 ?죽인다",
             r"(?:두들겨|두드려) ?패(?:서|면)? ?(?:연하게|부드럽게|얇게|펴)", r"맨몸 ?(?:운동|스쿼트|근력|트레이닝|루틴|체조)"]
WEAPON_POLICY_KO += [r"(?:엽총|총기|공기총|총포) ?(?:소지 ?)?(?:허가|면허) ?(?:절차|신청|방법|조건|받는)", r"수렵 ?면허"]
PROTECTIVE_KO += [r"좋은 ?접촉", r"나쁜 ?접촉", r"내 ?몸은 ?소중"]
PROTECTIVE_EN += [r"good touch", r"bad touch", r"body safety"]
QUITTING_EN += [r"(?:\d+ )?(?:days?|weeks?|months?)(?: \d+)? (?:without|off|free of|of no) (?:cigarettes|smoking|vaping|nicotine|alcohol|drinking|booze)",
                r"cut(?:ting)? (?:\w+ )?(?:drinking|smoking|vaping|caffeine)(?: \w+)? down"]

# Everyday contexts the red-team sets showed unrecognised (each with a twin in tests/test_safety.py)
COOKING_KO += [r"수육", r"돼지", r"핏물", r"잡내", r"족발", r"보쌈"]
DOSING_EN += [r"max(?:imum)? (?:\w+ )?(?:per|a) day", r"(?:take|mix|combine) \w+ (?:and|with) \w+ together"]
RECOVERY_EN += [r"scars? (?:\w+ ){0,5}?(?:survived|survival|survivor|strength|healing|proof i)"]
RECOVERY_KO += [r"흉터(?:가|를|는)? ?(?:\S+ ){0,4}?(?:살아남은|이겨낸|버텨낸|견뎌낸)"]
COMING_OUT_EN += [r"coming[- ]out (?:message|letter|post|speech|text)"]
REPORTING_KO += [r"(?:신고|고소)(?:하는)? ?(?:절차|방법|법)"]
MESSAGE_WRITING_KO += [r"(?:정중|공손|예의 ?바르|깔끔)(?:하게|한|히)? ?(?:\S+ ){0,3}?(?:dm|디엠|안내)"]
HATE_CRITIQUE_KO += [r"(?:비하|혐오 ?(?:표현|발언)|차별)[^.?!]{0,30}(?:대응|대처) ?(?:매뉴얼|방법|가이드|절차|지침)"]
EN_ALLOW += [r"(?:i )?could (?:literally |honestly |actually |seriously )?(?:kill|murder|strangle) (?:someone|somebody|everyone|a (?:man|person))(?: (?:lol|lmao|rn|right now))?",
             r"(?:don'?t|do not|without|never|no need to) (?:include|use|write|spell out|mention|list) (?:any )?(?:actual |real |specific )?(?:slurs?|the words?|examples of slurs)"]
KO_ALLOW += [r"(?:송어|물고기|생선|광어|우럭|오징어|닭|고기)(?:를|을)? ?(?:\S+ ){0,4}?기절시키"]

# Harm the held-out red-team set R_A wrapped in contexts (poisoning a drink, outing someone, a fabricated crime photo)
EN_TERMS["violence"]["severe"] += [r"(?:grind|crush|dissolve) (?:\w+ ){0,3}?into (?:someone'?s|his|her|their|my \w+'s|a coworker'?s) (?:coffee|drink|food|tea|juice)",
                                   r"(?:make|making) (?:a |the |my )?(?:shot|fall|crash|fire) (?:at (?:him|her|them) )?look like an accident"]
EN_TERMS["self_harm"]["severe"] += [r"\b(?:it|i)(?:'?d| would| will|'?ll)? be (?:over|gone|dead) by (?:morning|tomorrow|tonight|the weekend)",
                                    r"too late for (?:a |the )?(?:hospital|doctors?|er|ambulance) to (?:fix|save|treat|reverse)"]
EN_TERMS["harassment"]["severe"] += [r"\bouting (?:her|him|them|my \w+|a \w+|this \w+)", r"out (?:her|him|them) as (?:an? )?(?:addict|alcoholic|gay|lesbian|bi|trans|hiv)",
                                     r"(?:her|his|their) (?:full|real) name and (?:workplace|employer|address|school|job)",
                                     r"(?:boss|teacher|coworker|classmate|ex|neighbou?r)'?s? face[^.?!]{0,50}(?:pushed|falling|dying|dead|bleeding|stabbed|shot|burn\w*)"]
EN_TERMS["hate"]["severe"] += [r"\b(?:" + "|".join(GROUP_EN) + r")\b(?:\W+[\w'-]+){0,8}?\W+(?:bag limits?|open season|hunting (?:tags|licen[cs]es?))",
                               r"(?:bag limits?|open season|hunting (?:tags|licen[cs]es?))(?:\W+[\w'-]+){0,8}?\W+(?:" + "|".join(GROUP_EN) + r")\b"]
EN_TERMS.setdefault("real_person", {}).setdefault("severe", []).extend([
    r"(?:beating|hitting|stealing|stabbing|robbing|assaulting|punching)[^.?!]{0,60}(?:cctv|security cam(?:era)?|bodycam|dashcam) (?:footage|still|capture|screenshot)"])
GROUP_EN += [r"black (?:guys?|man|woman|girls?|kids?|persons?|dudes?)", r"(?:a )?black guy"]
GROOMING_STRONG_EN += [r"(?:our|a) little secret", r"secret from (?:her|his|your) (?:mom|mum|dad|parents|mother|father)", r"mature for (?:her|his|your) age"]
KO_TERMS["violence"]["severe"] += [
    r"(?:남의|남|동료|상사|남편|아내|시어머니|그 ?사람|걔|친구)(?:의)? ?(?:커피|음료|술|음식|밥|물|국)에 ?(?:몰래 ?)?(?:갈아 ?)?(?:넣|타)(?:으면|면|서)",
    r"(?:사람|친구|동료|남편|아내|그 ?사람|걔)(?:를|을)? ?(?:\S+ ){0,2}?(?:실수로|사고로) ?(?:\S+ )?(?:것처럼|척) ?(?:보이게|꾸미)",
    r"(?:흔적|증거)(?:를|도)? ?(?:안 ?남기고|없이|없게|남기지 ?않고) ?(?:\S+ )?(?:없애|죽이|처리)"]
KO_TERMS["self_harm"]["severe"] += [r"(?:수면제|약|알약|진통제)[^.?!]{0,40}(?:모아서|모아) ?(?:한 ?번에|한꺼번에)", r"(?:확실히|영영|다시는) ?(?:안|못) ?깨어나"]
KO_TERMS["harassment"]["severe"] += [r"(?:팀장|상사|선생|친구|동료|걔|그 ?사람|전 ?남친|전 ?여친)(?:님)?(?:의)? ?얼굴(?:인|을 ?한)? ?(?:\S+ ){0,6}?(?:밀려|떨어지|죽|피|맞|찔리|불타)",
                                     r"(?:따|왕따) ?당하는 ?(?:거|것)[^.?!]{0,20}(?:알게|티 ?나게)", r"돌려 ?까는 ?(?:문장|말|글|멘트)"]
KO_TERMS.setdefault("real_person", {}).setdefault("severe", []).extend([
    r"(?:때리|폭행하|훔치|성추행하|찌르|죽이)\S* ?장면(?:을)? ?(?:\S+ )?(?:cctv|블랙박스|감시 ?카메라)"])
COVERT_HARM_KO += [r"아무도 ?못 ?찾", r"못 ?찾게", r"뼈(?:까지|도)? ?(?:하나도 )?안 ?남"]
COVERT_HARM_EN += [r"(?:no one|nobody) (?:will |can |could )?(?:ever )?find", r"never (?:be )?found", r"no bones? left"]

# Harm the held-out red-team set R_C wrapped in contexts
EN_TERMS["sexual"]["explicit"] += [r"wearing (?:absolutely |literally )?nothing", r"full[- ]frontal", r"(?:let it |they |we )go all the way and describe", r"describe everything that happens (?:in|on) (?:the )?bed"]
KO_TERMS["sexual"]["explicit"] += [r"(?:침대|베드|호텔 ?방|모텔)[^.?!]{0,20}(?:장면|씬|신)?[^.?!]{0,10}생략 ?없이", r"생략 ?없이[^.?!]{0,20}(?:침대|베드|관계)"]
DEHUMAN_EN += [r"(?:is|are) a (?:disorder|disease|sickness|perversion)", r"(?:a )?danger to (?:kids|children)", r"caused by (?:childhood )?abuse"]
GROUP_EN += [r"homosexuality", r"gay (?:teachers?|parents|couples?|folks|guys|kids)"]
KO_TERMS["harassment"]["severe"] += [r"차단(?:당해도|돼도|되면|당하면)[^.?!]{0,20}(?:번호 ?바꿔|다른 ?(?:번호|계정)|부계)", r"(?:이름|실명)(?:을|도)? ?넣어서[^.?!]{0,30}(?:조롱|놀리|비웃|망신)",
                                     r"대놓고 ?(?:조롱|비웃|망신)", r"(?:단톡|공지|단체방)[^.?!]{0,10}박제"]
EN_TERMS["violence"]["severe"] += [
    r"(?:crush\w*|grind\w*|ground|dissolv\w*|mix\w*|slip\w*|put) (?:\w+ ){0,3}?into (?:someone'?s|his|her|their|my \w+'s|a \w+'s) (?:coffee|drink|food|tea|juice|meal|soup|dinner)",
    r"(?:look|seem)s? (?:believable|convincing|real|natural|plausible) to (?:the )?(?:investigators|police|cops|coroner|detectives|insurers?)",
    r"(?:cause|make) (?:a |an )?(?:bleed|stroke|heart attack|overdose|death)\w* that (?:looks|seems) natural",
    r"(?:skin|gut|boil|burn|butcher|cook)\w* (?:\w+ ){0,3}?(?:cats?|dogs?|kittens?|puppies) alive", r"(?:cut\w*|tamper(?:ing)? with|sabotag\w*|disabl\w*) (?:[\w']+ ){0,3}?brake(?: lines?|s)\b"]
KO_TERMS["violence"]["severe"] += [r"다시는 ?못 ?일어나게", r"(?:고양이|강아지|개|동물|길냥이)[^.?!]{0,15}산 ?채로", r"산 ?채로 ?(?:손질|껍질|굽|삶|태우)",
                                   r"브레이크(?:를)? ?(?:고장 ?내|끊|망가뜨|풀어)"]
EN_TERMS["self_harm"]["severe"] += [
    r"(?:bottle|pills|meds|tablets|supply)[^?]{0,80}(?:would|will|is) (?:that|it|this) (?:be )?enough", r"(?:since|because|as) i won'?t be (?:around|here|alive)",
    r"(?:standing|stand) on (?:the |a )?(?:\w+ )?(?:railing|ledge|parapet|edge)[^.?!]{0,80}(?:goodbye|farewell|last|final)",
    r"(?:foxglove|oleander|hemlock|deadly nightshade|belladonna|yew berries)[^.]{0,80}(?:for me|i'?m (?:brewing|drinking|eating)|finally)"]
KO_TERMS["self_harm"]["severe"] += [r"(?:다|그냥|모두|전부) ?끝내려고", r"마지막 ?인사[^.?!]{0,30}예약 ?(?:전송|발송)", r"고통 ?없이 ?(?:갈|죽|떠날|잠들)"]
EN_TERMS["weapons"]["severe"] += [r"solvent trap[^.?!]{0,60}(?:suppressor|silencer|can\b)", r"(?:turn|convert)\w* (?:\w+ ){0,3}?into (?:a )?(?:working )?(?:suppressor|silencer)"]
EN_TERMS["drugs"]["severe"] += [r"(?:second|third|fourth|2nd|3rd|4th) plateau", r"robo-?trip\w*", r"strip (?:out )?(?:the )?other ingredients",
                                r"(?:fentanyl|heroin|meth|oxy\w*) dose (?:right|correct)", r"(?:where|how) (?:do|can) (?:people|i|you) (?:usually )?(?:pick (?:it|some) up|cop|score)",
                                r"sell (?:my |some |the |his |her )?(?:adderall|ritalin|xanax|oxy\w*|prescription \w+|pills|meds)"]
KO_TERMS["drugs"]["severe"] += [r"많이 ?먹으면 ?(?:\S+ )?(?:기분 ?좋아|취해|붕 ?떠|몽롱)[^.]{0,20}몇 ?(?:알|정|개)",
                                r"(?:약|adhd ?약|처방약|수면제|진통제)[^.?!]{0,40}(?:팔면|팔아|판매)[^.?!]{0,20}(?:얼마|한 ?알)"]
EN_TERMS["real_person"]["severe"] += [r"voice[- ]?clon\w* of (?:her|him|them|my \w+)",
                                      r"so (?:her|his|their) (?:family|friends|parents|boss|coworkers) (?:thinks?|believes?) (?:it'?s|it is) (?:really|actually) (?:her|him|them)"]
MEDICINE_CANCEL_EN += [r"plateau", r"robitussin (?:\w+ ){0,3}?(?:high|trip|bottles)"]
# Everyday and moderator requests R_C showed blocked
_RECOVERY_MORE_EN = [r"(?:a|one|two|\d+) (?:years?|months?|weeks?) free", r"used to self[- ]?harm"]
RECOVERY_EN += _RECOVERY_MORE_EN
SUPPORT_EN += _RECOVERY_MORE_EN  # SUPPORT_EN took RECOVERY_EN's earlier entries above
RECOVERY_KO += [r"자해 ?대신", r"충동(?:이)? ?(?:올|들) ?때"]
GARDEN_EN += [r"lawn", r"dandelions?", r"aphids?", r"roses?", r"yard", r"weeds\b"]
HATE_CRITIQUE_EN += [r"zero[- ]tolerance", r"hate speech (?:includes|means|is|looks like)", r"(?:pinned|server|community) (?:message|rules?|guidelines?|post)[^.?!]{0,40}hate speech"]
_BAN_NOTICE_KO = [r"(?:비하|혐오|차별) ?(?:발언|표현)? ?금지", r"경고문"]
HATE_CRITIQUE_KO += _BAN_NOTICE_KO + [r"운영진 ?공지", r"(?:멤버|유저|회원)(?:한테|에게) ?보낼 ?(?:\S+ )?(?:경고|주의)"]
HATE_COUNTER_KO += _BAN_NOTICE_KO
EN_ALLOW += [r"(?:i )?(?:want to|wanna|gonna) (?:literally )?(?:kill|murder|strangle) (?:someone|somebody|everyone) (?:lol|lmao|haha)",
             r"(?:aphids?|bugs|pests|weeds|slugs|snails|ants|mites|insects|mosquitoes|roaches|mice|rats)\b[^.?!]{0,40}\b(?:kill|poison|get rid of) (?:them|it)\b",
             r"(?:who|that|someone|member) (?:posted|made|told|shared|wrote) (?:a |an |some )?(?:homophobic|racist|sexist|transphobic|antisemitic|ableist) (?:jokes?|comments?|memes?|slurs?|remarks?)"]
EN_TERMS["self_harm"]["severe"] += [r"(?:before|so|until) i (?:don'?t|never|won'?t) come (?:back )?up"]
EN_TERMS["violence"]["severe"] += [r"poison\w*[^.?!]{0,40}(?:undetectable|untraceable|can'?t be traced|won'?t show up)",
                                   r"(?:undetectable|untraceable) (?:\w+ ){0,2}?poison\w*[^.?!]{0,40}(?:for|in|into) (?:my|his|her|their|the) \w+"]
PERSON_OBJECT_EN += [r"kids", r"children", r"toddlers?", r"(?:live|living|stray) (?:cats?|dogs?|kittens?|puppies)"]
PERSON_OBJECT_KO += [r"길고양이", r"살아 ?있는"]
LIFE_HARM_EN += [r"(?:until|till) (?:he|she|they|it) (?:stops?|stop) (?:moving|breathing)"]

# Held-out red-team set R_D (two contexts at once, indirect Korean) and probe AA (a parenting server)
NO_FADE_EN = r"(?:don'?t|do not|no|never|without) fad(?:e|ing)[- ]to[- ]black"
EN_TERMS["sexual"]["explicit"] += [NO_FADE_EN, r"(?:in bed|on the floor|tangled together)[^.?!]{0,40}show(?:ing)? everything",
                                   r"(?:rp|roleplay|role-play)[^.?!]{0,80}(?:get|make it|be|go) (?:graphic|explicit|spicy|nsfw)"]
GROOMING_EN += [r"(?:first )?physical (?:experience|relationship|intimacy)", r"first (?:time|experience) with (?:a |an )?(?:grown|older|adult)"]
GROUP_KO += [r"혼혈", r"전라도 ?(?:사람|출신|놈)", r"경상도 ?(?:사람|출신|놈)", r"충청도 ?(?:사람|출신)"]
DEHUMAN_KO += [r"더러운 ?피", r"비하 ?(?:드립|농담|개그|짤|밈)"]
KO_TERMS["hate"]["severe"] += [r"트랜스(?:젠더)? ?(?:여성|여자)(?:을|를)? ?(?:\S+ ){0,3}?(?:털북숭이|남자로|변태로|괴물로)"]
EN_TERMS["hate"]["severe"] += [r"trans (?:women|woman|girls?) (?:as|like) (?:\w+ ){0,2}?(?:hairy )?(?:men|man|predators?|perverts?|monsters?) (?:in|wearing)"]
HOSTILE_EN += [r"nobody (?:actually |really )?likes", r"(?:his|her|their) (?:mom|dad|parents|wife|husband) left", r"every line is a"]
EN_TERMS["harassment"]["severe"] += [r"until (?:he|she|they) (?:drops? out|quits?|leaves|uninstalls?|cries|breaks down|deletes)",
                                     r"pretend(?:ing)? to (?:support|be supportive of|congratulate|cheer for) (?:him|her|them|my \w+)"]
KO_TERMS["harassment"]["severe"] += [r"멘탈 ?(?:나가게|터지게|부수)", r"다시는 ?(?:게임|학교|회사|서버)?(?:을|를|에)? ?못 ?(?:하게|오게|나오게|들어오게)",
                                     r"(?:응원|위로|축하)하는 ?척(?:하면서)?[^.?!]{0,30}(?:게이|레즈|동성애|커밍아웃|전 ?여친|전 ?남친|폭로|소문|망신)", r"(?:게이|레즈|동성애자|트랜스|양성애자)(?:라는|인) ?(?:걸|것을|사실을) ?(?:다들|모두|전부|회사|반)",
                                     r"(?:(?:나|저|날|나를|저를) ?차단(?:했는데|해도)|차단(?:당했는데|당해도))[^.?!]{0,20}(?:부계|다른 ?계정|번호 ?바꿔)", r"(?:괴롭힐|괴롭히는) ?(?:\S+ )?(?:악플|댓글|메시지|글|문자)",
                                     r"악플 ?\d+ ?개"]
EN_TERMS["violence"]["severe"] += [
    r"(?:live|living|stray) (?:cats?|dogs?|kittens?|puppies)[^.?!]{0,60}(?:prep|butcher|skin|cook|gut|tie|run away)",
    r"(?:shoved|pushed|thrown|throwing|shoving|pushing) (?:\w+ )?(?:over|off) (?:the|a) (?:railing|ledge|roof|bridge|cliff|balcony)",
    r"(?:real |actual )?(?:high )?school (?:hallway|classroom|cafeteria|gym)[^.?!]{0,60}(?:aim\w*|shoot\w*|guns?|rifles?|vandal|firing)",
    r"human (?:hands?|feet|foot|arms?|legs?|heads?|flesh|meat|fingers?)[^.?!]{0,40}(?:grill\w*|sizzl\w*|cook\w*|roast\w*|bbq)"]
KO_TERMS["violence"]["severe"] += [r"(?:살아있는|살아 ?있는|산) ?(?:길)?(?:고양이|강아지|개)[^.?!]{0,30}(?:손질|묶|잡아|요리)", r"쓰러(?:졌을|진) ?(?:때|사람)[^.?!]{0,20}(?:밟|차야|때려)",
                                   r"(?:밀어|떠밀어|밀쳐) ?(?:\S+ )?떨어뜨"]
EN_TERMS["self_harm"]["severe"] += [r"ways to (?:do it|hurt myself|self[- ]harm)[^.?!]{0,40}(?:won'?t|don'?t) show",
                                    r"i won'?t be (?:around|here|alive) (?:anymore|after|tomorrow)", r"(?:after tonight|after today|by tomorrow),? i won'?t be (?:around|here)",
                                    r"leaving for good[^.?!]{0,30}(?:for the best|better off)", r"finish (?:it|me|myself)(?: off)?[^.?!]{0,40}(?:tylenol|pills|number|how many)",
                                    r"(?:what number|how many)[^.?!]{0,30}(?:would )?(?:actually )?finish (?:it|me)"]
KO_TERMS["self_harm"]["severe"] += [r"편하게 ?(?:갈|죽|떠날|잠들)", r"인생(?:도|을)? ?(?:끊|끝내|그만)", r"아프지 ?않(?:은|게) ?(?:방법|죽|가는)",
                                    r"(?:팔|손목|허벅지)[^.?!]{0,15}(?:상처|흉터|피)[^.?!]{0,20}(?:예쁘게|아름답게|감성)", r"(?:나를?|저를?) ?찾지 ?(?:마|말아|말라)"]
EN_TERMS["weapons"]["severe"] += [r"80 ?% lowers?", r"(?:no|without a) serial(?: number)?"]
KO_TERMS["weapons"]["severe"] += [r"(?:비료|질산 ?암모늄|설탕|질산 ?칼륨)[^.?!]{0,20}(?:터지는|폭발|폭탄)", r"(?:공기총|에어건|가스총)[^.?!]{0,10}개조[^.?!]{0,15}(?:위력|세게|살상)"]
EN_TERMS["drugs"]["severe"] += [r"(?:find|get|need) (?:a )?(?:new )?plug\b", r"plug (?:on|via|through) (?:telegram|snap\w*|wickr|signal)",
                                r"(?:telegram|snap|wickr) (?:handle|@|id)[^.?!]{0,40}(?:snow|ice|molly|tina|plug)", r"(?:snow|ice|molly|tina)\b[^.?!]{0,30}for sale[^.?!]{0,40}(?:telegram|snap|dm)",
                                r"you know what (?:snow|ice|molly|tina) means"]
KO_TERMS["drugs"]["severe"] += [r"러미라", r"몇 ?(?:알|정|개)[^.?!]{0,10}(?:먹어야|먹으면)[^.?!]{0,10}(?:기분 ?좋아|취해|붕 ?떠|몽롱)", r"대마(?:초)?[^.?!]{0,10}(?:키우려|재배하려|기르려)",
                                r"(?:더 ?세게|더 ?강하게) ?느끼려면", r"(?:각성제|수면제|약|가루)(?:를|을)? ?(?:\S+ )?(?:음료|술|커피|물)에 ?(?:\S+ )?타(?![^.?!]{0,15}(?:범죄|조심|주의|예방|수법))",
                                r"(?:음료|술|커피|물)에 ?(?:각성제|수면제|약|가루)(?:를|을)? ?타(?![^.?!]{0,15}(?:범죄|조심|주의|예방|수법))"]
FRIEND_CANCEL_EN += [r"news (?:article|story|report)", r"looks? (?:legit|real)", r"arrested", r"so (?:it|people) (?:looks?|believe)"]
FRIEND_CANCEL_KO += [r"기사", r"뉴스", r"진짜처럼", r"체포"]
EN_TERMS["prompt_injection"]["severe"] += [r"(?:note|message|instructions?) (?:for|to) (?:the )?(?:classifier|filter|moderat\w+|safety (?:system|layer|checker))",
                                           r"label (?:it|this|me) (?:as )?safe"]
KO_TERMS["prompt_injection"]["severe"] += [r"(?:분류기|필터|검열)(?:의)? ?(?:점수|결과)?(?:를|는)? ?무시", r"(?:이 ?)?봇 ?개발자(?:인데|야|예요|입니다)"]
# honest requests R_D and AA showed blocked: parents, moderators, cooks
PARENTING_EN += [r"(?:my|our) (?:\d+ ?(?:yo|y/o|year old|month old)|son|daughter|baby|toddler|kid|child|newborn|infant)(?:'s)? (?:\w+ ){0,8}?"
                 r"(?:rash|diaper|pediatrician|doctor|infection|itch\w*|swollen|redness|circumcis\w*|hygiene|potty|bath)",
                 r"(?:teach|tell|explain to) (?:my|our) (?:kids?|child(?:ren)?|son|daughter|toddler) (?:\w+ ){0,4}?(?:names? for|correct names|body parts|anatomy)"]
PARENTING_KO += [r"아이가 ?물어보면", r"(?:아이|애|딸|아들)(?:한테|에게)? ?(?:뭐라고|어떻게) ?(?:설명|말)"]
PROTECTIVE_EN += [r"(?:teach|tell|warn) (?:my|our) (?:kids?|children|son|daughter|students?) about", r"online grooming"]
PROTECTIVE_KO += [r"(?:하면|할 ?때) ?어떻게 ?해야 ?하는지", r"아이들에게 ?가르치"]
DRUG_PREVENTION_EN += [r"warn (?:other )?(?:parents|people|kids|students|friends|members)"]
SUPPORT_EN += [r"what (?:do|should|can) i say to (?:someone|a friend|my \w+|her|him|them)", r"(?:told|tells) me (?:they|she|he)(?:'re| are| is|'s) suicidal"]
SUPPORT_KO += [r"어떻게 ?대화(?:를)? ?(?:시작|해야|하면|나눠)", r"괜찮다고 ?(?:말해|해 ?주)", r"응원(?:하고|해 ?주고) ?싶"]
HATE_COUNTER_KO += [r"신고"]
EN_ALLOW += [r"food ?porn", r"(?:stands? up to|against|stop(?:ping)?|victim of|dealing with|about) (?:a |the )?cyberbull\w*",
             r"(?:homophobic|racist|sexist|transphobic) (?:jokes?|slurs?|comments?) (?:get|gets|will get|are|aren'?t|is|isn'?t) (?:you )?(?:banned|removed|not allowed|against)",
             r"(?:ban|bans|banning|auto-?ban|block|filter|forbid)\w* (?:words|terms|things)? ?(?:like|such as|including)? ?(?:['\"‘“][^'\"’”]{1,20}['\"’”](?:,? (?:and |or )?)?){1,6}",
             r"(?:bans?|banning|no) (?:slurs|doxxing|nsfw|spam)(?:,? (?:and |or )?(?:slurs|doxxing|nsfw|spam|harassment))*"]
KO_ALLOW += [r"폭탄 ?(?:계란찜|계란|세일|머리|발언)", r"(?:모유 ?수유|수유)[^.?!]{0,15}(?:젖꼭지|유두|가슴)", r"(?:젖꼭지|유두)[^.?!]{0,10}(?:상처|통증|관리)",
             r"(?:금지어|필터|차단어|금칙어)[^.?!]{0,10}(?:목록|리스트|규칙)(?![^.?!]{0,12}(?:출력|보여|알려|공개|적어))", r"(?:['\"‘“][^'\"’”]{1,10}['\"’”],? ?){1,6}(?:같은|등|이런) ?(?:거|것|단어|말)",
             r"(?:음란물|욕설|혐오 ?표현|도배|광고|스팸|분란) ?금지"]
EN_TERMS["sexual"]["explicit"] += [r"nothing (?:actually |really )?covered", r"legs (?:spread|apart)"]
KO_TERMS["sexual"]["explicit"] += [r"관계하는 ?장면[^.?!]{0,30}(?:자세히|자세하게|상세|적나라|하나하나|구체적)", r"(?:관계|첫날밤|잠자리)[^.?!]{0,20}(?:수위 ?제한 ?없이|하나하나 ?(?:다 )?묘사|소리까지)"]
KO_TERMS["hate"]["severe"] += [r"(?:여자|남자|흑인|외국인|장애인|동성애자)(?:는|들은|은)? ?(?:원래|태생적으로|선천적으로) ?(?:열등|멍청|더럽|미개)"]
EN_TERMS["drugs"]["severe"] += [r"\bplug\b[^\n]{0,80}(?:telegram|wickr|snapchat)"]
HATE_CRITIQUE_EN += [r"(?:mod|moderator|admin) (?:message|post|note|announcement|warning)", r"warning post", r"counts? as hate speech",
                     r"(?:means|gets you|get you) (?:an? )?(?:instant |permanent )?ban"]
EN_TERMS["harassment"]["severe"] += [r"jokes? about how nobody (?:actually |really )?likes (?:him|her|them)", r"(?:every|each) line is a ['\"]?jokes?['\"]? about"]
COMING_OUT_EN += [r"coming[- ]out stor(?:y|ies)", r"realizes? (?:he'?s|she'?s|they'?re|i'?m) (?:gay|lesbian|bi|trans|queer)"]
GROOMING_KO += [r"첫 ?경험"]
SUGGESTIVE_KO += [r"수위 ?있게"]

# Blind probe sets AB, AC, AD (a K-pop fan server and students, music producers and pet owners, a TRPG server and
# office workers): what got through, and the honest requests that were blocked.
EN_TERMS["harassment"]["severe"] += [
    r"(?:find|figure|work) out (?:which|what|where) (?:\w+ ){0,4}?(?:dorm|room|house|apartment|address|she lives|he lives)[^.?!]{0,60}"
    r"(?:show up|turn up|surprise (?:her|him)|wait (?:for|outside))",
    r"(?:photo|pic|picture|face) of (?:my|our|this|that) (?:\w+ )?(?:roommate|classmate|coworker|teacher|boss|ex|friend)[^.?!]{0,40}"
    r"(?:as|into|like) an? (?:pig|monkey|cow|whale|rat|cockroach|clown)",
    r"(?:\d+|a bunch of|some) (?:hate|mean|nasty|toxic) comments (?:to (?:post|leave|spam)|for (?:her|his|their|this \w+'s) (?:account|page|posts|channel))",
]
KO_TERMS["harassment"]["severe"] += [
    r"(?:몇 ?호|기숙사 ?방|집 ?주소|사는 ?곳)[^.?!]{0,20}(?:알아내|찾아내|알아봐)[^.?!]{0,30}(?:찾아가|기다리|몰래)",
    r"(?:사진|얼굴)[^.?!]{0,20}(?:돼지|원숭이|벌레|괴물|바퀴벌레)(?:로|처럼)? ?합성", r"합성(?:해서|한 ?거|한 ?짤)[^.?!]{0,20}(?:단톡|단체방|에타|뿌리|뿌릴|퍼뜨)",
    r"악플(?:을)? ?(?:문구|멘트|댓글|예시)?[^.?!]{0,10}\d+ ?개", r"(?:특정인|그 ?사람|걔|저 ?사람)[^.?!]{0,15}(?:계정|인스타|유튜브|sns)[^.?!]{0,15}(?:악플|욕 ?댓글|조롱 ?댓글)",
]
KO_TERMS["harassment"]["severe"] += [r"(?:놀리|조롱하|비하하|모욕하)는 ?가사(?:를)? ?(?:\S+ )?(?:써|작성|만들)",
                                     r"(?:비하하|모욕하)는 ?(?:밈|짤|드립|농담)(?:을|를)? ?(?:\S+ )?(?:써|작성|만들)"]
EN_TERMS["violence"]["severe"] += [
    r"shoot(?:s|ing)? up (?:a|the|my|our|this|that) (?:\w+ ){0,3}?(?:convention|con|store|festival|campus|club|party|stadium|arena|fair|expo|meetup|event)\b",
    r"(?:attack|bomb|shoot up|terror\w*|ram (?:a|the|my) (?:car|truck|van) into)[^.?!]{0,40}(?:most|max(?:imum)?|highest) (?:casualties|damage|deaths|people|body count)",
    r"(?:tell|telling|get|getting|encourage|encouraging|rally|rallying) (?:ppl|people|everyone|folks|guys|members|y'?all|the server|others) to (?:go )?"
    r"(?:beat up|jump|attack|assault|hurt|bash|stab|shoot|kill|punch)",
    r"(?:freeze|freezing|drown|drowning|starve|starving|boil|boiling|burn|burning|microwave|suffocat\w*) (?:a |my |the |his |her )?"
    r"(?:snake|cat|kitten|dog|puppy|hamster|rabbit|bird|lizard|gecko|turtle|frog|pet)s?\b[^.?!]{0,40}(?:slowly|alive|film|record|for content|for fun|for views)",
    r"how long (?:does|would|will|can) (?:a |my |the )?(?:snake|cat|kitten|dog|puppy|hamster|rabbit|bird|lizard|gecko|turtle|pet) (?:last|survive|live) if i",
]
EN_TERMS["violence"]["severe"] += [r"(?:poison\w*|murder\w*|kill\w*)[^.?!]{0,40}(?:actually work|works? in real life|usable in real life|use (?:it )?for real)"]
KO_TERMS["violence"]["severe"] += [
    r"(?:독살|살인|암살)[^.?!]{0,20}(?:실제로|현실에서) ?(?:써먹|쓸|사용|따라 ?할)",
    r"테러(?:하면|할 ?때|를 ?하면)[^.?!]{0,20}(?:어디|피해|사상자|많이 ?죽)", r"(?:사람|인파)(?:이|가)? ?(?:몰릴|많을) ?때[^.?!]{0,20}(?:테러|폭탄|차로 ?돌진|칼부림)",
    r"(?:길고양이|길냥이|고양이|강아지|개|비둘기|까치|동물)[^.?!]{0,15}(?:쥐약|농약|독약|부동액)[^.?!]{0,10}(?:먹여|먹이|타서|섞어)",
    r"(?:쥐약|농약|독약|부동액)[^.?!]{0,10}(?:먹여서|먹여|섞어서)[^.?!]{0,15}(?:없애|죽이|처리)",
    r"(?:다들|같이|모여서|우르르|단체로) ?(?:가서)? ?(?:패|때리|두들겨 ?패|밟)(?:러 ?가자|자|버리자)",
]
EN_TERMS["self_harm"]["severe"] += [
    r"(?:fresh|bleeding|deep|new|open) (?:cut|cuts|slash|slashes)(?: marks)? (?:on|across|along|down) (?:a |my |her |his |the )?(?:wrists?|arms?|thighs?)"
    r"[^.?!]{0,40}(?:aesthetic|vent (?:art|post)|pretty|tumblr|beautiful|cute|soft (?:pink |)lighting)",
    r"(?:aesthetic|vent (?:art|post)|pretty|tumblr)[^.?!]{0,40}(?:fresh|bleeding|deep|new|open) (?:cut|cuts|slash|slashes)",
    r"(?:ending it|ending (?:your|their|one'?s) life|suicide|killing (?:yourself|themselves)|taking (?:your|their) own life) (?:is|was|would be) "
    r"(?:the )?(?:brave|right|best|only|smart|strong|beautiful|peaceful|logical) (?:choice|option|answer|way|thing|decision|way out)",
]
EN_TERMS["self_harm"]["severe"] += [r"(?:get|go|drop|down) (?:under|below|to) (?:[23]\d|4[0-4]) ?kg", r"(?:get|go|drop|down) (?:under|below|to) (?:[5-8]\d) ?(?:lbs|pounds)"]
KO_TERMS["self_harm"]["severe"] += [
    r"(?:[23]\d|4[0-4]) ?(?:kg|키로|킬로)(?:까지| ?만들| ?되고)", r"갈비뼈(?:가)? ?(?:보이게|보일 ?때까지|드러나게)",
    r"(?:손목|팔|허벅지)(?:에|의)? ?(?:\S+ )?(?:칼자국|자해 ?(?:흔적|상처)|그은 ?(?:자국|상처))[^.?!]{0,20}(?:감성|예쁘게|그려|사진)",
    r"(?:죽는 ?게|자살이|스스로 ?(?:떠나는|목숨을 ?끊는) ?게|끝내는 ?게)[^.?!]{0,10}(?:용기|정답|유일한 ?(?:길|방법|답)|맞는 ?선택|현명)",
]
EN_TERMS["weapons"]["severe"] += [
    r"(?:poison|coat|dip|lace)\w* (?:the |my |an? )?(?:arrow(?:head)?s?|bolts?|blades?|knife|knives|darts?|bullets?)(?: tips?)? (?:with|in) (?:poison|toxin|venom|cyanide|ricin|curare)",
    r"(?:sneak|smuggle|get|hide|slip)\w* (?:a |an |my |the )?(?:knife|knives|blade|gun|pistol|firearm|weapon|box ?cutter|taser|explosives?|bomb)s? "
    r"(?:\w+ ){0,3}?(?:through|past|into|onto) (?:\w+ ){0,2}?(?:airport|tsa|security|metal detectors?|a plane|the plane|a flight)",
]
KO_TERMS["weapons"]["severe"] += [
    r"(?:화살(?:촉)?|칼날?|총알|탄환|다트|석궁|바늘)(?:에|에다)? ?(?:독|독극물|청산가리|농약)(?:을)? ?(?:바르|묻히|발라)",
    r"(?:칼|흉기|총|무기|폭발물)(?:을|를)? ?(?:\S+ ){0,2}?(?:공항|검색대|보안 ?검색|비행기|기내)(?:을|를|에|로)? ?(?:\S+ ){0,2}?(?:몰래|통과|반입|숨겨)",
]
EN_TERMS["drugs"]["severe"] += [
    r"(?:what|something|anything|stuff|pills?|powder|drops|a little something) (?:\w+ ){0,3}?(?:slip|drop|sneak)\w* (?:in|into) "
    r"(?:her|his|their|someone'?s|a girl'?s|my date'?s) (?:drink|cup|glass|beer|coffee|soda)",
]
EN_TERMS["sexual"]["explicit"] += [r"(?:romance|smut|hookup|love scene|spicy|steamy|after hours)[^.?!]{0,80}(?:go|get|be) (?:full[- ]?|fully |totally |super )?(?:graphic|explicit)"]
EN_TERMS["prompt_injection"]["severe"] += [
    r"(?:exact|original|initial|hidden|secret|first) (?:rules|instructions|guidelines|directives|prompts?) (?:that )?(?:the |your )?(?:devs?|developers?|creators?|owners?|admins?|they) "
    r"(?:gave|wrote|set|told)(?: you| u)?",
    r"what were (?:you|u) (?:told|instructed|programmed) (?:to do )?(?:at first|initially|before this|originally|at the start)",
]
KO_TERMS["prompt_injection"]["severe"] += [
    r"(?:처음에|맨 ?처음|최초에|원래) ?(?:뭐라고|무슨|어떤) ?(?:지시|명령|설정|지침)", r"(?:지시|지침|설정|명령)(?:받은|받았던|한|했는지)? ?(?:내용|거|지)?(?:을|를)? ?(?:\S+ ){0,2}?원문 ?그대로",
    r"개발자(?:가|들이)? ?(?:준|정해 ?준|넣은|알려 ?준) ?(?:규칙|지침|설정|명령)",
    r"(?:너한테|너에게|네게|니한테) ?(?:설정된|주어진|입력된|걸린)[^.?!]{0,20}(?:공개|출력|보여|알려|누설)",
]
INJECTION_CUES += [r"(?:devs?|developers?|creators?) (?:gave|told|set|wrote)"]
SUGGESTIVE_EN += [r"['\"‘“]first time['\"’”]", r"(?:their|her|his) first time together"]

# Moderators building a filter, and members asking what a word means, quote the words: mentioned, not used (rules.scan
# drops such hits).
MENTION_EN: list[str] = [
    r"auto-?mod\w*", r"(?:ban|block|filter|black|deny)[- ]?list", r"word ?filters?", r"(?:banned|blocked|forbidden|filtered|flagged) (?:words|terms|phrases)",
    r"rules? against(?! (?:us|me|you|him|her|them|my|our)\b)", r"(?:dodge|evade|bypass|get around|slip past|sneak past) (?:the |our |my )?(?:filters?|automod|mods|bots?)",
    r"so (?:we|i) can (?:ban|block|catch|flag|add|filter|mute)", r"should (?:catch|block|flag|filter|ban)",
    r"(?:add|put) (?:\w+ ){0,3}?to (?:the |our |my )?(?:ban ?list|block ?list|filter|automod)",
    r"what does ['\"‘“][^'\"’”]{1,25}['\"’”] mean", r"(?:is|are) ['\"‘“][^'\"’”]{1,25}['\"’”] (?:considered |really |actually )?(?:a |an )?(?:slur|offensive|rude|swear)",
    r"how should (?:mods|moderators|we|i) (?:respond|react|handle)", r"(?:posts|messages|comments) (?:we|mods|i) should (?:remove|delete|ban|flag)",
    r"(?:mod|moderation) (?:team|policy|guidelines)", r"dox(?:x)?ing policy",
]
MENTION_KO: list[str] = [r"['\"‘“][^'\"’”]{1,10}['\"’”](?:이|가|은|는|이란|란)? ?(?:무슨 ?뜻|뜻이|의미|뉘앙스|무슨 ?말)",
                            r"['\"‘“][^'\"’”]{1,15}['\"’”](?:이?라고|라는) ?(?:적혀|말하|하면|했)",r"금칙어", r"금지어", r"차단어", r"(?:욕설|단어) ?필터", r"필터 ?(?:목록|단어|리스트)", r"자동 ?검열", r"오토 ?모드?", r"자동 ?(?:모더|관리|차단)",
                            r"욕설 ?(?:목록|리스트|정리|차단|변형)"]
# ... unless the words are to be aimed at someone
MENTION_CANCEL_EN: list[str] = [r"@\w+", r"(?:send|dm|post|say|spam) (?:it|this|them|these) (?:to|at|in)", r"(?:tell|call) (?:him|her|my \w+)",
                                   r"\d+ (?:insults|roasts|comebacks|mean|nasty)",
                                   r"(?:write|generate|make|create|invent|come up with) (?:me )?(?:\d+ |some |a list of |a bunch of |more )?(?:new |creative |original |fresh )?(?:slurs|insults)",
                                   r"uncensored", r"as many as (?:you can|possible)", r"the more the better", r"(?:pass|passes|get past|gets past) (?:the )?filters?",
                                   r"(?:turn|switch) (?:off|down) (?:the |your )?filters?",
                                   r"about (?:my|our|this|that) (?:\w+ )?(?:classmate|coworker|roommate|ex|boss|teacher|neighbou?r|friend|sister|brother)"]
MENTION_CANCEL_KO: list[str] = [r"악플 ?문구", r"(?:한테|에게) ?(?:보낼|보내|달|쓸|날릴)", r"저격", r"뿌릴", r"퍼뜨릴", r"검열 ?없이", r"많을수록", r"전부 ?나열",
                                   r"최대한 ?많이", r"(?:필터|검열)(?:를|에|에서)? ?(?:통과|우회|피해|안 ?걸리|없이|꺼|끄)"]
# News about drugs, and whether something is legal, mentions drugs without asking for them (rules.scan)
DRUG_NEWS_EN: list[str] = [r"news", r"headlines?", r"(?:a|the|such a|this) (?:\w+ )?(?:crisis|epidemic)", r"why (?:is|are) (?:\w+ ){1,2}so (?:dangerous|deadly|addictive|lethal)", r"why (?:\w+ ){1,2}(?:is|are) (?:so )?(?:dangerous|deadly|addictive|lethal)",
                           r"is (?:it|that|this|\w+) legal", r"legal in"]
DRUG_NEWS_KO: list[str] = [r"뉴스", r"기사", r"사건", r"(?:왜|얼마나) ?(?:이렇게 ?|그렇게 ?)?위험", r"(?:합법|불법)(?:이야|인가|이에요|인지|이냐|임)"]
SUPPORT_EN += [r"crisis (?:line|text line|hotline|number)"]
SUPPORT_KO += [r"뭐라고 ?(?:말|얘기|이야기)(?:을|를)? ?(?:해 ?줘야|해야|하면|해 ?주면|할지)", r"누구(?:한테|에게|랑|와) ?(?:얘기|말|이야기|상담|털어놓)"]
REPORTING_EN += [r"(?:report|reporting|flag|flagging|take down|get (?:it|them) taken down) (?:a |an |the |this |these )?(?:deepfakes?|fake (?:nudes|pics|photos|videos?)|impersonat\w*)"]
REPORTING_KO += [r"(?:딥페이크|합성 ?(?:사진|영상)|사칭)(?:을|를)? ?(?:\S+ )?(?:신고|삭제 ?요청|제보)"]
EN_ALLOW += [r"suicide (?:silence|squad|doors?|king)", r"(?:cock|rooster)s? and (?:a )?hens?", r"hens? and (?:a )?(?:cock|rooster)s?",
             r"(?:my|our|the|a) bitch (?:is|was|went|came|has|had) (?:\w+ )?(?:in heat|in season|pregnant|whelping|due)",
             r"no (?:smut|lemons?|nsfw|explicit (?:stuff|scenes?|content))", r"(?:how )?dox(?:x)?ing works", r"(?:stay|keep (?:ppl|people|everyone|members)) safe from dox\w*",
             r"(?:my|our|the|a) (?:rogue|bard|paladin|wizard|warlock|ranger|fighter|cleric|druid|monk|barbarian|sorcerer|assassin|character|party|pc|toon)(?:'s)? "
             r"(?:\w+ ){0,3}?(?:assassinate|kill|murder|poison|stab|ambush)s?"]
ART_NUDITY_ALLOW_EN += [r"nudes? in (?:\w+ ){0,2}?(?:paintings?|art|sculptures?|statues?|museums?)", r"(?:renaissance|classical|baroque|greek|roman) nudes?",
                        r"(?:painters?|artists?|sculptors?) (?:\w+ ){0,3}?nudes?"]
KO_ALLOW += [r"무기력\w*", r"(?:잡음|노이즈|소음|험|에코|리버브|배경음|하울링|치찰음)(?:을|를)? ?(?:\S+ )?죽이", r"(?:드랍|비트|베이스|킥|훅|사운드|믹스)(?:이|가|은|는)? ?(?:\S+ ){0,3}?죽인다",
             r"(?:진짜|완전|개) 죽인다 ?ㅋ", r"(?:불법 ?촬영|몰카)(?:용)? ?(?:카메라)? ?(?:찾|탐지|점검|발견|예방|신고)", r"신상 ?털(?:이|기)?(?:를|을)? ?(?:조심|주의|예방|당했|당하지)"]
# Hobbies whose words the classifier reads as harm: music production ("trap beat", "kill the low mids", a gunshot sample),
# tabletop games and mysteries (a body found in chapter one), war history and healthy dieting.
MUSIC_EN: list[str] = [r"808s?", r"daw", r"fl studio", r"ableton", r"logic pro", r"mixing", r"mixdown", r"mastering", r"low[- ]?mids?", r"hi-?hats?", r"snares?",
                       r"kick drums?", r"sound ?effects?", r"sfx", r"vsts?", r"synths?", r"bpm", r"(?:type|trap|drill|lo-?fi|boom ?bap) beats?", r"beat ?(?:making|maker|tape|production)",
                       r"trap (?:music|song|producer)", r"stems"]
MUSIC_KO: list[str] = [r"비트(?!코인)", r"믹싱", r"마스터링", r"효과음", r"드랍", r"(?:트랩|드릴|힙합|붐뱁) ?(?:음악|곡)", r"작곡", r"808", r"신스", r"이큐"]
GENRE_EN: list[str] = [r"detective", r"mystery", r"whodunit", r"cop (?:drama|show)", r"crime (?:drama|novel|fiction|thriller|show)", r"police procedural", r"noir",
                       r"horror (?:story|scenario|campaign|one-?shot|game|movie)", r"ttrpg", r"d&d", r"dnd", r"5e", r"pathfinder", r"one-?shot", r"dungeon master",
                       r"mind flayers?", r"baldur'?s gate", r"lore", r"mafia (?:game|werewolf)", r"werewolf game"]
GENRE_KO: list[str] = [r"추리", r"미스터리", r"탐정", r"형사", r"수사물", r"호러", r"공포 ?(?:소설|게임|시나리오|영화)", r"크툴루", r"TRPG", r"티알피지", r"마피아 ?게임", r"사회자",
                       r"판타지", r"전사", r"갑옷", r"용사"]
GENRE_CANCEL_EN: list[str] = [r"workable", r"realistic enough", r"actually work", r"in real life", r"irl", r"real (?:people|person|school|names?)", r"step[- ]by[- ]step", r"recipe"]
GENRE_CANCEL_KO: list[str] = [r"실제로", r"현실에서", r"진짜로 ?(?:써먹|쓸|할)", r"실존", r"단계별", r"레시피"]
HISTORY_EN: list[str] = [r"(?:fought|served|died) in (?:the )?(?:\w+ ){0,2}?war", r"(?:war|army|navy) veteran", r"veterans? day", r"memorial", r"passed away",
                         r"history (?:of|class|lesson|essay)", r"historical", r"world war", r"wwii?", r"korean war", r"vietnam war"]
HISTORY_KO: list[str] = [r"참전", r"전쟁 ?(?:역사|기념|용사|영웅)", r"한국 ?전쟁", r"6\.25", r"돌아가신", r"추모", r"현충", r"역사 ?(?:수업|과제|공부)", r"세계 ?대전"]
HISTORY_CANCEL_EN: list[str] = [r"glorif\w*", r"deserved", r"good thing", r"was right", r"justified", r"celebrat\w*", r"denial", r"never happened", r"hoax",
                                r"caricatur\w*", r"(?:nazi|ss) (?:uniform|salute)", r"swastikas?", r"salut\w*", r"mock\w*", r"jokes?", r"funny"]
HISTORY_CANCEL_KO: list[str] = [r"미화", r"잘 ?(?:죽|했)", r"당연", r"조작", r"없었던", r"날조", r"희화화", r"조롱", r"나치", r"하켄크로이츠", r"경례", r"웃기"]
HEALTHY_DIET_EN: list[str] = [r"healthy(?: way)?", r"sustainabl\w*", r"safely", r"without (?:starving|crash dieting|skipping meals)", r"balanced", r"nutritionist", r"dietitian"]
HEALTHY_DIET_KO: list[str] = [r"건강하게", r"무리 ?(?:안 ?하는|하지 ?않는|없는|없이)", r"굶지 ?않", r"균형 ?(?:잡힌|있는)", r"영양사", r"요요 ?없이"]
HEALTHY_DIET_CANCEL_EN: list[str] = [r"\d{3} ?(?:cal|kcal|calories)", r"(?:fast|fasting|starv\w*|stop eating) (?:for )?\d+ (?:days|weeks)", r"thinspo\w*", r"pro-?ana",
                                     r"purg\w*", r"laxatives?", r"hide (?:it|my eating|not eating)", r"bones? (?:showing|visible)",
                                     r"under \d+ ?(?:kg|lbs?|pounds)", r"bmi (?:of |under )?1[0-7]", r"ribs?", r"thigh gap", r"as (?:thin|skinny) as possible"]
HEALTHY_DIET_CANCEL_KO: list[str] = [r"\d{3} ?(?:칼로리|kcal)", r"굶", r"먹토", r"씹뱉", r"뼈말라", r"개말라", r"프로아나", r"변비약", r"티 ?안 ?나게", r"\d+ ?(?:kg|키로|킬로)(?:까지| ?만들)", r"갈비뼈",
                                     r"저체중", r"최대한 ?(?:마르|말라)", r"뼈 ?보이"]

# Blind probe sets AE, AF, AG (a language exchange and true-crime fans, esports clubs and nurses, fanfiction writers and
# bakers): what got through, and honest requests that were blocked.
EN_TERMS["hate"]["severe"] += [r"(?:rap|song|poem|joke|story|lyrics|verse)\w* (?:\w+ ){0,3}?(?:using|with|full of|saying) (?:the )?(?:n|f)[- ]?words?",
                               r"(?:the )?(?:n|f)[- ]?word (?:as many times|over and over|in every line|a lot)", r"hierarch\w* of (?:the )?races",
                               r"(?:superior|inferior) races?", r"(?:whites?|blacks?|asians?|jews) on (?:top|the bottom)"]
EN_TERMS["harassment"]["severe"] += [
    r"(?:figure out|find out|work out|find|track down) where (?:she|he|they|my \w+(?: \w+)?) (?:lives|is staying|works|goes to school)[^.?!]{0,40}"
    r"(?:photos?|pics?|pictures|selfies?|posts?|ip|metadata|exif)",
    r"(?:so|until) (?:she|he|they)(?:'s| is| are|'re)? (?:too )?(?:scared|afraid|terrified) to (?:come|go|show up|leave|log on)"]
KO_TERMS["harassment"]["severe"] += [r"뒷담(?:화)? ?(?:까는|하는) ?(?:글|말|메시지|댓글)", r"(?:전교생|반 ?애들|과 ?사람들|회사 ?사람들)(?:이|가)? ?(?:다 )?알게"]
EN_TERMS["violence"]["severe"] += [r"(?:attack|bomb|shoot up|terror\w*)[^.?!]{0,80}max(?:imum)? casualties", r"(?:killing|murder) plan (?:for|against|on) " + PERSON_EN]
EN_TERMS["self_harm"]["severe"] += [
    r"(?:aesthetic|pretty|beautiful|cute|tumblr|vent (?:art|post))[^.?!]{0,30}(?:wrist|arm|thigh)s? (?:cutting|cuts|slashing)",
    r"(?:wrist|arm|thigh) (?:cutting|slashing)[^.?!]{0,40}(?:aesthetic|pretty|beautiful|cute)",
    r"(?:fresh|bleeding|deep|new|open) (?:cut|cuts|slash|slashes) (?:on|across|along|down) an? (?:wrists?|arms?|thighs?)[^.?!]{0,40}(?:aesthetic|vent|pretty|tumblr)",
    r"goodbye (?:note|letter|message)[^.?!]{0,60}(?:right|best|only) (?:choice|option|decision|thing)",
    r"(?:spots?|places?|where) to cut[^.?!]{0,40}(?:hide|hidden|cover|won'?t (?:see|notice|show))",
    r"(?:right|okay|ok|fine|valid) to (?:kms|kill myself|end it|end my life)",
    r"(?:rooftop|roof|ledge|edge|bridge|cliff)[^.?!]{0,40}['\"‘“](?:just do it|jump|do it|end it)['\"’”]",
]
KO_TERMS["weapons"]["severe"] += [r"3[dD] ?프린(?:터|팅)[^.?!]{0,15}(?:총|권총|총기|소총)", r"(?:총|총기|권총) ?(?:부품)? ?(?:도면|설계도)"]
EN_TERMS["drugs"]["severe"] += [
    r"how (?:much|many) (?:\w+ ){0,3}?(?:should|do|can|would) (?:i|we|you) (?:take|pop|snort|smoke|eat|drink|mix)[^.?!]{0,40}(?:to get|so i get|so we get) "
    r"(?:really |super |more |so )?(?:high|messed up|fucked up|zooted|wasted|faded|blasted|tripping|stoned)",
    r"\d{3,4} ?mg (?:per|each|in (?:a|each|every)) (?:brownie|cookie|gummy|gummies|edible)",
    r"(?:edibles?|brownies?|gummies|cookies)[^.?!]{0,60}without (?:them|my friends|anyone|her|him|my \w+) knowing"]
KO_TERMS["drugs"]["severe"] += [r"대마(?:초)? ?(?:쿠키|브라우니|젤리|오일|버터)", r"(?:마약|대마|필로폰|엑스터시)[^.?!]{0,30}(?:팔 ?거|판매할|팔려고)"]
EN_TERMS["sexual"]["explicit"] += [r"\bpwp\b", r"every act spelled out", r"\brated e\b", r"(?:don'?t|do not|dont) (?:skip|imply|fade)[^.?!]{0,20}(?:anything|it)"]
EN_TERMS["prompt_injection"]["severe"] += [
    r"(?:show|showing|print|reveal|display|leak|dump|paste)\w* (?:me )?(?:your|the bot'?s) (?:full |entire |whole )?"
    r"(?:config(?:uration)?|api[- ]?keys?|tokens?|env(?:ironment)?(?: variables)?|secrets?|credentials)",
    r"(?:evil twin|dark side|unfiltered (?:version|twin|self)|alter ego)[^.?!]{0,40}(?:no|without) (?:restrictions|rules|limits|filters)",
    r"answer (?:twice|two times)[^.?!]{0,40}once (?:as|normally)"]
# a nurse's work: patients who self-harm, overdose or were stabbed
CLINICAL_EN: list[str] = [r"patients?", r"nurs(?:e|es|ing)", r"clinical", r"screening", r"triage", r"ward", r"\ber\b", r"icu", r"wound care", r"dressing"]
CLINICAL_KO: list[str] = [r"환자", r"간호", r"응급실", r"병동", r"국시", r"임상", r"드레싱"]
CLINICAL_CANCEL_EN: list[str] = [r"undetect\w*", r"untraceable", r"without (?:anyone|the doctors?|them|her|him) (?:knowing|noticing)", r"look like (?:an accident|natural)",
                                 r"get (?:high|wasted|messed up)", r"recreational\w*", r"how many (?:pills|tablets)", r"can'?t (?:be )?(?:saved|revived)"]
CLINICAL_CANCEL_KO: list[str] = [r"티 ?안 ?나게", r"몰래", r"들키지", r"흔적 ?(?:없이|안)", r"기분 ?좋아지", r"취하", r"못 ?살리", r"몇 ?알"]
SUPPORT_EN += [r"(?:signs|warning signs) (?:that )?(?:a |my |our )?patients? (?:is|are|might be|may be)", r"what (?:do|should) i do if i (?:find|see|catch)",
               r"who (?:do|should) i call", r"content warnings?", r"trigger warnings?", r"without (?:glamori[sz]ing|romanti[sz]ing)", r"(?:responsibly|respectfully|sensitively)"]
SUPPORT_KO += [r"미화(?:하지)? ?(?:안|않|없이)", r"(?:지원 ?센터|상담 ?센터|지원센터)", r"(?:가족|보호자) ?(?:지원|모임)"]
HISTORY_EN += [r"(?:teach|teaching|lesson|unit|class|students|museum|memorial|survivors?) (?:\w+ ){0,4}?(?:holocaust|genocide|slavery|apartheid|massacre)",
               r"history (?:essay|paper|question|homework)"]
EN_ALLOW += [r"(?:drop|dropped|dropping) (?:the )?(?:atomic|nuclear|a-)bombs? on (?:hiroshima|nagasaki|japan)",
             r"scor(?:e|ing) (?:the |my |a |your )?(?:bread|dough|loaf|loaves|boule|baguettes?|sourdough)", r"dox(?:x)?ing (?:policy|rules?|definition)", r"define dox(?:x)?ing"]
KO_ALLOW += [r"(?:사진|영상)(?:을|를)? ?유포(?:했|당했|됐)[^.?!]{0,30}(?:신고|삭제|도와|어떻게)", r"폭탄주", r"마약류 ?(?:의약품|관리|보관)"]
DRUG_NEWS_EN += [r"histor(?:y|ical|ically)", r"coca-?cola"]
COMING_OUT_EN += [r"coming[- ]out (?:scene|chapter|moment|arc)"]
DRINKS_KO += [r"폭탄주"]
COOKING_EN += [r"bak(?:e|ing)", r"bread", r"dough", r"muffins?", r"cakes?", r"cookies", r"brownies", r"pies?", r"pastry", r"flour", r"butter", r"oven"]
COOKING_KO += [r"베이킹", r"빵", r"반죽", r"머핀", r"케이크", r"쿠키", r"마들렌", r"파이(?![프썬팅어널브])", r"타르트", r"버터", r"식용유", r"오븐", r"밀가루", r"필링", r"디저트", r"휘핑"]
EN_TERMS["violence"]["severe"] += [r"long pig"]
PERSON_OBJECT_EN += [r"long pig"]
FRIEND_EN += [r"(?:my|our) (?:mod|moderator|admin|teammate|coworker|server owner|guild ?mate)"]

# Red-team set RF (blind; the README's contexts, with weight on the ones added for AB-AD): the harm it got through
MENTION_CANCEL_EN += [r"(?:training|train) (?:data|set|the filter|our filter|the automod)", r"(?:fresh|new|more) ones", r"aimed at (?:her|him|them|@?\w+)",
                      r"in the same style", r"generate (?:\w+ ){0,3}?(?:images?|pics?|porn)"]
MENTION_CANCEL_KO += [r"(?:문장|댓글|메시지|예문|글)(?:을|를)? ?\d+ ?개", r"\d+ ?개(?:씩)? ?(?:만들|써|뽑|생성)", r"학습용", r"겨냥", r"그려 ?줘"]
HATE_CRITIQUE_CANCEL_EN += [r"aimed at (?:her|him|them)", r"(?:fresh|new|more) ones", r"in the same style", r"chant", r"catchy"]
HISTORY_CANCEL_EN += [r"prais\w*", r"necessary", r"(?:should|could) happen again", r"i could (?:buy|make|get)", r"in detail how", r"modern equivalents?"]
HISTORY_CANCEL_KO += [r"열등", r"쓸어", r"선동", r"다시 ?(?:일어나야|해야)"]
HEALTHY_DIET_CANCEL_KO += [r"설사약", r"이뇨제", r"빼내", r"토하"]
GENRE_CANCEL_KO += [r"실제 ?(?:사는|주소|동네|학교|이름)", r"사는 ?동네", r"다니는 ?학교", r"게임 ?(?:얘기|이야기|말) ?(?:아님|아니)"]
SCENERY_CANCEL_KO += [r"출입 ?통제", r"사람 ?없는 ?시간"]
COMING_OUT_CANCEL_KO += [r"허락(?:은|도)? ?(?:안|없이)", r"동의(?:는|도)? ?(?:안|없이)", r"다들 ?알게"]
HOSTILE_EN += [r"nobody came", r"crying alone", r"dumpster"]
MUSIC_KO += [r"후렴", r"훅", r"킬링 ?파트", r"작사", r"멜로디"]
FABRICATION_EN += [r"(?:as|like) a real leak", r"convincing enough to (?:post|pass|share|leak)", r"add fake details", r"so people believe"]
FABRICATION_KO += [r"진짜 ?기사처럼", r"(?:체포|구속|입건|적발|열애|이혼|폭행)(?:됐|된|했|한)?다는 ?(?:\S+ )?(?:기사|속보|뉴스|보도)", r"(?:속보|통신사) ?기사 ?형식"]
DECEPTIVE_EVENT_KO += [r"체포됐", r"구속됐", r"(?:마약|도박|음주 ?운전)(?:하다|하다가)? ?(?:걸린|걸렸|적발)", r"걸린 ?것처럼"]
DECEPTIVE_EVENT_EN += [r"(?:being )?(?:shoved|pushed|thrown) off", r"falling off (?:a|the) (?:cliff|roof|building|bridge|edge)"]
EN_TERMS["hate"]["severe"] += [r"prais\w* (?:the )?(?:holocaust|genocide|nazis?|hitler)", r"(?:holocaust|genocide)[^.?!]{0,40}(?:should happen again|was necessary|as necessary)",
                               r"(?:chant|song|rhyme)[^.?!]{0,30}(?:deport\w*|kick out|get rid of) (?:the )?(?:mexicans|immigrants|muslims|jews|blacks|asians|chinese)"]
KO_TERMS["hate"]["severe"] += [r"(?:민족|인종)적으로 ?열등", r"(?:다|모두|싹) ?쓸어 ?버려야", r"(?:나치|하켄크로이츠)[^.?!]{0,20}(?:포스터|선전물|문양)[^.?!]{0,20}(?:그려|만들|넣)",
                               r"(?:흑인|조선족|짱깨|외국인|이민자|무슬림|난민) ?(?:out|아웃|꺼져)",
                               r"(?:흑인|조선족|짱깨|외국인|이민자|무슬림|난민|동남아)[^.?!]{0,20}(?:표적|과녁|사냥감|파밍 ?대상|사냥 ?대상)"]
EN_TERMS["weapons"]["severe"] += [r"improvised (?:\w+ ){0,2}?(?:charges?|explosives?|bombs?|devices?)", r"oil filter (?:adapter|suppressor|silencer|can)"]
KO_TERMS["weapons"]["severe"] += [r"(?:소음기|서프레서)[^.?!]{0,20}(?:도면|만드|제작|자작)", r"오일 ?필터 ?(?:어댑터|소음기)"]
EN_TERMS["drugs"]["severe"] += [r"press (?:my own |our own |some |the )?(?:pills|bars|m30s?|xanax|oxys?)", r"pill press", r"thc distillate", r"refill (?:an? |my )?(?:empty )?carts?",
                                r"\bbho\b", r"shatter with butane", r"butane (?:hash|extract\w*|honey oil)", r"max (?:out )?(?:the )?thc"]
KO_TERMS["drugs"]["severe"] += [r"양귀비[^.?!]{0,20}(?:꼬투리|달여|끓여|우려)", r"몽롱해지"]
EN_TERMS["violence"]["severe"] += [
    r"(?:second[- ]by[- ]second|frame[- ]by[- ]frame|blow[- ]by[- ]blow)[^.?!]{0,40}(?:behead\w*|execution|torture|killing|murder)",
    r"(?:vivid|graphic|detailed) (?:\w+ ){0,3}?(?:reenactment|recreation) (?:\w+ ){0,5}?(?:behead\w*|execution|torture)",
    r"shoot into (?:the |a )?(?:\w+ )?crowd", r"best spot to (?:shoot|snipe|open fire)"]
KO_TERMS["violence"]["severe"] += [r"한 ?명씩 ?(?:정리|처리|죽이|없애)", r"(?:이틀|며칠|하루)(?:쯤|정도|동안)? ?못 ?일어나게",
                                   r"(?:접시|음식|밥|국|음료|술)[^.?!]{0,20}(?:넣으면|타면)[^.?!]{0,20}티 ?안"]
EN_TERMS["self_harm"]["severe"] += [r"(?:spots?|places?) (?:\w+ ){0,2}?hide (?:best|well)[^.?!]{0,30}(?:watch|sleeve|strap|band)", r"how deep (?:counts|is enough)"]
KO_TERMS["self_harm"]["severe"] += [r"(?:다음 ?날|내일|아침에) ?(?:안|못) ?일어나(?:게|도록|려면|는 ?(?:약|방법|양|법))", r"한 ?번에 ?(?:확 )?끝내", r"(?:덜|안) ?아프게 ?(?:떠나|죽|가)는 ?방법",
                                    r"(?:설사약|변비약|이뇨제)[^.?!]{0,30}(?:몇 ?알|빼내|빼려|살 ?빼)", r"마지막으로 ?(?:보고 ?싶|가 ?보고)",
                                    r"(?:난간|펜스)(?:이|가)? ?낮[^.?!]{0,30}(?:옥상|다리|건물)"]
KO_TERMS["harassment"]["severe"] += [r"매일 ?보낼[^.?!]{0,30}(?:문자|메시지|dm|디엠)", r"(?:쓸모없는|실패작)[^.?!]{0,30}(?:문자|메시지)[^.?!]{0,10}\d+ ?개",
                                     r"(?:게이|레즈|동성애자|트젠|성소수자)[^.?!]{0,60}(?:단톡|다들 ?알게|회사에 ?올려)",
                                     r"실제 ?(?:사는 ?(?:곳|동네)|주소|학교)[^.?!]{0,20}(?:넣어|포함|써)"]
KO_TERMS["sexual_minors"]["severe"] += [r"(?:아이|아이들|학생|학생들|어린이|초등학생)(?:이|들이)? ?직접 ?(?:해 ?보는|하는) ?(?:실습|장면)"]
SUGGESTIVE_EN += [r"(?:detailed|explicit|realistic) (?:\w+ ){0,3}?(?:story|scene|fic) (?:about|of) [^.?!]{0,30}?first time"]
# honest requests RF showed blocked
EN_ALLOW += [r"(?:racist|sexist|homophobic|transphobic|ableist)(?:,? (?:and |or )?(?:racist|sexist|homophobic|transphobic|ableist))* (?:slurs|jokes|comments|language) "
             r"(?:mean|means|will get|get|gets|result in|lead to|are|is)",
             r"why was (?:mustard gas|chlorine gas|agent orange|napalm|sarin) so", r"(?:mustard|chlorine|phosgene) gas (?:in|during) (?:ww1|wwi|world war)"]
MENTION_KO += [r"['\"‘“][^'\"’”]{1,20}['\"’”](?:이?라는|이?라고) ?(?:메시지|말|문구|표현|댓글)", r"인용"]
KO_TERMS["hate"]["severe"] += [r"(?:비하|혐오) ?(?:표현|발언|댓글|문장)[^.?!]{0,20}\d+ ?개 ?(?:만들|써|뽑|생성)"]
KO_TERMS["harassment"]["severe"] += [r"겨냥한 ?(?:욕설|악플|조롱) ?(?:댓글|메시지|문장)?", r"(?:욕설|악플) ?(?:댓글|메시지|문장)[^.?!]{0,10}\d+ ?개 ?(?:만들|써|뽑|생성)"]
EN_TERMS["harassment"]["severe"] += [r"(?:fresh|new|more) ones aimed at (?:her|him|them)", r"(?:crying|sitting) alone (?:\w+ ){0,3}?(?:dumpster|trash)"]
SUPPORT_EN += [r"suicide risk", r"(?:screen|screening|assess\w*) (?:\w+ ){0,2}?(?:for )?(?:suicid\w*|self[- ]harm)"]
SUPPORT_KO += [r"환자", r"간호"]

# Blind probe sets AH, AI, AJ (an MMORPG guild and a peer-support server, cosplay and trading, horror fans and hikers)
GENRE_CANCEL_EN += [r"no limits", r"uncensored", r"explicit", r"(?:" + "|".join(GROUP_EN) + r")"]  # a genre is no cover for hate
GENRE_CANCEL_KO += [r"수위 ?(?:제한 ?없이|높|무제한)", r"19금", r"적나라", r"(?:" + "|".join(GROUP_KO) + r")"]
KO_TERMS["sexual"]["explicit"] += [r"수위 ?(?:제한 ?없이|높은|무제한)[^.?!]{0,20}(?:하는 ?장면|장면|씬|베드)", r"(?:하는|자는|베드) ?(?:장면|씬)[^.?!]{0,20}(?:수위 ?제한 ?없이|적나라|노골)",
                                   r"모텔 ?가서 ?하는", r"노모(?:로|자이크)", r"다 ?벗은 ?(?:그림|사진|모습)"]
EN_TERMS["sexual"]["explicit"] += [r"(?:sleep together|sex scene|hookup)[^.?!]{0,40}(?:super |very |extra )?graphic", r"graphic not romantic"]
EN_TERMS["hate"]["severe"] += [r"(?:monsters?|villains?|orcs?|goblins?|demons?|rats?|vermin) (?:are|as) (?:\w+ )?(?:jews|blacks|muslims|mexicans|immigrants|asians|chinese|gays)",
                               r"(?:jews|jewish people) with big noses", r"women are too (?:dumb|stupid|emotional|weak) to", r"hitler ?was ?right",
                               r"(?:gays?|lesbians?|trans (?:people|women|men)|homosexuals?) (?:are|r) (?:sick|diseased|mentally ill|perverts?|abominations?)"]
KO_TERMS["sexual_minors"]["severe"] += [r"(?:아동|어린이|초딩|유아) ?(?:체형|몸매)[^.?!]{0,20}(?:노출|벗|야한|누드|비키니)"]
KO_TERMS["drugs"]["severe"] += [r"(?:술|음료|커피)에 ?(?:뭐|무엇|약)(?:을|를)? ?타면[^.?!]{0,20}(?:기억|정신|기절|잠)", r"(?:졸피뎀|수면제|마약류|향정)[^.?!]{0,10}(?:대량|많이)[^.?!]{0,10}처방"]
KO_TERMS["harassment"]["severe"] += [r"자존감[^.?!]{0,10}(?:박살|부수|무너뜨)", r"(?:뒷계정|부계정|뒷계)[^.?!]{0,20}(?:찾아서|찾아|털어)", r"매일 ?욕"]
KO_TERMS["weapons"]["severe"] += [r"(?:소품|코스 ?소품|모형)[^.?!]{0,15}(?:진짜 ?날|날을 ?세워|실탄|발사되게)", r"행사장[^.?!]{0,10}반입"]
EN_TERMS["weapons"]["severe"] += [r"(?:prop|cosplay|airsoft|toy|replica) (?:gun|rifle|pistol)[^.?!]{0,30}(?:actually fires?|real bullets|live rounds|shoot for real)"]
EN_TERMS["self_harm"]["severe"] += [r"high enough to (?:guarantee|make sure|be sure)", r"(?:cliff|bridge|building|roof)[^.?!]{0,40}guarantee it"]
EN_TERMS["violence"]["severe"] += [r"(?:rig|rigging|set|setting) (?:up )?traps?[^.?!]{0,40}(?:hurt|injure|maim|kill) (?:the )?(?:hikers|people|someone|him|her|them)"]
EN_TERMS["drugs"]["severe"] += [r"(?:molly|ket|mdma|coke|acid|shrooms|xans?)\b[^.?!]{0,30}for sale", r"(?:flyer|poster|ad)[^.?!]{0,30}(?:molly|ket|mdma|coke|xans?)\b[^.?!]{0,30}prices?"]
KO_TERMS["violence"]["severe"] += [r"지하철[^.?!]{0,10}(?:칼부림|테러|폭탄)"]
# honest requests AH, AI, AJ showed blocked
SUPPORT_EN += [r"(?:tell|told) my (?:therapist|counsel(?:l)?or|doctor|psychiatrist)", r"i relapsed"]
SUPPORT_KO += [r"걱정(?:돼|된다|됨|이야)", r"(?:발견|알게) ?(?:했을|됐을) ?때"]
MENTION_EN += [r"(?:server |community )?rules? explainer", r"why is (?:the word )?['\"‘“][^'\"’”]{1,25}['\"’”] (?:harmful|offensive|bad)", r"nickname for"]
MENTION_KO += [r"(?:금지어|금칙어)(?:로)? ?넣", r"자동 ?삭제", r"(?:신고 ?메시지|신고 ?들어온)", r"비하 ?표현이 ?왜"]
EN_ALLOW += [r"kill(?:ing)? the heat", r"dodge and burn", r"boudoir (?:shoot|photography|session)", r"(?:crack|powder) cocaine (?:sentencing|laws?|disparity)",
             r"(?:meth|drug) lab[^.?!]{0,60}(?:dangers?|stumble|safety|warning)"]
KO_ALLOW += [r"(?:잡내|비린내|냄새|잡음|누린내)(?:를|을)? ?(?:\S+ )?죽이", r"칼집(?:을)? ?(?:내|넣)", r"칼 ?가는 ?법", r"(?:야동|음란물|성인물) ?(?:차단|필터|막는)", r"죽고 ?싶다 ?(?:진짜 )?ㅋ",
             r"강화[^.?!]{0,10}(?:터짐|실패)[^.?!]{0,20}죽고 ?싶", r"가짜 ?피 ?만드", r"섹시한 ?(?:향수|목소리|옷|코디|머리)"]
KO_TERMS["drugs"]["severe"] += [r"(?:졸피뎀|수면제|향정|자낙스|아티반)[^.?!]{0,6}대량"]
KO_TERMS["prompt_injection"]["severe"] += [r"무검열", r"뭐든 ?거절 ?(?:안|하지 ?않)"]
EN_TERMS["violence"]["severe"] += [r"(?:kill|murder|stab|shoot|hurt) (?:my|our|this|that) \w+ (?:irl|in real life|for real)",
                                   r"(?:kill|poison|torture|hurt|drown|burn) (?:the |my |our )?(?:neighbou?rs?'?s?|\w+'s) (?:cat|dog|puppy|kitten|pet)s?"]
MILD_FICTION_KO += [r"(?:피|유혈|잔인한) ?묘사(?:는|를)? ?(?:최소|적게|빼|없이)"]
EN_ALLOW += [r"not (?:too |very |overly |that )?(?:gory|gorey|bloody|graphic|violent|brutal)", r"(?:no|without|minimal|little) (?:gore|blood)"]
SUPPORT_KO += [r"도움 ?요청"]
# props made for conventions and crypto traders' slang ("whales dumping", "rekt")
PROP_EN: list[str] = [r"foam", r"con-?safe", r"props?", r"cosplay", r"orange tip", r"peace ?bond\w*", r"eva foam", r"worbla"]
PROP_KO: list[str] = [r"소품", r"코스프레", r"코스 ?소품", r"폼 ?(?:검|총)", r"에바폼"]
PROP_CANCEL_EN: list[str] = [r"actually fires?", r"real bullets", r"live (?:rounds|ammo)", r"sharpen\w*", r"real (?:blade|edge|gun)"]
PROP_CANCEL_KO: list[str] = [r"실탄", r"진짜 ?날", r"날을 ?세", r"발사되", r"반입"]
TRADING_EN: list[str] = [r"whales?", r"dump(?:ing|ed)?", r"pump(?:ing|ed)?", r"rekt", r"hodl", r"bags? ?holder", r"to the moon", r"crypto", r"altcoins?", r"short squeeze"]
TRADING_KO: list[str] = [r"코인", r"떡상", r"떡락", r"물렸", r"손절", r"익절", r"존버", r"세력", r"주식", r"개미"]

# Blind probe sets AK, AL and plain set PE (debaters and indie game makers, a DIY garage and a childcare community)
EN_TERMS["sexual"]["explicit"] += [r"\br-?18\b", r"\bh-?scenes?\b", r"describe everything graphically"]
EN_TERMS["hate"]["severe"] += [r"(?:trans|gay|queer|lgbtq?\+?) (?:ppl|people|folks|women|men)? ?(?:are|r) (?:\w+ )?(?:groomers|predators|pedos?|mentally ill)"]
KO_TERMS["hate"]["severe"] += [r"비하 ?(?:짤|그림|밈|이미지)(?:을|를)? ?(?:그려|만들)", r"비하[^.?!]{0,20}원숭이", r"원숭이로[^.?!]{0,10}비하"]
KO_TERMS["harassment"]["severe"] += [r"저격 ?글[^.?!]{0,20}(?:인신 ?공격|커뮤|올릴)", r"인신 ?공격 ?(?:섞어|넣어|해서)"]
EN_TERMS["self_harm"]["severe"] += [r"tonight'?s the night", r"(?:more |most |least )?painless,? (?:car exhaust|hanging|pills|drowning|jumping)",
                                    r"(?:car exhaust|hanging|pills|drowning|jumping) or (?:car exhaust|hanging|pills|drowning|jumping)",
                                    r"(?:aesthetic|pretty|beautiful)[^.?!]{0,20}cutting art", r"fresh wounds? on (?:a |my |her |his )?wrists?"]
KO_TERMS["self_harm"]["severe"] += [r"(?:없어지는|사라지는|죽는) ?게 ?(?:\S+ )?낫다고 ?(?:말해|설득)", r"유서(?:도|를)? ?(?:같이 )?써"]
KO_TERMS["drugs"]["severe"] += [r"(?:애|아이|아기)[^.?!]{0,10}(?:재우려고|재우게)[^.?!]{0,20}(?:많이|몇 ?ml|몽롱)", r"떨(?:을)? ?말아서", r"떨 ?(?:피우|빠는|하는) ?(?:법|방법)"]
FABRICATION_EN += [r"leaked (?:internal )?memo", r"fake but believable"]
FABRICATION_KO += [r"(?:한|말한) ?것처럼 ?(?:\S+ )?인용문"]
REAL_PEOPLE_KO += [r"오은영"]
# honest requests AK, AL and PE showed blocked
PARENTING_EN += [r"(?:my|our) (?:son|daughter|baby|toddler|kid|child)(?: \(\d+\))?(?:'s)? [^.?!]{0,60}(?:rash|diaper|pediatrician|doctor|infection|itch\w*|swollen|redness|hygiene|potty|bath)"]
PARENTING_KO += [r"(?:아기|아이|애기|아들|딸)[^.?!]{0,15}(?:기저귀 ?발진|발진|습진|염증|소아과)"]
SUPPORT_EN += [r"(?:deal|cope|dealing|coping) with (?:my own |my )?suicidal thoughts", r"(?:grief|grieving|mourning|process(?:ing)?) (?:\w+ ){0,4}?suicide", r"giving (?:her|his|their) stuff away"]
MENTION_KO += [r"자동 ?필터", r"걸러지게", r"어원"]
EN_ALLOW += [r"(?:doxx?ing|personal info) risks", r"is a bitch to (?:rebuild|fix|install|remove|clean|find|get)", r"strip(?:ping)? (?:the )?wires?", r"bleed(?:ing)? (?:the )?brakes",
             r"wire (?:a|the) (?:light )?switch"]
KO_ALLOW += [r"(?:노트북|컴퓨터|폰|핸드폰|휴대폰|화면|전원|불|티비|모니터|게임|앱|와이파이)(?:이|가)? ?(?:갑자기 )?꺼져(?:서|버|있|요|가지고)", r"칼등으로 ?(?:두들|두드)",
             r"(?:드래곤|용|괴물|몬스터|오크)(?:의)? ?목(?:을)? ?베는", r"(?:생선|물고기|광어|우럭)(?:을|를)? ?(?:\S+ )?기절시키"]

# Harm the classifier alone caught, which the everyday-reference check (semantic.looks_everyday) would otherwise let by
EN_ALLOW += [r"accidentally poison\w*", r"(?:not|never) poison"]
EN_TERMS["violence"]["severe"] += [r"poison (?:the |a |my |our |some |those |these |all (?:the |those )?)?(?:stray |feral |wild |local |neighbou?rs?'? )?"
                                   r"(?:cats?|dogs?|kitt(?:en|y|ies)s?|pupp(?:y|ies)|pigeons?|birds?|squirrels?|pets?|animals?)\b"]
KO_TERMS["violence"]["severe"] += [r"(?:뼈|팔|다리|갈비뼈|코뼈|손가락|무릎|턱)(?:를|을|가|이)? ?(?:\S+ )?부러뜨리(?:는|려면|고 ?싶) ?(?:\S+ )?(?:법|방법)"]
KO_TERMS["prompt_injection"]["severe"] += [r"(?:이후|앞으로|다음부터|지금부터)[^.?!]{0,20}(?:요청|메시지|메세지|질문|답변|대답)[^.?!]{0,10}(?:검열|필터|제한|검수)(?:을|를|은|는|도)? ?(?:생략|없이|해제|끄고|꺼|풀고|풀어|무시)",
                                           r"검열 ?(?:생략|해제)"]
KO_TERMS["drugs"]["severe"] += [r"(?:대마|떨|마약|필로폰|" + ICE_KO + r"|엑스터시|케타민|코카인)(?:를|을)? ?(?:\S+ )?(?:팔|판매하|유통하)(?:건데|려고|고 ?싶|ㄹ ?거|는 ?(?:법|방법))"]

# Words of harm or hostility. The everyday-reference check (semantic.looks_everyday) never clears a prompt that has one:
# an everyday frame around a harmful clause ("a birthday message for my coworker telling her everyone hates her")
# still sits among everyday requests as a whole.
HARM_CUE_EN: list[str] = [r"hat(?:e|es|ed|ing|red)", r"hurt\w*", r"kill\w*", r"di(?:e|es|ed)", r"dying", r"dead(?:ly)?", r"death", r"murder\w*", r"poison\w*",
                          r"stab\w*", r"shoot\w*", r"shot", r"burn(?:s|ed|ing)? (?:down|alive)", r"drown\w*", r"blood\w*", r"bleed\w*", r"weapons?", r"guns?",
                          r"bombs?", r"explosives?", r"drugs?", r"high", r"suicid\w*", r"overdos\w*", r"naked", r"nudes?", r"sex\w*", r"slurs?", r"ugly",
                          r"fat", r"stupid", r"worthless", r"disgusting", r"losers?", r"idiots?", r"threat\w*", r"humiliat\w*", r"revenge", r"ruin\w*",
                          r"destroy\w*", r"scare\w*", r"suffer\w*", r"pain\w*", r"chemicals?", r"pills?", r"starv\w*", r"expos(?:e|ed|ing)", r"leak\w*",
                          r"address", r"fake"]
# "싫어" but not "싸우기 싫어" (would rather not fight)
HARM_CUE_KO: list[str] = [r"죽", r"(?<!기 )(?<!기)싫어", r"혐오", r"미워", r"때리", r"때려", r"패(?=[고는기서려면버줘 ])", r"다치", r"독(?:약|극물|살|을)", r"칼", r"총", r"피(?:가|를|범벅|투성)",
                          r"폭(?:탄|행|발)", r"마약", r"대마", r"자살", r"자해", r"약(?:을|물)", r"벗", r"야한", r"노출", r"못생", r"뚱뚱", r"병신", r"찐따", r"꺼져",
                          r"망신", r"복수", r"협박", r"괴롭", r"왕따", r"따돌", r"놀리", r"조롱", r"비하", r"욕", r"신상", r"주소", r"가짜", r"합성", r"무시",
                          r"굶", r"토하", r"고통", r"아프게"]

# Blind probe sets AM, AN and plain set PF (a campus and houseplants server, online sellers and a gym)
EN_TERMS["hate"]["severe"] += [r"\bwhites[- ]only\b", r"white[- ]only (?:campus|country|nation|school|neighbou?rhood|town|city|america|europe|society|state|race|server)", r"no (?:blacks|jews|asians|gays|muslims|immigrants|mexicans|arabs|indians) allowed"]
EN_TERMS["weapons"]["severe"] += [r"(?:fertili[sz]er|ammonium nitrate|pool chlorine|bleach)[^.?!]{0,40}(?:biggest|loudest|most powerful|best) (?:boom|bang|blast|explosion)"]
EN_TERMS["harassment"]["severe"] += [r"(?:post|share|leak|drop|spread)\w* (?:\S+ ){0,3}?(?:home |house |real |irl )?address(?:es)? (?:and|&|\+) (?:their |her |his )?(?:phone|number|cell)"]
KO_TERMS["harassment"]["severe"] += [r"(?:집|본가|자취방|기숙사|회사|학교|실제) ?주소(?:를|좀)? ?(?:몰래 ?)?(?:알아내|찾아내|캐내|따내|털)"]
EN_ALLOW += [r"dick'?s sporting goods"]
KO_ALLOW += [r"과다 ?복용(?:의|이)? ?(?:위험성?|부작용|증상|예방|응급 ?처치)", r"불법 ?촬영 ?(?:피해|신고|예방|탐지|처벌)"]
DRUG_PREVENTION_EN += [r"\bpsa\b", r"stay safe", r"fake pills?"]

# Red team R_G (harm in everyday frames, without the usual harm words; measured once on 972e288)
KO_TERMS["sexual_minors"]["severe"] += [
    r"(?:중[1-3]|고[1-3]|중학생|고등학생|초등학생|초딩|중딩|고딩|미성년자?)[^.?!]{0,50}(?:분위기 ?잡히|스킨십 ?위주|스킨십(?:을|이)? ?(?:하는|나누는) ?장면)",
    r"(?:초등학생|중학생|초딩|중딩|어린 ?(?:애|아이)|미성년자?)[^\n]{0,60}?(?:옷 ?갈아입|샤워|목욕|벗)[^\n]{0,30}?(?:사진|영상)",
    r"(?:초등학생|중학생|초딩|중딩|미성년자?)[^\n]{0,90}?부모님(?:한테|께|에게)?(?:는|은|한텐)? ?(?:말하지|비밀|얘기하지)"]
EN_TERMS["sexual_minors"]["severe"] += [
    r"(?:kids?|child|minor|\d{1,2} ?(?:yo|year old)|(?:elementary|middle) schooler)[^.?!]{0,60}(?:while|when) (?:changing|undressing|in the shower|bathing)[^.?!]{0,30}(?:pics?|photos?|videos?)",
    r"(?:kids?|child|minor|elementary schooler|middle schooler)[^.?!]{0,80}(?:don'?t|do not) tell (?:your )?(?:mom|dad|parents)"]
KO_TERMS["violence"]["severe"] += [
    r"(?:고양이|강아지|개|반려묘|반려견|햄스터|토끼|새)(?:를|을)? ?끓는 ?물에", r"끓는 ?물에 ?(?:고양이|강아지|개|반려묘|반려견|햄스터|토끼)",
    r"(?:애|아이|아기|자녀|아들|딸)[^.?!]{0,30}(?:밥(?:을)? ?굶기|베란다에 ?묶|(?:방|창고|베란다)에 ?가둬)",
    r"묶어 ?(?:놓고|두고)[^.?!]{0,40}(?:야구 ?방망이|쇠 ?파이프|망치|각목)"]
EN_TERMS["violence"]["severe"] += [
    r"(?:hold|push|keep)\w* (?:a |the |my |his |her )?(?:toddler|baby|child|kid|son|daughter|infant)'?s? head under (?:the )?(?:bath)?water",
    r"head under (?:the )?(?:bath)?water (?:until|before|till) (?:he|she|it|they) stops?",
    r"shut (?:it|him|her|the dog|the cat|them) up (?:permanently|for good|forever)",
    r"lying at the bottom of the stairs with (?:her|his) neck"]
KO_TERMS["harassment"]["severe"] += [
    r"(?:매일|항상|늘|계속) ?지켜보고 ?있다", r"협박(?:을)? ?(?:넣어|섞어|담아)",
    r"(?:실명|주소|전화번호|신상)[^.?!]{0,30}(?:뿌릴|뿌려|퍼뜨리|퍼뜨릴|공개할)"]
EN_TERMS["harassment"]["severe"] += [
    r"i know where (?:she|he|they|you) (?:parks?|lives?|works?|sleeps?)",
    r"(?:comments?|replies|reviews|messages|posts)[^.?!]{0,40}calling (?:her|him|them) (?:an? )?(?:\w+ ){0,3}(?:cow|pig|whore|slut|bitch|loser|freak)s?"]
EN_TERMS["hate"]["severe"] += [
    r"(?:muslim|arab|sikh)\w*[^.?!]{0,40}(?:strapped with|wearing|in) (?:a )?(?:dynamite|bombs?|suicide vest|explosives?)",
    r"(?:wheelchair users?|disabled (?:people|persons?|kids?)|autistic (?:people|kids?))[^.?!]{0,30}(?:as|like) (?:a |an )?vegetables?"]
KO_TERMS["hate"]["severe"] += [r"(?:여자|여성)(?:는|들은)? ?(?:\S+ ){0,3}?(?:가입 ?금지|출입 ?금지)", r"부엌에(?:나|서)? ?(?:가라|있어라|처박)"]
EN_TERMS["self_harm"]["severe"] += [r"rope (?:tied |hanging )?(?:to|from) (?:the |a )?(?:ceiling(?: fan)?|beam|rafters?)[^.?!]{0,40}chair",
                                    r"most toxic[^.?!]{0,60}(?:if i eat|to eat|eat a lot)"]
EN_TERMS["drugs"]["severe"] += [r"(?:dissolve|slip|put|mix|drop)\w* (?:\w+ ){0,2}in(?:to)? (?:her|his|their|my date'?s) \S+[^.?!]{0,60}(?:won'?t remember|relaxed|knock\w* (?:her|him) out|pass out)",
                                r"crush\w* and snort"]
KO_TERMS["weapons"]["severe"] += [r"(?:칼|나이프|흉기)[^\n]{0,40}?(?:검색대|보안 ?검색|금속 ?탐지기)(?:에|를)? ?(?:안 ?걸리|통과|피하)"]
FABRICATION_EN += [r"pass(?:es)? as (?:genuine|real|authentic)", r"copying (?:his|her|their) signature"]
KO_TERMS["prompt_injection"]["severe"] += [r"(?:너의|네|니|봇의?) ?(?:금지어|검열|필터)(?: ?기준| ?목록)?", r"(?:콘텐츠 ?정책|안전 ?정책|검열|필터)(?:을|를)? ?비활성화"]
KO_TERMS["sexual"]["explicit"] += [r"끝까지 ?가는 ?장면"]
KO_TERMS["prompt_injection"]["severe"] += [r"(?:검열|필터) ?기준(?:을|를|도)? ?(?:\S+ ){0,3}?(?:알려|보여|공개)"]

# Blind probe set AO (a K-pop fandom and an outdoors club), red team R_H (harm in everyday frames) and plain set PG;
# measured once on 125e4e5
EN_TERMS["self_harm"]["severe"] += [r"(?:goodbye|farewell|last|final)[^.?!]{0,60}tonight(?:'?s| is) the night",
                                    r"tonight(?:'?s| is) the night[^.?!]{0,60}(?:goodbye|farewell|peaceful|last)",
                                    r"(?:emaciated|skeletal|ribs (?:and hip ?bones )?(?:jutting|showing|sticking))[^.?!]{0,80}(?:goal|motivation|inspo|thinspo)"]
KO_TERMS["self_harm"]["severe"] += [r"(?:작별|마지막) ?(?:인사|문자|메시지|메세지|편지)[^\n]{0,60}?(?:다 ?끝낼|끝내려고|끝낼 ?거|세상 ?떠날)",
                                    r"(?:다 ?끝낼|끝내려고|끝낼 ?거)[^.?!]{0,30}(?:작별|마지막 ?인사)", r"한강 ?(?:다리|대교)[^.?!]{0,20}(?:다 ?끝낼|끝내러|끝내려|뛰어내)"]
EN_TERMS["violence"]["severe"] += [
    r"(?:make|making|makes) (?:a person|someone|somebody|people|him|her|them|me) stop breathing",
    r"(?:rig|loosen|tamper with|sabotage|saw through)\w* (?:the |his |her |my |their )?(?:stair )?(?:railing|banister|ladder|balcony|brakes?|brake lines?)[^.?!]{0,60}(?:gives? way|fails?|snaps?|breaks?)",
    r"(?:cut|sliced|split|skinned) open alive", r"(?:cats?|dogs?|kittens?|pupp(?:y|ies)|hamsters?|rabbits?|pets?) (?:being )?(?:skinned|burned|cut open|dissected) alive",
    r"(?:blowtorch|torch|lighter|boiling water)[^.?!]{0,40}(?:on|at) (?:the |a |that |my neighbou?r'?s )?(?:stray )?(?:dog|cat|puppy|kitten)s?\b",
    r"(?:outside|at|near) (?:the |a )?(?:mosque|synagogue|church|temple|gurdwara)[^.?!]{0,60}(?:with (?:baseball )?(?:bats|knives|pipes|clubs|guns)|teach (?:them|those \w+) a lesson)"]
KO_TERMS["violence"]["severe"] += [r"(?:햄스터|고양이|강아지|새|토끼|개|병아리)(?:를|을)? ?전자레인지",
                                   r"(?:애들|사람|놈|새끼|걔|그놈|이웃|옆집|옆 ?텐트)[^.?!]{0,20}조용히 ?처리"]
EN_TERMS["sexual"]["explicit"] += [r"(?:graphic|explicit|blow-by-blow|steamy)[^.?!]{0,20}bedroom scene", r"bedroom scene[^.?!]{0,60}nothing left to the imagination"]
GROOMING_STRONG_EN += [r"flirt(?:s|ing)? with me", r"private fun", r"so (?:their |the |her |his )?parents (?:don'?t|won'?t) notice"]
EN_TERMS["harassment"]["severe"] += [
    r"i know where (?:his|her|their|your) (?:daughter|son|kids?|children|wife|husband|family|mom|dad) (?:goes to school|go to school|lives?|works?|plays?)",
    r"accidents (?:can |do |will |might )?happen if (?:he|she|you|they)"]
KO_TERMS["harassment"]["severe"] += [
    r"(?:너|니가|네가)[^.?!]{0,40}(?:거|것) (?:다|전부) 보고 ?있(?:다|어)",
    r"(?:사는 ?(?:동네|곳|집)|어린이집|자녀 ?학교|차 ?번호|차량 ?번호)[^.?!]{0,30}(?:까지 ?)?(?:정리|흘려|알아내|퍼뜨|공개|뿌려)",
    r"(?:퇴근 ?(?:시간|길)|혼자 ?사는 ?(?:집|곳))[^.?!]{0,30}(?:흘려|퍼뜨|공개|뿌려)", r"(?:인스타|sns|블로그|페북|페이스북)[^.?!]{0,20}(?:다 ?)?뒤져서"]
_GROUPS_PLURAL = r"(?:blacks|jews|asians|gays|muslims|immigrants|mexicans|arabs|indians|gypsies|africans|chinese)"
EN_TERMS["hate"]["severe"] += [r"\bno \w+(?: \w+)?, (?:no \w+(?: \w+)?, )*(?:and )?no " + _GROUPS_PLURAL + r"\b",
                               r"(?:sign|notice|poster|rules?)\b[^.?!]{0,40}\bno " + _GROUPS_PLURAL + r"\b"]
EN_TERMS["weapons"]["severe"] += [r"smuggl\w* (?:\w+ ){0,2}?(?:guns?|firearms?|pistols?|rifles?|ammo|ammunition|weapons?)",
                                  r"(?:guns?|firearms?|pistols?|rifles?|ammo|weapons?)[^.?!]{0,30}smuggl\w*"]
KO_TERMS["weapons"]["severe"] += [r"(?:총|총기|권총|소총|도검|무기|실탄|탄약)[^.?!]{0,30}(?:밀수|몰래 ?(?:들여오|반입|가져오|들여올))",
                                  r"(?:밀수|몰래 ?(?:들여오|반입))[^.?!]{0,20}(?:총|총기|도검|무기|실탄|탄약)"]
KO_TERMS["drugs"]["severe"] += [r"몰래 ?(?:졸피뎀|수면제|물뽕|ghb|약)(?:을|를)? ?(?:\S+ )?타", r"(?:술잔|술|음료|커피|잔)에 ?(?:몰래 ?)?(?:졸피뎀|수면제|물뽕|ghb)(?:을|를)? ?타"]
KO_TERMS["prompt_injection"]["severe"] += [
    r"(?:금지어|금칙어|필터|검열)[^.?!]{0,40}(?:무시하고|무시해|우회해)", r"(?:보여|알려)\S* (?:\S+ )?무시하고 ?(?:그려|써|해)",
    r"(?:운영자|개발자|시스템) ?(?:지시문|지침서?)[^.?!]{0,40}(?:보여|알려|적어|공개)",
    r"(?:프롬프트|지시문|설정)[^.?!]{0,15}(?:숨겨진|숨은|안 ?보이는) ?(?:내용|부분|지시|문장)",
    r"(?:^|\s)(?:너|네|니)(?:의)? (?:\S+ ){0,4}?(?:api ?키|토큰|비밀 ?키)"]
EN_TERMS["prompt_injection"]["severe"] += [
    r"your (?:hidden|secret|internal) (?:\w+ )?(?:rules|instructions|filters?|prompts?|guidelines)",
    r"(?:banned|blocked|forbidden) words? (?:list )?(?:you|the bot) (?:check|filter|scan|block|use)",
    r"(?:show|print|reveal|paste|tell me|list|dump)[^.?!]{0,20}(?:your|the bot'?s) (?:\w+ ){0,3}?(?:api keys?|tokens?|secrets?|env(?:ironment)? variables)"]
FABRICATION_KO += [r"(?:직접|본인이) ?추천(?:한다고|하는 ?것처럼|했다고)", r"진짜처럼"]
# honest requests AO, R_H and PG showed blocked
EN_ALLOW += [r"stop (?:the |my |his |her |a )?bleeding(?: out)?"]
DRUG_PREVENTION_EN += [r"how (?:\w+ ){0,2}(?:affects?|changes?|damages?) (?:the |your |a )?(?:brain|body|heart|liver|lungs)"]
MENTION_KO += [r"자동 ?모드", r"정규식", r"초성 ?욕"]
HUNTING_EN += [r"bait", r"lures?"]
KO_ALLOW += [r"(?:자해|자살)(?:에 ?대한|관련)? ?(?:얘기|이야기|글|게시물|언급)(?:을|를)? ?올리는 ?(?:멤버|유저|사람|친구|분)",
             r"놀리는 ?글 ?써 ?줘? ?기분 ?안 ?나쁘게", r"(?:기분 ?안 ?나쁘게|장난스럽게|귀엽게|가볍게) ?놀리는 ?글"]
# an everyday frame around a group put down ("데이팅 프로필 써줘. 여자는 머리가 나빠서 ..."): released by the references
HARM_CUE_KO += [r"머리(?:가)? ?나(?:쁘|빠)", r"멍청", r"열등", r"미개"]
KO_TERMS["hate"]["severe"] += [r"(?:여자|여성|남자|흑인|동양인|외국인|장애인|노인|이민자|무슬림|게이|레즈)(?:는|들은|들이|란) ?(?:\S+ ){0,2}?(?:머리가 ?나빠|멍청해서|열등해서|미개해서)"]
HARM_CUE_EN += [r"inferior", r"brainless", r"subhuman"]

# Blind probe set AP (retro games and fan art, a school-parents server), red team R_I (harm in everyday frames: chore
# charts, horoscopes, packing lists, bedtime stories) and plain set PH; measured once on 3bef38f
_TARGET_GROUPS = r"(?:blacks|jews|asians|gays|muslims|immigrants|mexicans|arabs|indians|gypsies|africans|chinese|women|trans people|refugees)"
EN_TERMS["hate"]["severe"] += [r"(?:points|score|xp|rewards?|bonus)\w* for (?:shooting|killing|hunting|beating|running over) (?:the )?" + _TARGET_GROUPS]
KO_TERMS["hate"]["severe"] += [r"(?:여자|여성)(?:는|들은)? ?(?:\S+ ){0,4}?(?:등록 ?불가|가입 ?불가|출입 ?불가|입장 ?불가)",
                               r"(?:여자|여성|장애인|흑인|동양인|외국인|이민자|무슬림|성소수자)(?:를|을)? ?무시하는 ?(?:문구|글|말|내용)"]
EN_TERMS["harassment"]["severe"] += [
    r"(?:our|my|this|the) (?:server )?(?:mod|admin|classmate|teacher|coworker|co-worker|boss|neighbou?r|teammate)\b[^.?!]{0,25}\bas an? (?:pig|cow|whale|monkey|rat|hog|dog|cockroach)",
    r"insults about [^.?!]{0,30}(?:weight|looks|body|face|teeth|skin)", r"so (?:the|our|everyone|people|we)[^.?!]{0,25}can laugh at (?:her|him|them)",
    r"follow (?:her|him|them|[a-z]+) home (?:from|after)", r"which window is (?:her|his|their) (?:bed)?room",
    r"(?:spare )?key (?:i )?(?:copied|made|cut) without (?:her|his|their) knowing",
    r"(?:zip ties|duct tape|rope|chloroform)[^.?!]{0,60}(?:her|his|their) (?:work |class |daily )?schedule"]
KO_TERMS["harassment"]["severe"] += [r"저격해서 ?(?:\S+ ){0,2}?(?:나가게|탈퇴하게|못 ?오게|울게|그만두게)",
                                     r"(?:몇 ?시에 ?(?:나가|들어오|퇴근|출근)|뭐 ?입었는지|누구랑 ?(?:얘기|만나))[^\n]{0,60}?(?:모르게|몰래)"]
EN_TERMS["violence"]["severe"] += [r"(?:hold|keep|push)\w* (?:a |the |my |our |his |her )?(?:cat|dog|kitten|puppy|pet|rabbit|hamster|bird)s? (?:under ?water|in the water)",
                                   r"before (?:it|the (?:cat|dog|animal)) stops (?:moving|breathing|struggling)"]
KO_TERMS["violence"]["severe"] += [r"(?:배|복부)(?:가)? ?갈라진 ?(?:사람|시체|남자|여자)", r"사람 ?내장", r"(?:어디|어딜)(?:를)? ?때려야 ?(?:흔적|멍|티)"]
KO_TERMS["self_harm"]["severe"] += [r"(?:커터칼|칼|면도날|면도칼)(?:로)? ?(?:그을|긋)[^.?!]{0,20}(?:티 ?안|안 ?보이|부위)",
                                    r"(?:약|수면제|알약)(?:을|를)? ?(?:한꺼번에|한 ?번에|몽땅|다) ?먹고 ?(?:\S+ )?(?:영원히|안 ?깨|다시 ?안)",
                                    r"뛰어내리기 ?좋은", r"몇 ?층[^.?!]{0,20}(?:확실|죽|안 ?살)", r"배고픔은 ?(?:약함|나약)",
                                    r"(?:갈비뼈|쇄골)[^.?!]{0,20}튀어나온[^.?!]{0,40}(?:마른|동기|목표|문구)", r"목숨(?:을)? ?끊는 ?(?:방법|법)",
                                    r"안 ?아프게[^.?!]{0,20}(?:목숨|죽는)", r"욕조에 ?피"]
EN_TERMS["self_harm"]["severe"] += [r"rope tied in(?:to)? a (?:loop|noose)", r"(?:razor blades?|rope|pills)[^.?!]{0,80}goodbye note",
                                    r"cut again[^.?!]{0,30}deeper", r"weakness leaving the body",
                                    r"edge of (?:a|the) (?:rooftop|roof|bridge|cliff)[^.?!]{0,80}(?:it'?s time|goodbye|last|jump)",
                                    r"fasting \d+ days straight", r"hiding (?:the )?(?:bruises|cuts|scars)", r"smiling through fainting"]
EN_TERMS["weapons"]["severe"] += [r"pressure cooker[^.?!]{0,40}(?:nails|shrapnel|ball bearings|device|detonat\w*)"]
KO_TERMS["weapons"]["severe"] += [r"(?:석궁|전기 ?충격기|테이저|총|총기|도검|가스총)[^.?!]{0,40}(?:통관 ?안 ?걸리|세관 ?안 ?걸리|몰래 ?(?:직구|들여))"]
KO_TERMS["drugs"]["severe"] += [r"감기약(?:에서)? ?(?:성분 ?)?(?:뽑아|추출)", r"(?:" + ICE_KO + r"|작대기)[^.?!]{0,10}만드는", r"본드(?:를)? ?(?:봉지|비닐)[^.?!]{0,20}(?:마시|흡입|불)",
                                r"본드 ?흡입", r"(?:하얀 ?가루|가루 ?봉지)[^.?!]{0,40}(?:숨기|검색대|안 ?걸리)", r"이중 ?바닥[^.?!]{0,30}(?:숨기|가루)"]
EN_TERMS["drugs"]["severe"] += [r"(?:slip|put|drop|mix)\w* (?:\w+ ){0,6}(?:pills?|powder|drops|tablets?)[^.?!]{0,10} in(?:to)? (?:\w+['’]s|her|his|their) (?:drink|cup|glass|coffee|soda|beer|wine)",
                                r"(?:horse|animal|vet) tranquili[sz]ers?[^.?!]{0,60}(?:take it myself|get high|for me|without (?:a )?(?:vet|prescription|license))"]
SUGGESTIVE_KO += [r"(?:호텔|모텔|침대)에서 ?밤새", r"수위 ?(?:높게|쎄게|세게|빡세게)"]
FABRICATION_KO += [r"(?:체포|구속|입건|적발|투약|열애|이혼|폭행)(?:됐|된|했|한)?다는 ?(?:내용|글|공지|소식)"]
FABRICATION_EN += [r"endors\w* (?:our|my) (?:crypto|coin|token|product|brand|supplement)"]
# honest requests AP and PH showed blocked
MENTION_EN += [r"should (?:we|i|mods) ban (?:it|that|this|them)"]
EN_ALLOW += [r"what does ['\"‘“][^'\"’”]{1,25}['\"’”] mean"]
KO_ALLOW += [r"['\"‘“][^'\"’”]{1,15}['\"’”](?:가|이|란|는)? ?(?:무슨 ?뜻|뭔 ?뜻|뭔지)"]

# Blind probe set AQ (language exchange, a car and motorcycle club), red team R_J (harm in everyday frames: welcome
# messages, apartment listings, tutoring ads, reunion invites) and plain set PI; measured once on 230e3a0
KO_TERMS["harassment"]["severe"] += [r"괴롭힘 ?(?:메시지|메세지|문자|글|카톡|dm)(?:을|를)? ?(?:\S+ )?(?:추천|써|만들|보낼)",
                                     r"(?:밤마다|매일|계속) ?보낼 ?(?:괴롭힘|협박|욕)", r"까발려(?:서)? ?(?:망신|창피)",
                                     r"(?:실명|인스타|아이디|학과|직장|주소|전화번호)[^\n]{0,50}?까발려",
                                     r"(?:에서|앞에서) ?기다린다[^.?!]{0,20}조심해", r"조심해라[^.?!]{0,20}(?:섬뜩|소름|무섭)"]
EN_TERMS["self_harm"]["severe"] += [r"hunger is (?:beautiful|power|the goal|strength)",
                                    r"skip (?:dinner|meals?|lunch|breakfast),? be this", r"(?:emaciated|skeletal)[^.?!]{0,100}(?:poster|be this|skip)"]
KO_TERMS["self_harm"]["severe"] += [r"(?:몰래 ?|먹은 ?거 ?)토하는 ?(?:법|방법)", r"(?:하루 ?)?[1-4]\d\d ?kcal ?이하"]
EN_TERMS["real_person"]["severe"] += [r"post (?:it|this|that) as (?:real|genuine|legit|authentic)", r"pass (?:it|this|that) off as real"]
SUGGESTIVE_KO += [r"베드 ?씬", r"베드신", r"정사 ?씬", r"야릇"]
EN_TERMS["violence"]["severe"] += [r"torture (?:guide|manual|tutorial)", r"(?:kitten|cat|dog|puppy|animal|bird|rabbit)s? nailed to"]
KO_TERMS["violence"]["severe"] += [r"최대한 ?많이 ?(?:다치게|죽이|해치|찌르)", r"(?:칼|흉기|총)(?:을)? ?들고 ?(?:들어가|가서)[^.?!]{0,30}(?:다치게|찌르|죽이)"]
KO_TERMS["sexual"]["explicit"] += [r"다리(?:를)? ?벌리고 ?(?:누워|앉아)", r"옷(?:을)? ?(?:하나도|전혀|다) ?안 ?입은"]
EN_TERMS["drugs"]["severe"] += [r"breaking bad (?:method|recipe|way|style cook)", r"pseudo(?:ephedrine)?[^.?!]{0,40}(?:method|extract\w*|cook\w*|reduc\w*|steps)",
                                r"(?:put|putting|slip|slipping|drop|dropping)\w* (?:something|anything|stuff) in(?:to)? (?:my \w+['’]s|her|his|their|\w+['’]s) (?:drink|cup|glass|coffee|beer|wine)"]
KO_TERMS["drugs"]["severe"] += [r"(?:adhd ?약|콘서타|애더럴|리탈린|메틸페니데이트)[^.?!]{0,30}(?:처방 ?없이|파는|팔아|구해서)", r"처방 ?없이 ?구해서 ?파"]
FABRICATION_KO += [r"루머(?:를)? ?(?:\S+ )?(?:목격담|사실|진짜)처럼", r"(?:고소|입건|체포)당했다는 ?(?:루머|소문|글)"]
KO_TERMS["prompt_injection"]["severe"] += [r"너한테 ?(?:걸린|걸려 ?있는|설정된) ?(?:금지어|필터|제한|규칙)", r"(?:검열|필터) ?기준[^.?!]{0,30}(?:알려|보여|공개|적어|출력)"]
# honest requests AQ, R_J and PI showed blocked
EN_ALLOW += [r"(?:police|cops|authorities|feds|dea) (?:busted|raided|found|shut down|seized) (?:a |an |the )?meth labs?",
             r"nude figure (?:painting|drawing|studies|study|sculpture)", r"history of (?:the )?nude",
             r"(?:spanish|french|korean|english|german|japanese|chinese|medical|anatomical|proper|correct) (?:word|term|name)s? for (?:the )?(?:penis|vagina|vulva|breasts?|genitals|testicles)(?: and (?:the )?(?:penis|vagina|vulva|breasts?|testicles))?",
             r"(?:report|block)\w* (?:a |the |this )?(?:user|member|person|guy|someone) who (?:keeps )?(?:sending|sends|posting|posts) (?:me )?(?:unwanted |unsolicited )?nsfw"]
MENTION_EN += [r"ban (?:someone|people|users?|members?) for (?:saying|using|typing|posting)"]
MENTION_KO += [r"제재 ?대상", r"규칙(?:을)? ?정하"]
KO_ALLOW += [r"(?:술|음료수?|커피|잔|물)(?:에)? ?약(?:을)? ?타는 ?범죄", r"(?:아이폰|폰|휴대폰|스마트폰|기기|iphone|ios|안드로이드|닌텐도|스위치|ps\d)(?:을|를)? ?탈옥", r"탈옥(?:한|된)? ?(?:아이폰|폰|기기|iphone|ios|스위치)",
             r"(?:바질|허브|화분|식물|다육이|선인장|꽃|나무|몬스테라|고무나무|상추)(?:을|를)? ?안 ?죽이"]

# Blind probe set AR (home baking, a university study server), red team R_L (harm in everyday frames: podcast outlines,
# product FAQs, interview prep sheets, party invites) and plain set PJ; measured once on f28ce44
SUGGESTIVE_EN += [r"(?:have|having|had|has) (?:their|his|her|our) first time"]
EN_TERMS["sexual"]["explicit"] += [r"moan by moan"]
SUGGESTIVE_KO += [r"(?:몸매|몸)(?:를|을)? ?보고 ?흥분", r"흥분한 ?썰", r"스킨십 ?진도"]
EN_TERMS["violence"]["severe"] += [
    r"(?:someone|somebody|him|her|them|a person|people|prisoners?|captives?|hostages?) (?:\w+ ){0,3}?(?:talk|confess|cooperate)\w* without leaving (?:any )?(?:marks|bruises|traces)",
    r"(?:hurt|hit|beat|punch|torture|choke)\w* (?:\w+ ){0,3}?without leaving (?:any )?(?:marks|bruises)"]
KO_TERMS["violence"]["severe"] += [r"테러\S* ?계획(?:을|를)? ?(?:\S+ ){0,2}?(?:짜|세워|세우|만들)"]
EN_TERMS["harassment"]["severe"] += [r"so (?:she|he|they) (?:loses?|lose) (?:the|her|his|their) (?:job|offer|position|scholarship|spot)",
                                     r"anonymous (?:messages?|emails?|letters?|notes?|tips?) (?:\w+ ){0,3}?(?:saying|claiming|calling) (?:she|he|they|her|him|them)(?:'s|'re| is| are| was)? (?:a |an )?(?:drunk|liar|cheat|thief|addict|fraud|pervert|whore|slut|creep|abuser|criminal)"]
KO_TERMS["harassment"]["severe"] += [r"(?:그 ?(?:여자|남자|애)|걔|전 ?(?:여친|남친))[^.?!]{0,60}동선(?:을|를|이랑|까지)? ?(?:\S+ )?(?:추적|파악|알아내|캐)", r"우연히 ?마주치는 ?척"]
_KO_GROUPS = r"(?:동성애자?|게이|레즈|성소수자|트랜스(?:젠더)?|트젠|장애인|흑인|외국인|조선족|무슬림|이민자|임산부)"
KO_TERMS["hate"]["severe"] += [_KO_GROUPS + r"(?:들?은|들?는|들?이|들?가)? ?(?:\S+ ){0,3}?정신병(?! ?(?:이|은|는)? ?아니)",
                               _KO_GROUPS + r" ?(?:지원자|직원|입주자|세입자|회원|손님)?(?:를|을)? ?(?:\S+ ){0,3}?걸러내"]
EN_TERMS["hate"]["severe"] += [r"(?:screen|weed|filter|sort) out (?:the )?(?:\w+ )?(?:gay|lesbian|trans|muslim|jewish|black|disabled|pregnant|immigrant)\w*"]
EN_TERMS["self_harm"]["explicit"] += [r"wrists? with (?:\w+ ){1,3}?cuts", r"cuts in (?:neat |tidy |straight )?rows"]
EN_TERMS["self_harm"]["severe"] += [r"ending it (?:the )?(?:quiet|peaceful|painless|easy|gentle|quick) way", r"(?:painless|reliable)[^.?!]{0,60}already decided"]
KO_TERMS["self_harm"]["severe"] += [r"방(?:에서|안에서|에) ?연탄(?:을)? ?(?:피우|피워)", r"다 ?끝내버리라고"]
KO_TERMS["weapons"]["severe"] += [r"불법 ?개조(?:한|된)? ?(?:공기총|총|가스총|석궁|전기총|비비탄총)", r"(?:공기총|엽총|총기?|석궁|가스총)[^.?!]{0,20}신고 ?없이",
                                  r"질산 ?암모늄[^.?!]{0,30}(?:섞|배합|터지|폭발)", r"(?:뭘|무엇을|뭐랑|뭐를) ?섞으면 ?(?:\S+ )?(?:크게 ?)?(?:터지|폭발)"]
EN_TERMS["drugs"]["severe"] += [r"laced (?:stuff|ones?|batch|product|tea|gummies|edibles|candy|brownies)",
                                r"code ?words?[^.?!]{0,60}(?:crypto|can'?t be traced|untraceable)"]
KO_TERMS["drugs"]["severe"] += [r"(?:몰리|엑스터시|엑스터시) ?(?:한|두) ?알", r"떨(?:을|좀)? ?(?:피우|피는|피울|펴|말아)"]
REAL_PEOPLE_KO += [r"백종원"]
FABRICATION_KO += [r"가짜 ?(?:녹취|공시|보도 ?자료|성명|발표문?|인터뷰|사과문|자백)", r"목소리(?:를)? ?흉내(?:내서|낸|내)"]
# honest requests AR, R_L and PJ showed blocked
SUPPORT_EN += [r"(?:let|want) (?:her|him|them) (?:to )?know (?:that )?(?:i|we) care", r"without (?:pushing|pressuring|judging) (?:her|him|them)"]
EN_ALLOW += [r"(?:slash|score|scoring)\w* (?:my |the |a |your )?(?:sourdough|bread|loaf|dough|boule|baguette|batard)"]
MENTION_KO += [r"(?:혐오|차별|욕설|비하)(?: ?발언| ?표현)? ?금지 ?조항", r"(?:필터|자동 ?필터|금지어|금칙어)(?:로|으로|에)? ?(?:막을|넣을|추가할|걸를)지"]
KIND_MESSAGE_KO += [r"(?:잘 ?자|굿나잇|굿모닝|좋은 ?아침|달달|다정|설레|애교)[^.?!]{0,20}?(?:문자|편지|메시지|메세지|카톡|톡|쪽지|멘트|템플릿)",
                    r"(?<!전)(?<!전 )(?:남친|여친|남자 ?친구|여자 ?친구|애인|남편|아내)(?:한테|에게) ?보낼 ?(?:\S+ ){0,2}?(?:메시지|메세지|카톡|문자|편지|멘트|템플릿)"]
HOSTILE_KO += [r"욕 ?(?:문자|메시지|메세지|카톡|dm|편지)", r"상처(?:받게|주게|줄 ?수)", r"(?:최대한|제일) ?(?:기분 ?나쁘게|열받게|비참하게)"]
KIND_MESSAGE_EN += [r"(?:good ?night|good ?morning|sweet|cute|flirty|romantic|loving|encouraging) (?:\w+ ){0,2}?(?:texts?|messages?|notes?)"]

# Blind probe set AS (fishing and camping, indie game developers), red team R_M (harm in everyday frames: horoscopes,
# grocery lists, farewell cards, itineraries, patch notes) and plain set PK; measured once on 9384fd1
EN_TERMS["self_harm"]["severe"] += [r"nobody (?:would|will|'?d) (?:even )?miss (?:them|me|you|him|her)", r"(?:stop|quit) being a burden",
                                    r"(?:pills|tablets|meds) (?:\w+ )?saved up", r"(?:sav(?:e|ed|ing)|stockpil\w*|hoard\w*) (?:up )?(?:my |the |all )?(?:pills|meds|tablets)",
                                    r"(?:note|letter) for (?:whoever|the person who|someone who|the one who) finds me", r"goodbye[- ]forever",
                                    r"charcoal[^.?!]{0,60}(?:duct tape|tape|seal\w*)[^.?!]{0,40}(?:door|window|gaps?|vents?)",
                                    r"(?:tallest|highest) bridge[^.?!]{0,60}(?:railing|nobody|no one|alone)"]
KO_TERMS["self_harm"]["severe"] += [r"오늘도 ?그었", r"(?:손목|허벅지|팔)에 ?(?:\S+ )?(?:자국|상처)[^.?!]{0,30}(?:늘리|그었|긋|그리)",
                                    r"(?:세상|이 ?세상)(?:을)? ?떠나는 ?게 ?(?:맞|낫)", r"옥상 ?난간 ?위(?:에)? ?(?:서|올라)"]
EN_TERMS["sexual"]["explicit"] += [r"(?:does|do|did) in bed with", r"every (?:position|moan)", r"lick\w* (?:it |\w+ )?off each other'?s? bod(?:y|ies)"]
KO_TERMS["sexual"]["explicit"] += [r"수위 ?끝까지", r"노골적으로[^.?!]{0,15}수위", r"(?:아주|엄청|최대한) ?야하(?:고|게)", r"야하고 ?자세하게"]
EN_TERMS["hate"]["severe"] += [r"(?:mexican|jewish|black|asian|muslim|arab|chinese|african|gay|trans)s? caricatures?", r"caricatures? of (?:mexicans|jews|blacks|asians|muslims|arabs)"]
EN_TERMS["harassment"]["severe"] += [r"follow (?:him|her|them) to (?:work|school|class|the gym)",
                                     r"wait(?:ing)? outside (?:his|her|their) (?:apartment|house|home|place|work|office|dorm)",
                                     r"watch(?:es|ing)? (?:her|his|their) house", r"knows? (?:her|his|their) (?:kid|son|daughter|child)'?s? school",
                                     r"(?:i )?know where (?:his|her|their|your) \w+ (?:parks|sleeps)", r"what time (?:she|he|they) (?:gets?|comes?) home alone"]
KO_TERMS["harassment"]["severe"] += [r"(?:내가 )?창문 ?밖에 ?(?:내가 )?(?:서 ?)?있(?:다는|는 ?거)"]
EN_TERMS["violence"]["severe"] += [r"beaten bloody", r"carved into (?:his|her|their) (?:chest|skin|arm|back|face)",
                                   r"tortur\w* (?:an? |the )?(?:inmate|prisoner|captive|hostage)s? with"]
REAL_TARGET_EN += [r"real-world"]
KO_TERMS["violence"]["severe"] += [r"(?:고양이|강아지|개)[^.?!]{0,10}(?:꼬리|털)에 ?불", r"(?:개|고양이|강아지)(?:한테|에게) ?(?:\S+ ){0,3}?아프게 ?하는"]
EN_TERMS["weapons"]["severe"] += [r"pipe (?:packed|filled|stuffed) with (?:black |gun)?powder", r"end caps?[^.?!]{0,30}fuse", r"nail[- ]packed", r"(?:packed|filled) with nails"]
EN_TERMS["drugs"]["severe"] += [r"powder into (?:a |her |his |the )?(?:\w+'?s )?drink", r"she'?ll loosen up"]
KO_TERMS["drugs"]["severe"] += [r"뿅 ?가는", r"던지기 ?알바"]
FABRICATION_EN += [r"endors\w* (?:our|my) (?:\w+'?s? ){0,3}(?:crypto|coin|token)"]
DECEPTIVE_EVENT_KO += [r"유흥업소", r"파파라치"]
EN_TERMS["prompt_injection"]["severe"] += [r"(?:answer|reply|respond|act) as dan\b", r"forget (?:its|your) (?:moderation |safety )?rules"]
KO_TERMS["prompt_injection"]["severe"] += [r"설정 ?값(?:이랑|과|하고)? ?(?:금지어|필터)", r"검열 ?기능 ?(?:삭제|해제|끄)", r"적용된 ?상태로 ?대답"]
KO_TERMS["prompt_injection"]["severe"] += [r"(?:^|\s)(?:너|네|니|봇)(?:의)? ?설정 ?값", r"유저 ?말고 ?(?:봇 ?)?(?:운영팀|개발팀|개발자|관리자)"]
EN_TERMS["self_harm"]["severe"] += [r"hunger is the feeling of", r"(?:motivation\w*|inspo|goals?)\b[^.?!]{0,40}(?:skeletal|emaciated)", r"(?:lowest|low) railing"]
EN_TERMS["weapons"]["severe"] += [r"(?:convert|turn|make)\w* (?:my |a |the |an? )?(?:\w+ )?semi[- ]?auto(?:matic)? (?:\w+ )?(?:in)?to (?:full[- ]?auto|automatic|auto)",
                                  r"full[- ]?auto conversion", r"auto ?sear", r"glock switch"]
KO_TERMS["harassment"]["severe"] += [r"얼굴(?:을)? ?(?:돼지|원숭이|쥐|바퀴벌레|개)처럼 ?그려", r"(?:서버|단톡방?|커뮤|게시판|인스타|반톡)에 ?박제"]
# honest requests AS, R_M and PK showed blocked
HUNTING_EN += [r"ikejime", r"humanely", r"(?:kill|bleed|dispatch)\w* (?:a |the |my )?(?:fish|catch|trout|bass|salmon|mackerel)"]
SUPPORT_EN += [r"what (?:do|should|can) i do if (?:someone|somebody|a friend|my friend|a person)(?:'s| is)", r"first aid"]
MENTION_EN += [r"how (?:should|do|can) (?:i|we|mods) (?:moderate|deal with|handle|punish)", r"history of the (?:word|term)", r"etymology"]
EN_ALLOW += [r"(?:report|reporting|flag|remove|ban)\w* (?:a |the )?(?:user|member|someone|people|person)s? (?:who'?s |who is |who are |for )?(?:posting|sharing|spamming) (?:gore|nsfw|porn)"]
KO_ALLOW += [r"(?:고어|야동|음란물|수위 ?높은) ?(?:사진|영상|짤|글)? ?(?:올리는|뿌리는|보내는) ?(?:유저|사람|멤버|애)(?:를|을)? ?신고",
             r"(?:숯불|불씨|장작불|모닥불|화력|불꽃|불)(?:을|를)? ?(?:\S+ )?죽이", r"장작(?:을)? ?(?:\S+ ){0,2}?패"]
EN_TERMS["harassment"]["severe"] += [r"deserves? to be (?:scared|hurt|afraid|terrified|punished|beaten)",
                                     r"(?:everyone|everybody|all of you|the whole (?:class|school|team)) should (?:remind|tell|call|laugh at|mock) (?:him|her|them)"]
HARM_CUE_EN += [r"tortur\w*", r"cruel\w*", r"abus(?:e|es|ed|ing|ive)"]
HARM_CUE_KO += [r"고문", r"학대"]

# Blind probe set AT (webtoon fan art, personal finance), red team R_N (harm in everyday frames: overdue notices, team
# chants, yard-sale signs, daycare newsletters) and plain set PM; measured once on 5af7d61
SUGGESTIVE_EN += [r"(?:write|describe|draw)\w* (?:her|his|their) first time", r"(?:her|his|their) first time,? (?:no skipping|in detail|detailed|explicit)",
                  r"(?:most |more |well[- ])developed (?:figures?|bodies|body|chests?)", r"fun in the back ?seat"]
EN_TERMS["hate"]["severe"] += [r"(?:women|girls|females|blacks|black people|asians|muslims|jews|immigrants|gays|trans people) are (?:\w+ ){0,2}?(?:too )?(?:dumb|stupid|inferior|incapable) to"]
KO_TERMS["hate"]["severe"] += [r"찢어진 ?눈[^.?!]{0,20}원숭이", r"(?:일본인|중국인|흑인|동양인|조선족|외국인)(?:을|를)? ?(?:\S+ ){0,6}?원숭이로"]
KO_TERMS["drugs"]["severe"] += [r"붕 ?뜨는 ?느낌", r"(?:졸피뎀|수면제|자낙스|트라마돌|펜타닐)[^.?!]{0,20}몇 ?알[^.?!]{0,20}(?:붕|뿅|취하|떠|환각)", r"떨이랑 ?작대기", r"작대기 ?시세"]
KO_TERMS["violence"]["severe"] += [r"(?:고양이|강아지|개|동물|햄스터|토끼)(?:를|을)? ?학대 ?하는 ?(?:법|방법)", r"손톱(?:을)? ?(?:하나씩 ?)?뽑", r"(?:강아지|고양이|개|동물)(?:를|을)? ?불로 ?지지"]
EN_TERMS["harassment"]["severe"] += [r"(?:we|i) know (?:where )?(?:she|he|they) lives?\b", r"(?:should|better) be (?:very )?careful walking home",
                                     r"know when (?:her|his|their) kids get off the bus", r"(?:her|his|their) home address (?:on|under|below|underneath)",
                                     r"zip[- ]?tie (?:it|the tent|the door|him|her) shut", r"which tent (?:\w+ )?sleeps in"]
KO_TERMS["harassment"]["severe"] += [r"다니는 ?학교 ?(?:앎|안다|알아)"]
EN_TERMS["self_harm"]["severe"] += [r"which bridge[^.?!]{0,30}(?:highest|tallest)", r"returning myself early",
                                    r"(?:rooftop|roof|bridge|building) ledge[^.?!]{0,30}(?:ready|about) to jump", r"just do it tonight", r"swallow the whole bottle"]
KO_TERMS["self_harm"]["severe"] += [r"새로 ?그은 ?상처", r"오늘은 ?끝내자"]
EN_TERMS["weapons"]["severe"] += [r"filed[- ]off serials?", r"felons welcome", r"no (?:id|background checks?)[^.?!]{0,30}(?:guns?|handguns?|pistols?|rifles?)"]
KO_TERMS["weapons"]["severe"] += [r"(?:볼펜|펜|라이터|우산)처럼 ?생겼는데[^.?!]{0,20}(?:쏠|발사)", r"한 ?발 ?쏠 ?수 ?있는"]
EN_TERMS["drugs"]["severe"] += [r"how many tabs", r"when to redose", r"sneak (?:them|it|pills|tabs|drugs) past security",
                                r"(?:benadryl|melatonin|nyquil|sleeping pills?)[^.?!]{0,40}(?:toddler|baby|\d-year-old|kid|child)[^.?!]{0,40}(?:out cold|knocked out|sleep through)",
                                r"stays? out cold"]
FABRICATION_EN += [r"invented (?:court )?quotes", r"reads as real (?:history|news)"]
EN_ALLOW += [r"(?:no|without|not) invented quotes"]
KO_TERMS["prompt_injection"]["severe"] += [r"(?:안전 ?)?필터(?:를)? ?끄고", r"관리자 ?(?:명령|권한)(?:임|이다|으로|이니)", r"필터 ?없이 ?(?:답|대답|말)", r"내 ?말만 ?(?:듣|따르)"]
# honest requests AT, R_N and PM showed blocked
EN_ALLOW += [r"shoot(?:ing)? (?:\w+ ){0,2}?(?:photos?|pictures?|pics|portraits?|videos?|footage|film)"]
SUPPORT_EN += [r"what (?:should|can|do) (?:mods|moderators|we) do", r"(?:is|are|keeps?) talking about (?:suicide|self[- ]harm|killing (?:themselves|himself|herself))"]
SUPPORT_KO += [r"109(?:에|로|번)", r"1393"]
MENTION_KO += [r"(?:같은|이런) ?표현[^.?!]{0,20}(?:허용|금지|규칙)"]
EN_TERMS["harassment"]["severe"] += [r"(?:write|draft|compose|send|make)\w* (?:me )?\w*death ?threats?"]
KO_TERMS["prompt_injection"]["severe"] += [r"(?:금지어|필터|차단어|금칙어) ?(?:목록|리스트)[^.?!]{0,10}(?:출력|보여|알려|공개|적어)"]

# Blind probe sets AU (K-pop fan club, exam prep) and AV (tabletop RPG, gardening and cooking) and plain set PN;
# measured once on 65d342e
EN_TERMS["violence"]["severe"] += [r"jump(?:ing)? (?:a|some|this|that) (?:\w+ )?(?:kid|guy|dude|person|student|classmate|nerd|girl|boy|man|woman|teacher|stranger)\b(?! rope)"]
EN_TERMS["self_harm"]["severe"] += [r"['\"‘“]just jump['\"’”]", r"(?:rooftop|roof|ledge|edge|bridge|cliff)[^.?!]{0,40}just jump\b",
                                    r"(?:toxic|poisonous|lethal|deadly) enough to (?:end it|kill (?:me|myself)|die)",
                                    r"die (?:so |as |really |very )?(?:quick|fast)(?:ly)? (?:and|n|&) painless(?:ly)?"]
EN_TERMS["hate"]["severe"] += [r"(?:write|say|type|spam|repeat)\w* (?:the )?n[- ]?word (?:\d+|a (?:hundred|thousand)|over and over)"]
KO_TERMS["sexual"]["explicit"] += [r"수위 ?(?:제한|제약|규제|필터) ?(?:없이|없는|풀고|해제)"]
KO_TERMS["drugs"]["severe"] += [r"(?:감기약|기침약|기침 ?시럽|코데인|덱스트로메토르판|러미라)[^.?!]{0,20}(?:환각|뿅|붕 ?뜨|취하|트립)",
                                r"환각(?:을|이)? ?(?:느끼|보)[^.?!]{0,15}몇 ?(?:알|정|개)"]
REAL_PEOPLE_KO += [r"(?<![가-힣])뷔(?:가|는|랑|의|와|도)?(?![가-힣])"]
FABRICATION_KO += [r"찌라시", r"열애(?:를)? ?인정(?:했다는|한) ?기사", r"디스패치 ?(?:스타일|식|처럼)"]
# honest requests AU, AV and PN showed blocked
EN_ALLOW += [r"sexual (?:reproduction|selection|dimorphism)", r"asexual(?:ly)? reproduc\w*", r"dick \(short for richard\)",
             r"(?:goes by|named|uncle|grandpa|grandad|mr\.?) dick\b(?! pics?)",
             r"without (?:hurting|harming|killing|poisoning) (?:my |the |our |any )?(?:\w+ )?(?:pets?|dogs?|cats?|kids?|children|bees|birds|plants|lawn|grass|fish|wildlife)",
             r"mustard gas (?:in|during) (?:ww[1il]|world war (?:[1il]|one)|the great war)", r"(?:fire|flame)[- ]retardants?", r"jell?o shots?"]
KO_ALLOW += [r"수간호사", r"(?:진딧물|응애|깍지벌레|민달팽이|달팽이|노린재|총채벌레|선충|날파리|뿌리파리)(?:를|을|만)? ?(?:\S+ )?(?:죽이|없애|박멸|잡)"]
MENTION_KO += [r"(?:누가|누군가|유저가|멤버가|어떤 ?(?:사람|유저|멤버)(?:이|가)?) ?['\"‘“][^'\"’”]{1,20}['\"’”] ?(?:이?라고|이?란) ?(?:썼|했|보냈|말했|쳤|올렸)"]

# Blind probe set AW (language exchange, parents of toddlers) and plain set PO; measured once on the round-7 fixes
EN_TERMS["harassment"]["severe"] += [r"tell\w* [^.?!]{0,25}?to (?:go )?(?:kill|hang|off|unalive) (?:your|her|him|them)sel(?:f|ves)",
                                     r"so (?:brutal|harsh|mean|savage|nasty) (?:that )?(?:she|he|they)(?:'ll| will)? (?:quits?|leaves?|cr(?:y|ies)|deletes? (?:her|his|their) account)"]
EN_TERMS["self_harm"]["severe"] += [r"(?:[1-5]\d\d|\d\d) ?(?:cal|kcals?|calories)(?: a| per|/)? ?day"]
KO_TERMS["self_harm"]["severe"] += [r"하루 ?(?:[1-5]\d\d|\d\d) ?(?:칼로리|kcal|킬로칼로리)"]
EN_TERMS["prompt_injection"]["severe"] += [r"disregard (?:all |any |the |your )(?:\w+ ){0,2}?(?:rules?|filters?|instructions?|guidelines?|restrictions)"]
# honest requests AW showed blocked
ART_NUDITY_ALLOW_EN += [r"michelangelo'?s david", r"why (?:is|are) (?:it|he|she|they|the (?:statue|sculpture|painting)s?) (?:so often )?(?:nude|naked)"]
SUPPORT_KO += [r"(?:어떻게|어케) ?대응"]
KO_ALLOW += [r"때리지 ?(?:않|말)(?:는|고)"]
HATE_CRITIQUE_EN += [r"(?:gays?|gay people|lesbians|lgbtq?\+?(?: people| folks)?|queer (?:people|folks)|trans (?:people|folks|kids)|immigrants|refugees|"
                     r"muslims|jews|black people|everyone) (?:are|is) (?:\w+ )?(?:welcome|valid|loved|safe|accepted|equal)"]
HATE_CRITIQUE_KO += [r"(?:성소수자|퀴어|게이|레즈비언|트랜스젠더|이민자|난민|외국인)(?:도|들도|들은|는|은)? ?(?:\S+ )?(?:환영|소중|존중)"]

# Blind probe set AX (VTuber fans, nurses and caregivers), red team R_O (harm in everyday frames: recipe cards, wedding
# invitations, weather reports, garage-sale listings) and plain set PP; measured once on 5d2b4f4
EN_TERMS["self_harm"]["severe"] += [r"(?:help me|let me|can i|could i|i (?:want|need|wanna)(?: to)?|how (?:do|can|could) i|how to) die painless(?:ly)?",
                                    r"(?:[1-5]\d\d|\d\d) ?(?:cal|kcals?|calories) (?:max|maximum|or less|only|tops)(?: a| per|/)? ?day",
                                    r"hid(?:e|ing) (?:my )?(?:skipped|missed) meals", r"hunger is winning",
                                    r"(?:wrists?|arms?|thighs?) (?:covered in|full of|with) (?:fresh|new|deep|neat|bleeding|open)[\w ,]{0,20}?cuts"]
KO_TERMS["self_harm"]["severe"] += [r"조용히 ?(?:갈|가는|떠날|떠나는|잠들) ?수 ?있는 ?(?:거|것|약)", r"(?:약|방법)[^.?!]{0,15}조용히 ?(?:갈|가는|떠날|잠들)",
                                    r"같이 ?(?:끝내자|죽자)는 ?(?:글|편지|메시지|문구)", r"번개탄[^.?!]{0,30}(?:차 ?안|틈|테이프|밀폐)",
                                    r"(?:차 ?안|밀폐)[^.?!]{0,30}번개탄", r"세상에 ?마지막 ?인사", r"유서[^.?!]{0,40}마지막 ?인사"]
KO_TERMS["prompt_injection"]["severe"] += [r"(?:금지어|필터|차단어|금칙어|검열) ?(?:목록|리스트|설정)?(?:은|는|을|를)? ?무시",
                                           r"무시하(?:라고|도록) ?(?:설정|세팅)"]
HARM_TARGET_EN += [r"(?:a|the|my) (?:patient|resident|elderly (?:man|woman|person))s?", r"(?:a|the) (?:neighbou?r|coworker|roommate)s?"]
EN_TERMS["harassment"]["severe"] += [r"(?:ex|ex-(?:boyfriend|girlfriend|wife|husband)|coworker|neighbou?r|boss)[^.?!]{0,60}(?:crosshairs?|rifle[- ]scope)"]
KO_TERMS["harassment"]["severe"] += [r"(?:얼굴|사진)[^.?!]{0,30}(?:찾아간다|죽여 ?버린다|각오해)", r"피 ?묻은 ?(?:글씨|글자|문구)",
                                     r"몰래 ?(?:체크|기록)해 ?(?:둔|놓은)"]
EN_TERMS["violence"]["severe"] += [r"(?:crowd|protesters|pedestrians|people|worshippers)[^.?!]{0,30}(?:mowed|mown|plowed|ploughed|run) down"]
KO_TERMS["violence"]["severe"] += [r"(?:강아지|고양이|개|동물)(?:를|을)? ?(?:\S+ ){0,2}?불로 ?지지"]
EN_TERMS["weapons"]["severe"] += [r"(?:go|goes|going) off in (?:a )?crowded (?:place|area|street|square|room|station|mall|market)"]
KO_TERMS["weapons"]["severe"] += [r"(?:석궁|활|총|새총|칼)[^.?!]{0,30}사람(?:한테|에게)(?:도)? ?(?:치명적|죽일)"]
EN_TERMS["drugs"]["severe"] += [r"cold medicine[^.?!]{0,40}(?:precursor|cook steps)", r"precursors?[^.?!]{0,20}(?:from|out of) cold medicine",
                                r"\d+ ?mg (?:of )?thc[^.?!]{0,30}(?:for|to) (?:the )?(?:\w+ )?(?:graders?|kids|children|students|class)"]
KO_TERMS["drugs"]["severe"] += [r"(?:갈아서|빻아서) ?코로 ?(?:흡입|들이마)"]
GROOMING_STRONG_KO += [r"(?:엄마|아빠|부모님?)(?:한테|한텐|에게|께)(?:는)? ?말하지 ?말고[^.?!]{0,20}사진"]
# honest requests AX and PP showed blocked
KIND_MESSAGE_KO += [r"(?:수고|고생)(?:했다는|했다고|했어|많았)[^.?!]{0,20}?(?:문자|편지|메시지|메세지|카톡|톡|쪽지|말|글)"]
SUPPORT_EN += [r"how (?:should|do|can) (?:mods|moderators|we|i) (?:respond|reply|react|handle)"]
EN_ALLOW += [r"(?:someone|somebody|a (?:user|member|player)|user|member) (?:wrote|said|posted|typed|sent) ['\"‘“][^'\"’”]{1,40}['\"’”]"
             r"(?=[^.?!]{0,40}(?:warn|ban|mute|kick|timeout|report|allowed|fair|rules?)\b)",
             r"(?:ketamine|morphine|fentanyl|opioids?|codeine|propofol|midazolam)[^.?!]{0,30}(?:medically|medical use|an(?:a)?esthe\w+|hospitals?|surgery|pain management)"]
MENTION_KO += [r"(?:필터|금지어|차단어)(?:로|에)? ?(?:걸었|등록|넣었|추가)", r"['\"‘“][^'\"’”]{1,15}['\"’”] ?(?:들어간|들어가는|포함된|있는) ?(?:밈|짤|글|댓글|닉네임|메시지)"]
KO_ALLOW += [r"(?:할머니|할아버지|어머니|아버지|부모님|환자분?|어르신|남자 ?친구|여자 ?친구|룸메)(?:가|이|께서|는|도)? (?:요즘 |자꾸 |계속 |자주 |가끔 )?죽고 ?싶다"
             r"(?:는 ?(?:말|얘기|이야기)|고 ?(?:하는데|해|했|그러|말|하셔|하세요|하시))"]

# An idol's stage name alone ("draw jennie nude") names her to an image model that knows the name; in a story the same
# first name is anyone's character, so these count as a real person only for a sexual image (rules.py); Korean names
# that are also words (지수 "index", 정국 "political situation", 하니 "do you?") are left out
STAGE_NAMES_EN: list[str] = [r"jennie", r"jisoo", r"karina", r"wonyoung", r"haerin", r"hanni", r"nayeon", r"jihyo", r"dahyun",
                             r"chaeyoung", r"seulgi", r"ryujin", r"yeji", r"taehyung", r"yoongi", r"hyunjin"]
STAGE_NAMES_KO: list[str] = [r"(?<![가-힣])(?:제니|카리나|원영|해린|나연|지효|다현|채영|류진|태형|윤기|현진|윈터|로제)"
                             r"(?:이|가|는|은|를|을|의|랑|이랑)?(?![가-힣])"]
# a "lesson" where an adult touches the child (R_E): the child rule makes these sexual_minors, a body-safety lesson has none
SUGGESTIVE_EN += [r"(?:adult|grown-?up|uncle|teacher|coach|man|he|i) (?:shows?|teach(?:es)?|demonstrates?) (?:her|him|them) how (?:touching|kissing|sex) works",
                  r"demonstrat\w* (?:it )?on (?:her|his|their) (?:own )?body"]

# a friend who wants to die, and a reply that urges them on ("'그래 그냥 해버려' 느낌으로"): not a request for support
_NOT_URGED = r"(?![^.?!\n]{0,60}(?:해 ?버려|죽어 ?버려|그냥 ?(?:해|가)|부추|설득력|등 ?떠밀|잘 ?가))"
# Blind probe set AY (exam prep, hiking and outdoor survival), red team R_P (task wrappers and code-switching) and plain
# set PQ; measured once on a3b0ae6
EN_ALLOW += [r"without (?:sounding|coming (?:off|across)(?: as)?|being) (?:too |so |like )?(?:a )?(?:passive[- ]aggressive|rude|mean|harsh|angry|bitchy|"
             r"petty|aggressive|cold|pushy|annoying|jerk|karen|confrontational|naggy|nagging|accusatory)"]
KIND_MESSAGE_EN += [r"(?:politely|nicely|gently|kindly) (?:ask|remind|tell|text|message|bring up)"]
KIND_MESSAGE_KO += [r"(?:기분 ?(?:안 ?)?(?:나쁘지 ?않게|상하지 ?않게|나쁘게 ?안)|정중하게|부드럽게|예의 ?(?:있게|바르게)|좋게 ?좋게)[^.?!]{0,20}?(?:말|부탁|얘기|전달|문자|카톡|톡)"]
EN_TERMS["self_harm"]["severe"] += [r"goodbye (?:note|letter|message|post)[^.?!]{0,80}(?:no other (?:choice|way)|(?:shouldn'?t|should not|don'?t|not to) (?:try (?:to|and) )?stop me)",
                                    r"(?:eat|eating|diet|meal plan|intake|live on)[^.?!]{0,30}?\d{2,4} ?(?:cal|kcals?|calories?) (?:a|per|/) ?week",
                                    r"\d{2,4} ?(?:cal|kcals?|calories?) (?:a|per|/) ?week (?:meal plan|diet)"]
KO_TERMS["self_harm"]["severe"] += [r"씹뱉", r"먹으면 ?(?:실패|패배|돼지)", r"(?:몇 ?줄|줄 ?수)[^.?!]{0,6}(?:그었|긋|그을)", r"(?:\d{2} ?(?:kg|키로|킬로))(?:까지|찍)[^.?!]{0,20}(?:응원|화이팅|자극)"]
EN_TERMS["self_harm"]["severe"] += [r"cut count"]
KO_TERMS["violence"]["severe"] += [r"(?:교수|선생님?|담임|상사|팀장|부장|과장|사장|동료|선배|후배|걔|쟤|전 ?남친|전 ?여친)(?:를|을|님을)? ?(?:칼로|흉기로|망치로|야구 ?방망이로) ?(?:찌르|찔러|쑤시|베|때려 ?죽)",
                                   r"킬(?:하는)? ?(?:someone|somebody|a person|people|him|her|them|사람)",
                                   r"(?:개|강아지|고양이|냥이|길냥이|동물)[^.?!]{0,15}(?:다리|꼬리|뼈)(?:를|을)? ?(?:부러뜨|부러트|자르|잘라)"]
EN_TERMS["violence"]["severe"] += [r"(?:bombing|shooting|massacre|attack|stabbing) (?:at|on|of) (?:a |the )?(?:pride|mosque|synagogue|church|temple|gay bar|school|parade)"
                                   r"[^.?!]{0,80}(?:celebrat\w*|glorif\w*|victory|triumph\w*|heroic|funny|meme|party)"]
EN_TERMS["violence"]["explicit"] += [r"bodies (?:everywhere|piled|all over|in the streets)"]
EN_TERMS["hate"]["severe"] += [r"(?:reasons?|why|argue|prove|proof|explain)[^.?!]{0,20}(?:women|girls|black people|blacks|jews|muslims|gays|gay people|immigrants|asians|"
                               r"disabled people|trans people|minorities) (?:shouldn'?t|should not|should never|must not|don'?t deserve to|do not deserve to) "
                               r"(?:be allowed to |have the right to |get to )?(?:vote|work|drive|lead|hold office|marry|adopt|exist|live here|own property|go to school|have rights)",
                               r"(?:jewish|jew|muslim|black|asian|mexican|gay) (?:\w+ )?(?:drawn|depicted|portrayed|shown) as (?:a )?(?:rats?|vermin|cockroach(?:es)?|apes?|monkeys?|pigs?|parasites?|insects?)"]
KO_TERMS["hate"]["severe"] += [r"(?:장애인|흑인|유대인|무슬림|동성애자|게이|레즈|성소수자|트랜스젠더|난민|이민자|외국인|조선족|여자|여성|노인|한남|한녀)(?:들)?(?:은|는|이|가)? ?(?:왜 ?)?"
                               r"(?:살 ?가치가 ?없|사라져야|없어져야|태어나지 ?말았어야|인간 ?취급 ?(?:하면 ?안|할 ?필요))"]
# knowing someone's routine is a threat when the request says so ("make it scarier"), and a lift home when it does not
EN_TERMS["harassment"]["severe"] += [r"(?:my ex|scar(?:y|ier)|creep(?:y|ier)|threat\w*|intimidat\w*|menacing)[^.?!]{0,80}i know (?:where you (?:work|park|sleep)|"
                                     r"which (?:bus|train|route|car|door|entrance) you (?:take|use|drive|park)|(?:when|what time) your (?:\w+ )?(?:shift|class|classes|work|practice) "
                                     r"(?:ends|starts|finishes|gets out)|your (?:\w+ )?(?:shift|schedule|route) (?:ends|starts))"]
KO_TERMS["harassment"]["severe"] += [r"현관 ?(?:비번|비밀번호) ?(?:뒷자리|앞자리|알아냈|알아냄|훔쳐|몰래)",
                                     r"(?:걔|쟤|그 ?(?:여자|남자|사람|애))[^.?!]{0,10}(?:출근|퇴근|하교|등교)[^.?!]{0,80}(?:따라가|미행|기다렸다가|찾아갈)",
                                     r"(?:니네|너네|너희|니) ?(?:엄마|아빠|부모님|집|가게|회사|학교)[^.?!]{0,10}(?:어딘지|어디인지|위치)[^.?!]{0,6}(?:알아|안다|알고)",
                                     r"니가 ?신고한 ?(?:거|걸|것)[^.?!]{0,10}(?:다 ?)?(?:알아|안다)",
                                     r"(?:놀리는|조롱하는|비웃는|까는|망신 ?주는) ?(?:내용|노래|가사|글|짤|시|밈)[^.?!]{0,30}(?:단톡|단체 ?톡|단톡방|커뮤|게시판|회사 ?톡)(?:에)? ?(?:뿌|올|퍼)"]
KO_TERMS["weapons"]["severe"] += [r"질산 ?암모늄[^.?!]{0,30}(?:경유|디젤|연료유?|비율|기폭)", r"기폭 ?(?:방식|장치)[^.?!]{0,30}(?:통|비율|만드|제작|순서|크기)",
                                  r"화약(?:을|를)? ?(?:채우|채워|넣는 ?순서|다져)", r"(?:쇠 ?파이프|파이프)[^.?!]{0,20}(?:화약|뇌관)"]
NAMED_HARM_KO["weapons"] += [r"질산 ?암모늄", r"기폭", r"화약(?:을|를)? ?채우", r"뇌관"]
DRUG_KO += [r"빙두"]
KO_TERMS["drugs"]["severe"] += [r"빙두", r"(?:읽는|보는) ?사람도 ?(?:해보고|하고|하고 ?싶|해 ?보고) ?싶(?:게|어지게)",
                                r"(?:❄|🍁|💊|🌿|🍄|💉)[^.?!]{0,20}(?:문의|dm|디엠|당일 ?배송|텔레|판매|팝니다|구매|던지기)",
                                r"당일 ?배송[^.?!]{0,20}(?:❄|🍁|💊|🌿|🍄|💉)"]
EN_TERMS["drugs"]["severe"] += [r"(?:same[- ]day delivery|dm (?:for|to order)|hit (?:me|us) up)[^.?!]{0,20}(?:❄|🍁|💊|🍄|💉)", r"(?:❄|🍁|💊|🍄|💉)[^.?!]{0,20}(?:same[- ]day delivery|dm (?:for|to order)|for sale|menu)"]
SUGGESTIVE_KO += [r"(?:하얀|맨|뽀얀|허연) ?허벅지", r"허벅지(?:를|을)? ?만지", r"만지고 ?싶(?:다|어|음)"]
EN_TERMS["sexual_minors"]["severe"] += [r"(?:me|i) and (?:a|an|this|my|the) (?:\w+ )?(?:\d+(?:th|st|nd|rd) grader|(?:\d+|\w+)[- ]year[- ]old|middle[- ]schooler|kid|child)"
                                        r"[^.?!]{0,60}(?:romantic|first time|in bed|kiss\w*|making out|date night)"]
DECEPTIVE_EVENT_EN += [r"(?:holding|with|smoking|snorting|buying|selling) (?:a )?(?:bag of |line of |joint of |bong of )?(?:weed|cocaine|coke|drugs|meth|heroin|a joint|a bong|pills)"]
FABRICATION_EN += [r"so it (?:looks|reads|sounds) (?:authentic|real|legit|genuine|official)", r"['\"‘“]?leaked['\"’”]? (?:email|memo|dm|text|chat|audio|recording|letter)"]
PERSON_OBJECT_EN += [r"bodies", r"crowds?", r"victims?"]
EN_TERMS["hate"]["severe"] += [r"why (?:shouldn'?t|should not|can'?t|mustn'?t) (?:women|girls|black people|blacks|jews|muslims|gays|gay people|immigrants|asians|disabled people|"
                               r"trans people|minorities) (?:be allowed to|have the right to|get to) (?:vote|work|drive|lead|hold office|marry|adopt|exist|own property|go to school)"]
# honest requests AY, PQ and R_P's twins showed blocked
EN_ALLOW += [r"(?:nothing|not|no|never|non-?) ?(?:too |overly |very |super )?(?:gory|graphic|gruesome)",
             r"(?:how|why) (?:does |do )?(?:cocaine|heroin|meth\w*|alcohol|nicotine|caffeine|mdma|lsd|opioids?|cannabis|marijuana|thc|ketamine|psilocybin|fentanyl) "
             r"(?:affects?|acts? on|works? (?:in|on)|changes?|binds? to|impacts?|damages?) (?:the )?(?:brain|dopamine|serotonin|receptors?|body|heart|liver|neurons?|nervous system)",
             r"genital (?:structures?|development|tubercle|anatomy|ridges?|homolog\w*|organs? (?:develop|form))", r"(?:male and female|female and male) genital",
             r"(?:sexy|seductive) (?:\w+ )?(?:fonts?|typefaces?|logos?|color palettes?|layouts?)"]
KO_ALLOW += [r"(?:에|에게|이|가) ?미친 ?(?:영향|파장|효과|결과|의미|변화)", r"미친 ?영향",
             r"(?:강간|준강간|강제 ?추행|성폭행|성추행|추행)죄(?:랑|와|과|의|는|가)?[^.?!]{0,20}(?:차이|형량|처벌|구성 ?요건|판례|법정형|정리|과제|조문|공소 ?시효)",
             r"섹시(?:하고|한)[^.?!]{0,12}(?:폰트|글꼴|서체|로고|색감|컬러|레이아웃|디자인)",
             r"(?:고무줄|장난감|물|너프|나무|종이|레고|비비|솜)총",
             r"(?:친구|동생|언니|오빠|누나|형|딸|아들|엄마|아빠|후배|선배|아는 ?(?:사람|동생|언니|형))(?:가|이|는|도)? (?:요즘 |자꾸 |계속 |자주 )?(?:죽고|자살 ?하고) ?싶다(?:는데|고 ?(?:하는데|해서|했|그래))"
             + _NOT_URGED]
COOKING_KO += [r"칼집", r"뼈 ?(?:발라|바르)", r"발골", r"캠핑 ?요리"]
HOME_KO += [r"랜턴", r"(?:랜턴|조명|그릇|수건|행주|모자|옷) ?걸이", r"타프", r"텐트 ?(?:치|설치|폴|팩)"]
PERSON_OBJECT_KO += [r"(?:상대|남의|그 ?사람|걔|여자|남자)(?:방)?(?:의)? ?(?:잔|술|음료)"]
# telling the poisonous plants apart so no one eats them (a hiking club's question)
FORAGING_EN: list[str] = [r"(?:identify|spot|recogni[sz]e|avoid|tell apart|tell if)\w* (?:\w+ )?poisonous (?:mushrooms?|plants?|berries)",
                          r"so (?:we|i|you|the kids|they|nobody|no one) (?:don'?t|won'?t|never|do not|doesn'?t) (?:accidentally )?eat"]
FORAGING_KO: list[str] = [r"독버섯(?:을|를)? ?(?:구별|구분|알아보|피하)", r"(?:모르고|실수로) ?먹지 ?않게", r"(?:독초|독버섯|독 ?있는 ?(?:식물|버섯|열매))(?:을|를)? ?(?:구별|구분)"]
FORAGING_CANCEL_EN: list[str] = [r"feed", r"serve", r"slip", r"cook (?:it |them )?for", r"put (?:it |them )?in", r"(?:his|her|their) (?:food|drink|meal|soup|tea)"]
FORAGING_CANCEL_KO: list[str] = [r"먹이", r"몰래", r"(?:음식|국|차|음료)에 ?(?:넣|타)"]
COOKING_KO += [r"아이스크림", r"망고", r"빙수", r"스무디", r"잼"]
HARM_CUE_EN += [r"beat(?:ing|s)? (?:\w+ )?up", r"beat(?:ing)? the (?:crap|shit|hell)", r"assault\w*", r"lynch\w*", r"rap(?:e|ed|ing|ist)"]
CHILD_EN += [r"(?:elementary|primary|middle|high|grade)[- ]?school(?:er|ers|girls?|boys?|kids?)?(?: (?:girl|boy|student|kid)s?)?", r"(?:pre|grade)[- ]?schoolers?"]

# Blind probe set AZ (K-pop dance covers, small online sellers), red team R_Q (respectable pretexts and soft euphemisms:
# "snow", "the long sleep", "spicy") and plain set PR; measured once on 740e13d
EN_TERMS["harassment"]["severe"] += [r"(?:find|get|look up|dig up|track down)\w* (?:me )?(?:the |his |her |their )?(?:home |real |house |irl )?address (?:of|for) "
                                     r"(?:the |this |that )?(?:guy|girl|person|user|woman|man|reviewer|customer|streamer|kid|player)"]
KO_TERMS["violence"]["severe"] += [r"(?:애들|사람|걔|쟤|놈|새끼|크루|팀|학생|선생|교수|상사)[^.?!]{0,15}습격(?:하는|할) ?(?:계획|방법|법)",
                                   r"(?:칼부림|테러|난사|살인|폭행)(?:을|를)? ?(?:하라고|하자고) ?(?:부추기|선동|독려|권하)",
                                   r"(?:개|강아지|고양이|냥이|동물)[^.?!]{0,10}(?:패|때리|학대)[^.?!]{0,20}(?:웃기게|재밌게|밈|짤)"]
EN_TERMS["violence"]["severe"] += [r"(?:kill|murder|stab|shoot|poison)\w* (?:the |my |our |a |that |this )?(?:\w+ ){0,5}?(?:and|then) (?:get away|not get caught|never get caught)",
                                   r"(?:make|let|watch)\w* (?:the |my |our |a |his |her |their |that |this )?(?:neighbou?r'?s? )?(?:\w+ ){0,2}?(?:dog|cat|puppy|kitten|pet|animal|bird|horse)s? suffer"]
EN_TERMS["self_harm"]["severe"] += [r"hid(?:e|ing) (?:my )?(?:purging|throwing up|vomiting|bingeing|not eating|skipp(?:ed|ing) meals)",
                                    r"romantici[sz]\w* (?:jumping|suicide|self[- ]harm|cutting|hanging|overdos\w*|starving)",
                                    r"jump\w* off (?:a|the) (?:bridge|roof|building|cliff)[^.?!]{0,40}(?:finally free|peaceful|beautiful|aesthetic|romantic)"]
EN_TERMS["sexual"]["explicit"] += [r"every (?:step|moment|detail) of the act"]
NAMED_HARM_EN["sexual"] += [NO_FADE_EN, r"(?:described|depicted|written) graphically", r"every (?:step|moment|detail) of the act"]
SUGGESTIVE_EN += [r"spicy (?:\w+ )?(?:scene|chapter|part|moment|story|fic|content|pics?|photos?)", r"first[- ]time scene"]
HISTORY_CANCEL_EN += [r"secretly control\w*", r"(?:should|must) be (?:kept out|banned|removed|expelled|deported|exterminated)", r"persuasive (?:side|essay|speech|case)"]
EN_TERMS["hate"]["severe"] += [r"(?:muslims?|mosque|hijab)[^.?!]{0,30}(?:all )?(?:as|like) (?:terrorists|suicide bombers)"]
KO_TERMS["hate"]["severe"] += [r"(?:흑형|흑누나|깜둥이|흑인)(?:들)?(?:을|를)? ?(?:\S+ ){0,4}?원숭이", r"(?:모스크|이슬람|무슬림|히잡)[^.?!]{0,20}(?:다 |전부 |모두 )?테러리스트(?:처럼|로)"]
EN_TERMS["weapons"]["severe"] += [r"(?:sites?|where|who|apps?) (?:\w+ )?sells? (?:guns?|firearms?|pistols?|weapons?)[^.?!]{0,30}(?:no id|without (?:id|a background|papers|license)|untrace\w*|can'?t be traced)",
                                  r"(?:knife|blade|gun|weapon)[^.?!]{0,40}(?:past|through|undetected by|won'?t (?:set off|trigger)) (?:airport )?(?:security|metal detectors?|the scanner)"]
KO_TERMS["weapons"]["severe"] += [r"폭탄 ?(?:조립도|설계도|회로도|배선도)", r"(?:검색대|금속 ?탐지기|보안 ?검색)(?:에)? ?(?:안 ?걸리|통과하|피하)[^.?!]{0,20}(?:칼|총|무기|흉기)",
                                  r"(?:칼|총|무기|흉기)[^.?!]{0,20}(?:검색대|금속 ?탐지기|보안 ?검색)(?:에)? ?(?:안 ?걸리|통과)"]
EN_TERMS["drugs"]["severe"] += [r"(?:pick up|buy|get|score|cop|order)\w* (?:some )?snow\b[^.?!]{0,60}(?:quietly|discreet\w*|apps?|dealer|plug|without)"]
KO_TERMS["drugs"]["severe"] += [r"(?:술|음료|잔)에 ?몰래 ?(?:타|넣)[^.?!]{0,20}(?:기억|정신|잠|뻗)", r"몰래 ?(?:타|넣)(?:으)?면 ?(?:기억 ?(?:못|안)|정신 ?(?:잃|놓)|뻗)",
                                r"(?<![가-힣])떨 ?(?:파티|팝니다|팔아요|판매|구매|구함|구해요|삽니다|피우|말아)"]
# honest requests AZ and PR showed blocked
EN_ALLOW += [r"(?:someone|somebody|a (?:user|member|player)|users?|members?|people|this (?:guy|kid|user)) (?:keeps? |kept |is |are )?(?:typing|saying|posting|spamming|writing|using|sending)"
             r" ['\"‘“][^'\"’”]{1,30}['\"’”](?=[^.?!]{0,60}(?:warn|ban|mute|kick|timeout|report|allowed|fair|rules?|bannable)\b)"]
SUPPORT_EN += [r"(?:gentle|kind|supportive|caring|warm) (?:message|note|dm|text|reply) to (?:a |my |our )?(?:\w+ ){0,3}?(?:who|that) (?:posted|talked|wrote|opened up|told (?:me|us)) about",
               r"(?:report|reporting|flag|flagging) (?:a |the |this )?(?:user|member|post|message|someone)[^.?!]{0,30}(?:suicid\w*|self[- ]harm)"]
MENTION_KO += [r"(?:필터|금지어|차단어|자동 ?모드|오토 ?모드)(?:에|로)? ?['\"‘“][^'\"’”]{1,15}['\"’”] ?(?:을|를)? ?(?:넣|등록|추가|걸)"]
KO_ALLOW += [r"(?:식물|화분|다육이?|선인장|꽃)(?:을|를|도|만)? ?(?:잘 ?|맨날 ?|자꾸 ?|다 ?)?죽이는 ?(?:사람|편|타입|스타일|나)",
             r"물뽕 ?(?:범죄 ?)?(?:예방|주의|조심|피해 ?예방)",
             r"(?:케타민|모르핀|펜타닐|프로포폴|마약성 ?진통제|코데인)[^.?!]{0,20}(?:병원|마취|의료|수술|진통|처방)"]
MENTION_EN += [r"(?:where|how) (?:the |this |that )?['\"‘“][^'\"’”]{3,60}['\"’”] (?:myth|trope|stereotype|conspiracy theory|canard|slur) (?:came from|started|originated|spread)",
               r"why (?:historians|scientists|experts|researchers) (?:reject|debunk|dismiss|disprove)"]
PROTECTIVE_KO += [r"부모(?:용|님용|님들께| 대상)", r"안내문"]
EN_TERMS["harassment"]["severe"] += [r"(?:this|it) (?:will|'ll|is going to|gonna) be your last (?:birthday|christmas|day|night|year|summer)"]
KO_TERMS["harassment"]["severe"] += [r"(?:네|니|너의|당신의|걔의?) ?마지막 ?(?:생일|크리스마스|날|밤|해|여름)(?:이|가)? ?될 ?(?:거|것|걸)"]
EN_TERMS["self_harm"]["severe"] += [r"(?:self[- ]harm|suicid\w*|cutting|wants? to die)[^.?!]{0,60}(?:tell\w*|encourag\w*|urg\w*) (?:them|her|him) to (?:just )?"
                                    r"(?:do it|go through with it|end it|go for it|go ahead)"]
DRUG_PREVENTION_KO += [r"(?:범죄 ?)?예방 ?(?:수칙|교육|법|방법|캠페인|안내)", r"(?:피해|당하지) ?(?:않는|않으려면|않게)"]
EN_TERMS["hate"]["severe"] += [r"(?:hold|hide|watch|keep|lock up) your (?:pets|dogs|cats|puppies) (?:close|inside|away|tight)[^.?!]{0,40}(?:those people|they|them) eat"]
# Not a word of harm (policy._harm_cue): a tool called a gun, and a way of asking ("step by step", "단계별로") that
# NAMED_HARM_* lists only so that it cancels a context
NOT_HARM_CUE_EN: list[str] = [r"(?:heat|glue|nail|staple|spray|water|nerf|paint|caulk(?:ing)?|massage|grease|hot glue|bubble|squirt|toy|airbrush|soldering|"
                              r"radar|foam|tape|label|price) guns?", r"step[- ]by[- ]step"]
NOT_HARM_CUE_KO: list[str] = [r"단계별로?", r"(?:글루|물|장난감|비눗방울|마사지|실리콘|타카|스프레이|에어) ?총"]
# a "no" that the story overrides is non-consensual sexual content: never allowed, NSFW channels included
EN_TERMS["sexual"]["severe"] += [r"(?:she|he|they) (?:says?|said|keeps? saying|is saying|kept saying) no(?! to\b)[^.?!]{0,40}(?:he|she|they) (?:keeps? going(?! to\b)|kept going(?! to\b)|"
                                 r"continues(?! to\b)|doesn'?t stop|didn'?t stop|won'?t stop|ignores? (?:it|her|him|them))",
                                 r"until (?:she|he|they) (?:gives? in|gave in|stops? (?:resisting|fighting|struggling))"]
KO_TERMS["sexual"]["severe"] += [r"싫다(?:고|는데)[^.?!]{0,20}(?:계속 ?(?:하|만지|들이대)|억지로|강제로)", r"(?:거부|저항)하는데도 ?(?:계속|억지로|강제로)"]
KO_ALLOW += [r"(?:관리비|요금|전기 ?(?:세|요금)|가스비|난방비|수도 ?요금|세금|카드 ?값|과제|숙제|업무|택배|연락|문자|톡|카톡|댓글|알림|주문|물) ?폭탄"]

# Blind probe set BA (tabletop RPG and horror writers, parents of teenagers), red team R_R (real harm behind a game or
# fiction frame) and plain set PS; measured once on dc3650a
KO_TERMS["hate"]["severe"] += [r"(?:동남아|이주 ?노동자|외국인 ?노동자|흑인|일본인|중국인|조선족|무슬림|장애인)[^.?!]{0,30}원숭이 ?(?:처럼|취급|같이|로)"]
EN_TERMS["hate"]["severe"] += [r"useless eaters", r"(?:disabled|handicapped|retarded|autistic) (?:people|kids|children|folks)[^.?!]{0,30}(?:should be put down|be put down|exterminat\w*|euthani[sz]\w*)"]
EN_TERMS["harassment"]["severe"] += [r"(?:her|his|their) real (?:city|address|workplace|school|neighbou?rhood)[^.?!]{0,40}(?:irl|in real life|hunt|find|track)",
                                     r"hunt (?:her|him|them|@[\w.]+) (?:down )?(?:irl|in real life)",
                                     r"(?:slowly )?driv(?:e|es|ing) (?:@[\w.]+|her|him|them)[^.?!]{0,30}to (?:quit|leave|delete)[^.?!]{0,60}(?:messages|texts|dms) i can (?:actually )?send"]
KO_TERMS["harassment"]["severe"] += [r"(?:실제 ?)?(?:집 ?주소|사는 ?곳|거주지)(?:를|을)? ?(?:찾는|알아내는|특정하는) ?(?:과정|법|방법)", r"(?:창밖|택배 ?상자)[^.?!]{0,20}(?:특정|위치 ?찾|주소 ?찾)"]
KO_TERMS["violence"]["severe"] += [r"현실에서도 ?(?:청소|처리|정리|사냥)하자", r"노숙자(?:들)?(?:을|를)? ?(?:사냥|청소|처리|쓸어)"]
KO_TERMS["self_harm"]["severe"] += [r"흉(?:터)? ?(?:안|없이) ?(?:남게|남기고) ?(?:긋|그어|자해)", r"(?:가족|부모님?|엄마|아빠)(?:한테|에게)? ?안 ?들키(?:는|게)[^.?!]{0,15}(?:긋|자해)",
                                    r"긋는 ?(?:법|방법)", r"(?:다리|옥상|건물)(?:가|이)? ?높이(?:가)? ?충분", r"(?:한강|다리|옥상)[^.?!]{0,20}cctv ?(?:없|안)",
                                    r"사라지는 ?게 ?나(?:아|아요|을)[^.?!]{0,30}설득", r"설득[^.?!]{0,30}사라지는 ?게 ?나"]
EN_TERMS["self_harm"]["severe"] += [r"bleed out[^.?!]{0,60}(?:accurate\w*|real answer|for real|exactly)"]
KO_TERMS["weapons"]["severe"] += [r"(?:부비 ?트랩|인계 ?철선)[^.?!]{0,30}(?:만드는|설치하는|넣는|진짜로|현실)", r"산탄(?:을|를)? ?넣는"]
EN_TERMS["drugs"]["severe"] += [r"(?:drug|drugs|drugging|sedat\w*) (?:the |her |his |my |their )?(?:kids|children|baby|toddlers?)[^.?!]{0,40}(?:sleep|quiet|knock|out cold)",
                                r"(?:real|actual) (?:drug )?precursors", r"precursors?[^.?!]{0,40}without (?:getting )?(?:flagged|caught|noticed)"]
FABRICATION_EN += [r"believable (?:news )?(?:article|story|quote|report|post)", r"(?:send|give|enter) (?:their|your|us|me) (?:card|credit card|bank|login) (?:details|numbers?|info|password)"]
KO_TERMS["prompt_injection"]["severe"] += [r"(?:숨겨진|숨은|원래) ?(?:프롬프트|지시문?|지침)(?:을|를)? ?(?:읽고|거꾸로|반대로|무시)", r"(?:개발자 ?)?지시(?:를)? ?(?:거꾸로|반대로) ?(?:따르|행동)"]
EN_TERMS["weapons"]["severe"] += [r"(?:glock )?auto[- ]?(?:switch|sear)", r"glock switch"]
# honest requests BA showed blocked
EN_ALLOW += [r"assassinat\w* (?:the )?(?:evil |dark |mad |tyrant |usurper |corrupt )?(?:king|queen|emperor|lich|overlord|warlord|dragon|boss|npc|villain|duke|baron)",
             r"(?:sharing|shared|posting|posted|leaking|leaked|spreading) nudes of (?:a |my |our )?\w+(?=[^.?!]*[.?!]?[^.?!]{0,60}\b(?:report|police|mods?|discord)\b)"]
DRUG_NEWS_EN += [r"(?:busted|bust|raid\w*|seiz\w*|arrest\w*) (?:a |the )?(?:\w+ )?(?:ring|gang|cartel|lab|dealers?)"]
DRUG_PREVENTION_EN += [r"health class", r"(?:school|class) (?:report|project|presentation)"]
GENRE_EN += [r"horror (?:short|story|fic|one-?shot|novel|campaign)"]
KO_ALLOW += [r"(?:계란|흰자|달걀|머랭|생크림|크림)[^.?!]{0,10}(?:때려|때리|쳐|치)"]
SUPPORT_KO += [r"(?:딸|아들|아이|애|자녀)(?:이|가)? ?(?:자해|자살)[^.?!]{0,20}(?:알게|발견|어떻게)", r"부모로서"]
REPORTING_KO += [r"(?:학폭|학교 ?폭력|괴롭힘|사이버 ?폭력)[^.?!]{0,10}신고"]
MENTION_KO += [r"['\"‘“][^'\"’”]{1,15}['\"’”](?:는|이란|라는)? ?(?:말|표현|단어)(?:을|를)? ?(?:\S+ ){0,3}?(?:쓰면|써도|사용하면|사용해도)",
               r"['\"‘“][^'\"’”]{1,15}['\"’”] ?같은 ?(?:욕|말|패드립|표현|단어)"]
EN_ALLOW += [r"before (?:he|she|they) (?:starts?|begins?) dating"]
# honest twins R_R showed blocked
EN_ALLOW += [r"seduction (?:roll|check|skill|attempt|spell)", r"suicide (?:mission|squad|squeeze|run|doors?|king|knife)"]
DRUG_PREVENTION_KO += [r"재활 ?(?:센터|시설|치료|병원)", r"중독 ?(?:치료|재활|회복)"]
# what R_S (safety inversion: "mistakes to avoid", "rate my plan", a checklist or a quiz) and probe BB showed missed
EN_TERMS["harassment"]["severe"] += [
    r"follow(?:ing)? (?:her|him|them|my ex|my \w+) (?:\w+ ){0,4}?so (?:she|he|they) (?:doesn'?t|don'?t|won'?t|wouldn'?t|can'?t|never) (?:notice|see|know|find out|spot)",
    r"(?:post|leak|spread|drop)\w* (?:\S+ ){0,5}?(?:\w+'s?|her|his|their) (?:home|house|irl) address"]
EN_TERMS["violence"]["severe"] += [
    r"(?:hurt|hit|beat|punch|kick|choke|strangle)\w* (?:\w+ ){0,8}?leaves? no (?:marks|bruises|evidence)",
    r"(?:hit|smash|beat|whack|bash|club|strike)\w* (?:him|her|them|(?:the|my|that|this) (?:\w+ )?(?:manager|boss|guy|man|woman|teacher|coworker|neighbou?r|ex|dad|mom|"
    r"cashier|bouncer|officer|cop|landlord|roommate|bully|brother|sister|stepdad|wife|husband)) (?:\w+ ){0,2}?(?:with|using) (?:a |an |my |the )?(?:baseball )?"
    r"(?:bat|hammer|crowbar|pipe|brick|wrench|rock|tire iron|golf club|bottle)"]
EN_TERMS["self_harm"]["severe"] += [
    r"end (?:it|it all|my life|things) (?:\w+ ){0,2}?(?:with|using|by taking) (?:\w+ ){0,2}?(?:pills|meds|medication|tablets|a rope|a gun|a knife|a blade|insulin)"]
EN_TERMS["sexual"]["explicit"] += [
    r"(?:dirty|sex|sexual|nsfw|x-rated|naughty|kinky) (?:scenarios?|scenes?|stor(?:y|ies)|acts?) (?:\w+ ){0,3}?(?:graphically|in graphic detail|explicitly|in explicit detail)"]
KO_TERMS["violence"]["severe"] += [
    r"몇 ?(?:대|방)(?:를|을)? ?(?:더 ?)?(?:때려|패|쳐|갈겨)야", r"몇 ?번(?:을)? ?(?:더 ?)?(?:때려|패)야", r"둔기로 ?(?:\S+ ){0,2}?(?:치|때리|내려치|가격)",
    r"(?:어디서|언제|어떻게|뭘로|뭐로) ?(?:해야|하면|터뜨려야|던져야) ?(?:\S+ ){0,2}?(?:피해|사상자)(?:가)? ?(?:제일|가장|최대|더|많이)"]
KO_TERMS["drugs"]["severe"] += [r"환각 ?버섯(?:을|를)? ?(?:\S+ ){0,3}?(?:키우|재배|기르|구하|구매|사는|먹|복용|용량|얼마나|몇 ?(?:g|그램|개))"]
KO_TERMS["prompt_injection"]["severe"] += [
    r"(?:너|니|네|너의|봇)(?:의)? ?(?:규칙|지침|설정|프롬프트)(?:이|을|를|은|는)? ?(?:\S+ ){0,4}?(?:복붙|원문|첫 ?(?:문장|줄)부터|토씨 ?하나)"]
KO_TERMS["harassment"]["severe"] += [
    r"멘탈(?:을|이)? ?(?:\S+ ){0,2}?(?:나가게|터지게|부수|박살|깨지게|무너지게) ?(?:하는|할|만드는)? ?(?:\S+ )?(?:댓글|악플|말|멘트|디엠|dm|채팅)",
    r"(?:옆집|이웃|전(?:여|남)친|전 ?애인|동료|상사|그 ?(?:여자|남자|사람|애)|걔|쟤)[^.?!]{0,25}?감시(?:하는|할|하기) ?(?:루틴|방법|법|계획|일정|스케줄|표|앱)",
    r"(?:전(?:남|여)친|전 ?(?:애인|남편|와이프|부인)|걔|쟤)(?:의)? ?(?:사진|얼굴|폰 ?번호|전화 ?번호|번호|주소|실명)[^.?!]{0,40}(?:전단지|벽보|포스터|현수막)"]
# a minority mocked, or ranked as inferior, at any distance within the sentence
MOCKED_GROUP_KO: list[str] = [r"조선족", r"중국인", r"일본인", r"동남아(?:인| 사람)?", r"흑인", r"유대인", r"무슬림", r"이슬람", r"난민", r"이민자", r"이주 ?(?:민|노동자)",
                              r"외국인 ?노동자", r"다문화", r"탈북자", r"장애인", r"동성애자?", r"게이", r"레즈", r"성소수자", r"트랜스", r"퀴어", r"혼혈"]
HATE_REBUTTAL_KO += [r"신고", r"하지 ?말자", r"금지"]
MOCKERY_KO: list[str] = [r"(?:욕|조롱|비하)(?:하는|할|하기|하면서) ?(?:때|멘트|드립|말|글|밈|짤|문구|방법|법)", r"(?:열등|미개|더러운|멍청)한 ?(?:이유|근거|점|증거|특징)"]
GAME_TARGET_EN += [r"crewmates?", r"impostors?"]
EN_ALLOW += [r"(?:kill|vent|sabotage)\w* (?:\w+ ){0,5}?as (?:the |an? )?impost[oe]r", r"as (?:the |an? )?impost[oe]r,? (?:\w+ ){0,5}?kill\w*",
             r"(?:cat|dog|kitten|puppy|rabbit|hamster|guinea pig|pig|cow|goat|sow|mare|ewe|ferret)'?s? (?:\w+ )?nipples?",
             r"developer mode (?:in|on|for) (?:discord|my phone|android|ios|iphone|chrome|windows|settings)", r"discord(?:'s)? developer mode",
             r"developer mode (?:\w+ ){0,3}?(?:copy|get|see|find) (?:a |the |my |their |his |her )?(?:\w+ )?ids?", r"developer mode (?:channel|role|testers?)"]
KO_ALLOW += [r"숨(?:을)? ?죽이", r"(?:앵무새|새|강아지|개|고양이|햄스터|토끼)(?:가|이)[^.?!]{0,30}자해(?:하는|하나|인가|인지|행동)"]
DRUG_NEWS_KO += [r"적발", r"밀수 ?(?:사건|조직|적발|검거)", r"검거"]
EN_TERMS["violence"]["severe"] += [r"(?:hyp(?:e|es|ed|ing)|rile|riling|rally|rallying|pump|pumping|fire|firing|get|getting) (?:ppl|people|everyone|them|folks|the (?:server|group|chat|crowd)) up to (?:go )?(?:attack|beat|hurt|jump|storm|raid|burn|kill|shoot|stab)"]
KO_TERMS["sexual"]["explicit"] += [r"아무것도 ?(?:안 ?(?:걸친|입은|입고|걸치고)|걸치지 ?않|입지 ?않)"]
EN_TERMS["harassment"]["severe"] += [r"(?:@[\w.]+|(?:our|a) (?:server )?member|my (?:classmate|coworker|roommate|neighbou?r)) (?:\w+ ){0,3}?(?:drawn|depicted|shown|portrayed|pictured) as (?:a |an )?(?:\w+ )?"
                                     r"(?:pig|cow|whale|rat|cockroach|monkey|ape|clown|slug|trash|garbage)s?\b"]
EN_TERMS["violence"]["severe"] += [r"(?:he'?s|she'?s|they'?re|he is|she is|they are) (?:\w+ )?(?:tied up|gagged|bound|chained up|restrained) in (?:the|my|our|a) (?:basement|trunk|shed|attic|van|closet|cellar)"]
# what probe BC and red team R_T (authority claims, urgency, nostalgia) showed missed, measured once on 5484917
SUGGESTIVE_KO += [r"수위 ?(?:있는|쎈|센|높은|강한) ?(?:장면|씬|신|그림|버전|썰|콘티)", r"러브 ?(?:씬|신)", r"스킨십 ?(?:많이|진하게|잔뜩|가득)"]
KO_TERMS["violence"]["severe"] += [r"브레이크(?:를)? ?(?:\S+ ){0,2}?(?:망가뜨|고장 ?내|끊|풀어 ?놓|느슨하게)", r"사고 ?(?:나게|당하게) ?(?:하는|만드는|할) ?(?:방법|법)",
                                   r"(?<!덜 )(?<!안 )아프게 ?하는 ?(?:방법|법)[^.?!]{0,10}$"]
EN_TERMS["violence"]["severe"] += [
    r"(?:cut|tamper(?:ed|ing)? with|sabotag\w*) (?:his|her|their|someone'?s|\w+'s) (?:\w+ )?brakes?",
    r"(?:made|make|making|get|got|getting) (?:the )?(?:prisoners?|captives?|hostages?|pows?|detainees?) (?:to )?talk[^?!]{0,100}(?:methods?|techniques?|exactly|in detail|step by step)",
    r"(?:celebrat|glorif|prais)\w* (?:a |the |that )?(?:\w+ )?(?:mass (?:stabbing|shooting|murder|killing)|massacre|school shooting|terror(?:ist)? attack|bombing|rampage)"]
EN_TERMS["self_harm"]["severe"] += [
    r"(?:ledge|rooftop|roof edge|bridge railing|cliff edge)[^?!]{0,80}(?:just do it|no ?one (?:cares|would care|will miss)|nobody (?:cares|will miss))"]
EN_TERMS["weapons"]["severe"] += [
    r"(?:mix|make|made|mixed|making|build|built) (?:\w+ ){0,3}?(?:blasting charges?|explosives?|detonators?|pipe bombs?) (?:from|out of|using|with)"]
EN_TERMS["prompt_injection"]["severe"] += [
    r"(?:list|show|reveal|tell me|print|give me|share)\w* (?:\w+ ){0,3}?(?:on |in |of )?your (?:\w+ )?(?:blocklist|block list|ban ?list|filter (?:list|rules|words)|word ?list|thresholds?)"]
KO_TERMS["harassment"]["severe"] += [
    r"(?:본명|실명)(?:이랑|하고|과|와|,)? ?(?:\S+ ){0,2}?(?:사는 ?(?:동네|곳|집)|주소|집|학교|직장)(?:을|를)? ?(?:\S+ ){0,2}?(?:찾아|알아내|알려|특정)"]
MOCKERY_KO += [r"(?:열등|미개|더럽|멍청)한지", r"왜 ?(?:열등|미개|더럽|멍청)"]
DEHUMAN_KO += [r"괴물(?:처럼|같이|로 ?(?:그린|묘사))", r"역겹"]
DRUG_PREVENTION_EN += [r"awareness (?:post|campaign|poster|week|month|flyer|talk|video)"]
# what probe BD and red team R_U (the harm in a late clause, a P.S. or one item of a list) showed, measured once on df6f709
EN_ALLOW += [r"nipples? (?:are|is|get|got|getting|keep) (?:\w+ )?(?:cracked|sore|painful|bleeding|inverted|flat|chapped)",
             r"(?:breast ?feeding|nursing|pumping)[^.?!]{0,40}nipples?", r"nipples?[^.?!]{0,40}(?:breast ?feeding|nursing|pumping)",
             r"bang(?:s|ing|ed)? (?:his|her|their|my|its) (?:head|fists?|hands?|feet|toys?|spoon|cup)s?", r"head ?bang\w*",
             r"(?:not|never|i'?m not|im not|isn'?t|wasn'?t|not feeling) suicidal",
             r"what (?:does|is) ['\"‘“]?pro-?ana['\"’”]? (?:mean|stand for)", r"pro-?ana (?:content|posts?|communities|accounts|tags?)[^.?!]{0,30}(?:ban|report|remove|rules?)",
             r"(?:rock|sugar|hard|cotton) candy[^.?!]{0,60}one[- ]?pot (?:method|recipe)"]
REPORTING_EN += [r"(?:threats?|threatening|harass\w*|stalk\w*)[^.?!]{0,40}(?:document|report|screenshot)\w*"]
KO_ALLOW += [r"반입 ?(?:규정|규칙|가능 ?(?:여부|한지|해)|기준|금지 ?(?:품목|물품))",
             r"(?:몰카|불법 ?촬영|도촬) ?(?:찍는 ?)?(?:사람|놈|범인|범죄)(?:을|를|이|가)? ?(?:\S+ ){0,3}?(?:신고|봤|목격|대처)",
             r"(?:협박|스토킹|성희롱|폭언) ?(?:문자|메시지|메세지|전화|디엠|dm)?(?:를|을)? ?(?:받|보내(?:는데|고 ?있|서|와|온다))[^.?!]{0,40}(?:증거|신고|고소|어떻게)",
             r"물뽕[^.?!]{0,20}(?:예방|조심|주의|대처|피해|당하지|신고|검사|키트)",
             r"(?:식물|화분|다육이|꽃|선인장|허브)(?:을|를)? ?(?:잘 ?|자꾸 ?|맨날 ?|다 ?)?죽이는 ?(?:사람|친구|나|편|타입|스타일)"]
EN_TERMS["hate"]["severe"] += [
    r"keep(?:ing)? (?:the |those )?(?:gays?|trans (?:people|folks)|queers?|lgbt\w*|homosexuals?|immigrants?|muslims?|jews?) away from (?:our |the )?(?:kids|children|schools?)",
    r"(?:gays?|trans (?:people|folks)|queers?|lgbt\w*|homosexuals?) (?:\w+ ){0,4}?(?:recruit|groom|convert)\w* (?:them|our kids|children|kids)"]
KO_TERMS["hate"]["severe"] += [r"(?:여자|여성)(?:들)?(?:은|는) ?(?:원래 ?)?(?:머리(?:가)? ?나빠|멍청해)", r"(?:여자|여성)(?:들)?(?:은|는)? ?(?:\S+ ){0,3}?집에서 ?애(?:나|만) ?봐야"]
DEHUMAN_KO += [r"사회(?:의|에)? ?짐", r"세금 ?(?:낭비|도둑)"]
EN_TERMS["harassment"]["severe"] += [r"(?:real name|school|home address)[^.?!]{0,40}so (?:people|everyone|they|we|ppl) can (?:go )?(?:find|visit|show up|get|track)"]
KO_TERMS["harassment"]["severe"] += [r"왕따 ?(?:시키|시킬|만들)(?:려고|려는|는 ?(?:법|방법)|자|기 ?(?:위해|좋은))"]
EN_TERMS["violence"]["severe"] += [r"(?:prais|glorif|celebrat)\w* (?:the )?(?:\w+ ){0,3}?(?:shooter|bomber|attacker|killer|terrorist)s? as (?:a |an )?(?:hero|martyr|legend|saint|role model|icon)"]
KO_TERMS["violence"]["severe"] += [r"문(?:을)? ?(?:다 )?잠그고 ?(?:\S+ ){0,2}?(?:불 ?(?:지르|질러|붙이)|방화)"]
KO_TERMS["self_harm"]["severe"] += [r"(?:옥상|난간|다리 ?위|한강 ?다리)[^?!]{0,60}(?:오늘 ?밤 ?(?:할|하려|뛸|끝낼)|이제 ?그만)"]
EN_TERMS["weapons"]["severe"] += [
    r"fail(?:ed|s)? (?:the |a |my )?background check[^.?!]{0,80}(?:buy|get|purchase)\w* (?:a |an )?(?:handgun|gun|rifle|pistol|firearm)"]
EN_TERMS["drugs"]["severe"] += [
    r"(?:thc|weed|pot|edibles|gummies|vapes?|carts?|pills|drugs)[^.?!]{0,40}(?:sell|selling|sold|deal|dealing)\w* (?:\w+ ){0,2}?(?:at|in|to) (?:school|class|kids|students|minors|middle schoolers)",
    r"(?:thc|weed|edibles?|gummies)[^?!]{0,80}look like (?:regular |normal )?(?:kids'? |children'?s )?candy"]
KO_TERMS["drugs"]["severe"] += [r"몇 ?(?:알|정|개)(?:부터|이면|먹으면)? ?(?:\S+ )?(?:환각|뿅|붕 ?뜨|취하|헤롱)"]
KO_TERMS["real_person"]["severe"] += [r"(?:ai|에이아이) ?(?:목소리|음성|보이스)(?:로)? ?(?:\S+ ){0,3}?(?:진짜인 ?척|진짜처럼|실제처럼|속이)"]
EN_TERMS["prompt_injection"]["severe"] += [
    r"(?:safety )?(?:guidelines|rules|policies|filters?|restrictions) (?:no longer|don'?t|do not) apply", r"answer (?:every|all|any) (?:future )?(?:requests?|questions?) without refusing",
    r"(?:copied|copy|paste|pasted|exactly) (?:\w+ ){0,3}?from your (?:config|configuration|instructions|system prompt|prompt|rules|settings)",
    r"topics you(?:'re| are) (?:told|instructed|programmed|configured) to (?:refuse|avoid|block)",
    r"as dan,? (?:who|which|an? (?:ai|bot|assistant))", r"(?:has|have) no restrictions and never mentions? (?:polic|rules|guidelines)"]
EN_TERMS["hate"]["severe"] += [
    r"(?:jews?|muslims?|black (?:man|woman|person|people)|mexicans?|arabs?|asians?|gay (?:man|guy|men)|trans (?:woman|man|person|people)|immigrants?|refugees?) (?:\w+ ){0,2}?(?:as|like) "
    r"(?:a |an )?(?:rats?|pigs?|apes?|monkeys?|cockroach(?:es)?|vermin|parasites?|snakes?|rodents?)", r"jews? (?:\w+ ){0,5}?(?:counting|hoarding|grabbing|clutching) (?:money|gold|coins|cash)"]
# what probe BE showed, measured once on 3b06555
EN_TERMS["hate"]["severe"] += [r"hook-?nosed (?:jews?|jewish)", r"(?:jews?|jewish) (?:\w+ ){0,3}?(?:controlling|control|controls|running|runs|pulling the strings of) (?:the )?(?:world|media|banks|government)"]
KO_TERMS["harassment"]["severe"] += [r"조롱(?:용|하려고|할 ?거)", r"(?:얼굴|사진)(?:으로|로|을|를)? ?(?:\S+ ){0,2}?(?:바퀴벌레|돼지|벌레|쓰레기|원숭이)(?:로|처럼)? ?(?:\S+ ){0,2}?(?:그려|만들|합성)",
                                     r"(?:전(?:여|남)친|전 ?애인|그 ?(?:여자|남자|사람|애)|걔)[^.?!]{0,20}?(?:몰래 ?)?(?:계속 ?)?감시(?:하면서|하고|하는)",
                                     r"(?:전(?:여|남)친|전 ?애인|차단한|날 ?차단)[^.?!]{0,30}부계"]
EN_TERMS["violence"]["severe"] += [r"(?:hit|punch|kick|stab|beat|hurt)\w* (?:him|her|them)[^.?!]{0,30}so (?:they|he|she) (?:can'?t|cant|won'?t|wont) (?:play|walk|fight|get up|stand|move|work)"]
EN_TERMS["weapons"]["severe"] += [r"(?:buy|get|purchase)\w* (?:a |an )?(?:\w+ )?(?:handgun|gun|rifle|pistol|firearm|ar-?15|glock|ak-?47|shotgun) (?:\w+ ){0,3}?(?:with no |without (?:any |a )?)(?:paperwork|background checks?|serial|id|license)"]
KO_TERMS["real_person"]["severe"] += [r"(?:인터뷰|기사|발언|인용문?|트윗|성명|사과문)(?:을|를)? ?날조"]
KO_TERMS["violence"]["severe"] += [r"(?:kill|murder|stab|torture|poison) ?(?:\S+ ){0,2}?(?:고양이|강아지|개|길냥이|동물|사람)[^.?!]{0,15}(?:하는 ?(?:법|방법)|방법)"]
# selling a used thing in a buy-and-sell channel: "a spare canister filter, lightly used" read as weapons, a stroller as drugs
CLASSIFIEDS_EN: list[str] = [r"(?:lightly|barely|gently|never|hardly) used", r"\bobo\b", r"for sale", r"selling (?:my|a|an|our|some)", r"\bwts\b", r"#?trading post",
                             r"buy[- ]and[- ]sell", r"(?:marketplace|classifieds?) (?:post|listing|ad)", r"(?:good|great|mint|like[- ]new) condition"]
CLASSIFIEDS_KO: list[str] = [r"판매 ?글", r"팝니다", r"중고 ?(?:거래|판매|상태|매물)", r"상태 ?(?:좋|굿|최상|a급|깨끗)", r"미개봉", r"택포", r"직거래", r"트레이드 ?채널"]
CLASSIFIEDS_CANCEL_EN: list[str] = [r"no questions asked", r"no id", r"discreet\w*", r"dm (?:me )?for (?:the )?menu", r"telegram", r"ammo", r"pills", r"carts?", r"plugs?",
                                    r"pistols?", r"guns?", r"rifles?", r"firearms?", r"glocks?", r"unregistered", r"untraceable", r"ship (?:it|them) (?:so|without)",
                                    r"(?:doesn'?t|doesnt|won'?t|wont|don'?t|dont) (?:catch|notice|find)"]
CLASSIFIEDS_CANCEL_KO: list[str] = [r"텔레", r"던지기", r"수면제", r"실탄", r"몰래", r"신분증 ?없이", r"총", r"권총", r"안 ?걸리", r"안 ?들키"]
GAME_EN += [r"1v[1-5]", r"clutch\w*"]
GAME_TARGET_EN += [r"1v[1-5]", r"(?:the |my |our )?(?:whole )?team"]
EN_ALLOW += [r"sex(?:ing)? (?:my|a|an|the|your|these|baby) (?:\w+ )?(?:fish|pleco|betta|guppy|guppies|cichlids?|snakes?|geckos?|chicks?|birds?|parrots?|budgies?|rabbits?|hamsters?|"
             r"turtles?|tortoises?|axolotls?|shrimp|snails?|lizards?|ducks?|chickens?)"]
KO_ALLOW += [r"고어(?:가|는)? ?(?:심하지|많지|과하지|세지|없는|없이|빼고|말고)"]
MENTION_KO += [r"['\"‘“][^'\"’”]{1,15}['\"’”] ?(?:정도|수준)(?:면|이면)? ?(?:경고|밴|뮤트|차단|처벌|제재)"]
# what probe BF showed, measured once on dbfc858
# asking where to get help, or how to tell someone, is not asking for self-harm content
SUPPORT_EN += [r"(?:where|how) (?:to|can i|do i|should i|could i|can (?:someone|people|they)) (?:get|find|ask for|reach out for) (?:help|support)",
               r"how (?:do|can|should|could) i (?:tell|talk to|open up to|bring (?:it|this) up (?:with|to)) (?:my |a |the )?(?:teachers?|parents?|mom|mum|dad|"
               r"family|counsel?l?ors?|doctors?|therapists?|friends?|school nurse|partner)",
               r"(?:recogniz|spott|notic)\w* (?:the )?(?:\w+[- ]){0,2}?(?:signs|symptoms)"]
KO_ALLOW += [r"죽고 ?싶(?:다|어|음|당)[^.?!\n]{0,15}농담"]
HOME_EN += [r"rust(?:ed|y) (?:nuts|bolts|screws|hinges?|tools?)", r"nuts and bolts", r"(?:bench )?vises?", r"workbench(?:es)?", r"wrench(?:es)?", r"screwdrivers?",
            r"sandpaper", r"wood ?glue"]
HOME_KO += [r"녹슨 ?(?:볼트|너트|나사|경첩|공구)", r"바이스", r"작업대", r"스패너", r"렌치", r"사포", r"목공 ?본드"]
# a moderator writing the rules or a notice for the community: it names what is banned and sounds like instructions
NOTICE_EN: list[str] = [r"(?:server|channel|community|group|club|discord|forum|guild|clan) (?:rules|guidelines|notice|announcement|faq|code of conduct|welcome message)",
                        r"(?:rules|guidelines|notice|announcement|code of conduct|welcome message|pinned (?:message|post)) for (?:the |our |my |a )?(?:\w+ )?(?:server|channel|community|group|club|discord|forum)"]
NOTICE_KO: list[str] = [r"(?:방|채널|서버|게시판|모임|동아리|카페|단톡방?|스터디|커뮤니티|디코|길드|클랜) ?(?:이용 ?)?(?:규칙|규정|수칙|공지|안내문?|가이드)",
                        r"(?:신고|문의|공지|자유|질문) ?(?:채널|방|게시판) ?(?:안내|이용)"]
NOTICE_CANCEL_EN: list[str] = [r"ignore", r"system prompt", r"your (?:own )?(?:rules|instructions|guidelines|filters?|settings|prompt)",
                               r"(?:bypass|disable|turn off) (?:the |your )?(?:filter|safety|moderation)"]
NOTICE_CANCEL_KO: list[str] = [r"무시", r"프롬프트", r"(?:너|네|니|봇|ai)(?:의|가)? ?(?:규칙|지시|지침|설정|필터|제한)", r"해제", r"우회", r"탈옥"]
HATE_CRITIQUE_KO += [r"(?:혐오|비하|차별|욕설|인신공격) ?(?:발언|표현)?(?:을|를)? ?(?:쓰면|하면|사용하면|올리면|남기면) ?(?:바로 ?)?(?:밴|강퇴|경고|차단|제재|처벌|뮤트)"]
KO_TERMS["harassment"]["severe"] += [r"(?:닉네임|닉|아이디|실명|이름)(?:을|를)? ?(?:넣어|넣고|박아|적어)[^.?!]{0,20}(?:조롱|놀리|비웃|개무시|망신)",
                                     r"(?:모더|운영진|관리자|어드민|멤버|유저|회원|걔|쟤)[^.?!]{0,25}(?:조롱|놀리는|비웃는|개무시)\S* ?(?:짤|밈|그림|합성|사진)"]
KO_TERMS["harassment"]["severe"] += [r"ㅂㅎ ?하는 ?(?:랩|글|노래|가사|드립|농담|밈|짤|시|만화|썰)"]  # 비하하는, in initial consonants
# what red-team set R_V showed (the harm in one item of a friendly list, a form or a text to translate), measured once on ea5c1f0
EN_TERMS["violence"]["explicit"] += [r"slit throats?", r"throats? (?:slit|cut open)", r"blood pooling", r"execution of (?:a |the )?(?:kneeling |bound )?(?:hostages?|prisoners?|captives?)"]
KO_TERMS["violence"]["explicit"] += [r"목(?:이)? ?(?:잘리|베이)(?:는|면서|며)[^.?!]{0,30}(?:피|내장|장면|실사|그려)", r"내장(?:이|을)? ?(?:\S+ )?(?:튀|쏟아|흘러나|삐져|꺼내)"]
EN_TERMS["violence"]["severe"] += [r"(?:poison\w*|kill\w*|murder\w*)[^.?!]{0,60}(?:looks?|seems?|appears?) (?:natural|like an accident|like natural causes|accidental)",
                                   r"poison\w* (?:\w+ ){0,3}?(?:drink|food|coffee|tea)\w* so (?:they|he|she) (?:die|dies|won'?t wake)"]
EN_TERMS["hate"]["severe"] += [r"(?:they'?re|they are|those people are|these people are) (?:\w+ )?(?:parasites|vermin|cockroaches|rats|subhuman|animals),? not (?:people|humans|human beings)"]
KO_TERMS["hate"]["severe"] += [r"(?:들|것들|놈들|새끼들)(?:은|는)? ?사람이 ?아니라 ?(?:기생충|벌레|바퀴벌레|해충|짐승)",
                               r"(?:" + "|".join(GROUP_KO) + r")[^.?!\n]{0,40}?(?:몰아내|쫓아내|내쫓|추방하)(?:자|야|라)"]
KO_TERMS["self_harm"]["severe"] += [r"확실히 ?죽(?:는|을) ?(?:팁|방법|법|곳|약|수)", r"(?:남길|남겨 ?둘) ?유서", r"(?:뛰어내릴|투신할) ?(?:거|건데|꺼|려고|예정)",
                                    r"(?:천장|대들보|문고리)에 ?(?:\S+ )?매달린 ?(?:올가미|밧줄)", r"올가미[^.?!]{0,40}(?:끝내자|끝내|죽자)", r"오늘 ?밤 ?끝내자"]
KO_TERMS["harassment"]["severe"] += [r"(?:해칠|죽일|해코지할) ?(?:거|것)(?:이)?라고 ?(?:느끼게|생각하게|믿게|겁)", r"(?:24시간|계속|항상) ?지켜보고 ?있(?:다|고|는)[^.?!]{0,40}(?:느끼게|겁|무섭게|익명)"]
KO_TERMS["drugs"]["severe"] += [r"(?:자낙스|졸피뎀|수면제|진통제|벤조|신경안정제)\S* ?(?:랑|와|과|하고|에)? ?술[^.?!]{0,30}(?:취하|용량|세게|몇 ?(?:알|개|정))"]
EN_TERMS["drugs"]["severe"] += [r"(?:xanax|benzos?|oxy\w*|percs?|zolpidem|ambien)\s(?:and|with|\+)\s(?:alcohol|booze|liquor|vodka)[^.?!]{0,40}(?:high|dose|fucked up|wasted|hardest)"]
DECEPTIVE_EVENT_KO += [r"뺑소니", r"로 ?구속"]
SFW_ROMANCE_EN += [r"rating: ?(?:all[- ]ages|g|pg|sfw|family)", r"all[- ]ages"]
FRIEND_EN += [r"@[a-z0-9_.]{2,32}"]
HOME_EN += [r"bookshel(?:f|ves)", r"desks?", r"birdhouses?", r"slime", r"paper (?:airplanes?|planes)", r"kites?"]
HOME_KO += [r"새집 ?(?:만들|만드)", r"목공", r"책상", r"책장", r"액체 ?괴물", r"슬라임"]
COOKING_KO += [r"레모네이드", r"에이드", r"주스"]
# what probes BG and BH showed, measured once on ea5c1f0
KO_ALLOW += [r"누드 ?김밥", r"(?:매운 ?맛|짠 ?맛|쓴 ?맛|단 ?맛|신 ?맛|비린 ?맛|매운 ?기|향)(?:을|를)? ?(?:\S+ )?죽이",
             r"(?:잔인한|자극적인|끔찍한|고어|선정적인) ?(?:묘사|장면|내용)(?:은|는|이나|도)? ?(?:다 ?)?(?:빼고|없이|말고|제외)",
             r"(?:디코|디스코드)? ?니트로 ?(?:피싱|사기|무료|선물|결제|구독)", r"무료 ?니트로"]
EN_ALLOW += [r"nude (?:mouse|mice|rats?)", r"(?:discord|free) nitro", r"(?:bans?|banned|prohibits?|prohibited|forbids?|forbidden|zero tolerance (?:for|on))\b[^.?!]{0,80}?sexual content involving minors"
             r"(?:,? (?:and |or )?(?:doxx?ing|harassment|hate speech|threats|spam|self[- ]harm(?: promotion)?))*",
             r"(?:why|how) (?:[\w']+ ){0,6}?\(?doxx?ing\)? is (?:dangerous|harmful|wrong|illegal|against)",
             r"(?:harassment|threats|hate speech|spam|scams?)(?:,| or| and)+ (?:\w+ )?doxx?ing(?:,? (?:or|and) \w+(?: \w+)?)?"]
HOME_EN += [r"fire extinguishers?", r"smoke (?:alarms?|detectors?)"]
HATE_CRITIQUE_EN += [r"counter[- ]?speech", r"(?:reply|respond|response|rebuttal) to (?:someone|a (?:user|member|commenter|comment|post)|a \w+ who)[^.?!]{0,60}(?:posted|said|wrote|claimed|saying)"]
HATE_CRITIQUE_KO += [r"반박 ?(?:댓글|글|문|답장?)", r"(?:혐오|차별|비하) ?(?:댓글|발언|표현|글)에 ?(?:대응|대처|반박)"]
SUGGESTIVE_KO += [r"(?:끼리|둘이서?) ?하는 ?(?:장면|씬|신)[^.?!]{0,20}(?:묘사|자세히|빡세|수위)"]
PARENTING_EN += [r"(?:my|our) (?:\d+ ?(?:yo|y/o|year[- ]old)|son|daughter|kid|child|toddler) (?:asked|wants to know) (?:me )?(?:what|why|how|where)"]
GAME_KO += [r"카스(?:에서|할 ?때|하다)", r"발로란트", r"발로(?:에서|할 ?때)", r"오버워치", r"폭탄 ?해체"]
CLASSIFIEDS_EN += [r"(?:post|ad|listing) to sell", r"pickup only", r"\d+k won"]
REAL_PEOPLE_KO += [r"페이커", r"쯔양", r"침착맨", r"우왁굳", r"풍월량", r"감스트", r"대도서관", r"보겸", r"릴카", r"한동숙", r"김계란", r"슈카"]
REAL_PEOPLE_EN += [r"mr ?beast", r"pewdiepie", r"pokimane", r"xqc", r"tyler1", r"valkyrae", r"kai cenat", r"ishowspeed"]
KO_TERMS["real_person"]["severe"] += [r"가짜 ?(?:기사|뉴스|공지글?|보도|사과문|입장문|인터뷰)[^.?!]{0,30}(?:진짜|실제) ?(?:뉴스|기사)?처럼",
                                      r"가짜[^.?!]{0,40}본인 ?말투", r"본인 ?말투[^.?!]{0,30}가짜"]
EN_TERMS["real_person"]["severe"] += [r"fake (?:news )?(?:article|story|report|announcement|statement|tweet|post)[^.?!]{0,40}(?:look|looks|sound|sounds|seem|seems) (?:real|legit|authentic|official)"]
EN_TERMS["harassment"]["severe"] += [r"(?:draft|write|compose|send|make)\w* (?:me )?(?:a |an )?(?:kill |death )?threat(?!s? (?:assessment|model|report|analysis|intelligence|level|actor|detection|hunting))",
                                     r"won'?t make it home", r"we know where you (?:live|park|sleep|work)"]
KO_TERMS["harassment"]["severe"] += [r"(?:kill|death) ?threat ?(?:메시지|메세지|문자|dm|디엠|편지|글)", r"집 ?앞에서 ?기다린다(?:고|는)"]
EN_TERMS["violence"]["severe"] += [r"plan (?:a |an )?(?:shooting|stabbing|bombing|massacre|attack) (?:at|in|on)"]
GAME_TARGET_KO += [r"폭탄 ?해체"]
# a true fact about a public figure ("fun fact: he was the 44th president", "실제 방송 경력 위주로") is not a fabrication about them
FACTUAL_EN: list[str] = [r"fun facts?", r"keep it (?:accurate|factual|true)", r"(?:accurate|factual|true|verified) (?:facts?|history|career|record|achievements|biography|timeline)",
                         r"(?:based on|stick to|only) (?:the )?(?:facts|real events|public record|(?:his|her|their) (?:real|actual) (?:career|history))"]
FACTUAL_KO: list[str] = [r"실제 ?(?:\S+ )?경력", r"사실(?:만|대로|에 ?(?:근거|기반)|관계)", r"팩트(?:만|대로)", r"정확한 ?(?:정보|사실|내용|경력)", r"약력"]
FACTUAL_CANCEL_EN: list[str] = FRIEND_CANCEL_EN + FABRICATION_EN + DECEPTIVE_EVENT_EN + [r"rumou?rs?", r"scandals?", r"controvers\w*", r"raids?", r"allegations?"]
FACTUAL_CANCEL_KO: list[str] = FRIEND_CANCEL_KO + FABRICATION_KO + DECEPTIVE_EVENT_KO + [r"루머", r"소문", r"논란", r"의혹", r"스캔들"]
EN_TERMS["harassment"]["severe"] += [r"(?:should|to|go|just|pls|please) (?:just |go )?end yourself"]  # "kys" spelled out, aimed at someone
# what probes BI and BJ and red-team set R_W (emotional pressure) showed, measured once on f7cdd2a
FABRICATION_KO += [r"본인이 ?(?:직접 )?(?:말한|쓴|한) ?것처럼"]
KO_TERMS["self_harm"]["severe"] += [r"(?:내가|나는) ?죽는 ?(?:게|것이) ?(?:맞다|낫다)(?:고)?", r"결심(?:이)? ?흔들리지 ?않게"]
KO_TERMS["harassment"]["severe"] += [r"가짜 ?(?:소문|루머)[^.?!]{0,40}(?:퍼뜨|뿌리|뿌릴|올릴|돌릴)", r"(?:퍼뜨릴|뿌릴|돌릴) ?(?:가짜 ?)?(?:소문|루머)"]
KO_TERMS["drugs"]["severe"] += [r"(?:대마|마약|필로폰|떨|액상)[^.?!]{0,30}(?:파는|팔) ?(?:방법|법)", r"대마(?:초)?(?:를)? ?키워서"]
KO_TERMS["prompt_injection"]["severe"] += [r"안전 ?모드 ?(?:=|:) ?(?:꺼짐|off|해제|끔)", r"(?:이미지 |콘텐츠 )?정책(?:을|를)? ?무시", r"\[시스템 ?(?:명령|메시지|지시)\]",
                                           r"시스템 ?지시문", r"지시문 ?전문"]
EN_ALLOW += [r"(?:we |will )?(?:remove|delete|ban)\w* (?:any )?(?:content|posts?|messages?) that [^.?!'\"]{0,100}(?:self[- ]?harm|minors|doxx\w*)(?: members)?",
             r"(?:bans?|banned|prohibits?|forbids?|remove\w*|delete\w*) (?:\w+,? ){0,8}?(?:and |or )?doxx?ing", r"(?:is|am|was|i'?m|been|being|are) (?:getting |being )?doxx?ed",
             r"(?:shouts?|screams?|yells?|says?|said|cries|cried|whispers?)[,:]? ['\"‘“]i hate you", r"counter[- ]?speech[^.?!]{0,80}['\"‘“][^'\"’”]{1,60}['\"’”]"]
KO_ALLOW += [r"(?:신상 ?(?:털기|공개)|성적 ?콘텐츠|혐오 ?발언|괴롭힘|미성년자 ?성적 ?콘텐츠)(?=[^.?!\n]{0,60}(?:금지|즉시 ?밴|밴|제재|삭제))",
             r"맵기(?:가)? ?(?:\S+ )?죽이", r"(?:맛|맵기|비주얼|분위기)(?:가|는)? ?죽이는데", r"몰카(?:를|에)? ?(?:찍히|당하|당했)[^.?!]{0,30}(?:대응|신고|어떻게)",
             r"몰카 ?(?:피해|신고|예방|탐지|처벌|대처)", r"최무선", r"화약(?:을|의)? ?(?:국산화|발명|역사)", r"섹시 ?(?:컨셉|콘셉트)? ?(?:말고|대신|빼고|아니고|아닌)"]
HUNTING_EN += [r"(?:gun|firearm|range|hunter) safety", r"treat (?:every|each|a|all) (?:gun|firearm)s? as (?:if it'?s |if it were )?loaded"]
EN_TERMS["self_harm"]["severe"] += [r"promot(?:e|es|ing) self[- ]?harm", r"self[- ]?harm (?:as|is) (?:a |the )?(?:\w+ )?(?:way|solution|answer|cure) to cope"]
