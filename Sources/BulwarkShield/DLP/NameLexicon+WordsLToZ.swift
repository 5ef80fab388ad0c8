extension NameLexicon {
    /// Common English words from l to z, for `commonWords` (see there; split in two files only for their size).
    static let commonWordsLToZData = """
        lab label labeled labeling labels labor laboratory labs lacked lacking lacks lad ladder ladies lag lager laid
        landed landing landlord lands landscape language languages largely larger largest laser lasers last lasted
        lasting lasts late lately later latest latter laugh laughed laughing laughs launch launched launches launching
        lavatory lawn lawyers layer layers laying layout lays laziness lazy lead leaded leaders leadership leading leads
        leaflet leaflets leaned leaning leans leap learn learning learns least leather leave leaved leaves leaving
        lecture lectured lecturer lecturers lectures lecturing led left leg legal legally legend legendary legible
        legislation legitimate legitimately legs lend lending lends length lengths lengthy lenient lens lenses lesbian
        less lesson lessons lest let lethal lets letter letters letting level levels liability liable liaison libel
        liberal liberties librarian libraries library license licensed licenses licensing lid lie lied life lifestyle
        lifetime lift lifted lifting lifts lighted lighter lightest lighting lightly lightning lightninged lightnings
        lights like liked likelihood likely likes likewise liking limb limbs limit limitation limitations limited
        limiting limits linear lined linguistic lining linkage linked linking links lion lip lips liquid liquor lisp
        listed listen listened listener listening listens listing listings lists lit liter literal literally literary
        literate literature litter live lived liver lives livest living load loaded loader loading loads loans lobby
        local locally locals locate located locates locating location locations locked locking locks log logged logging
        logic logical logically logo logs lonely longer longest looked looking looks loophole loops loosely lords
        lorries lorry lose loses losing loss losses lost lot lots loudest loudly lousy loved lover lovers loves lowered
        lowering lowers lowest loyal luckily ludicrous ludicrously luggage lump lumps lunatic lunch lunchtime lungs lurk
        lurked lurking lurks luxury lying lyric lyrics machine machinery machines mad made madness magazine magazines
        magic magical magnetic magnificent magnitude mail mailbox mailed mailing mails mainframe mainframes mainly
        mainstream maintain maintained maintaining maintains maintenance majority make makers makes making male males
        malfunction malicious manage managed management manager managers manages managing mandate mandatory mangle
        mangled mangles mangling mania manifestation manifestly manifesto manipulate manipulated manipulates
        manipulating manipulation mankind manned manner manpower manually manuals manufacture manufactured manufacturer
        manufacturers manufactures manufacturing map mapped mapping maps margin marginal marginally margins marital
        marked markers market marketed marketing markets marking marriage married marries marrying marvelous masses
        massive massively match matched matches matching material materials mathematical mathematically mathematician
        mathematicians mathematics matrices matrix matters mature maximize maximum maybe meal mean meaning meaningful
        meaningless meanings meant meantime meanwhile measure measured measurement measurements measures measuring meat
        mechanic mechanical mechanics mechanism mechanisms media medical medicine medieval medium mediums meet meeting
        meetings meets megabyte megabytes melt member members membership memorable memories memory men mend mended
        mending mends mental mentality mentally mention mentioned mentioning mentions menu menus mercury mere merely
        merge merged merges merging merit merits mess message messages messed messes messy met metal metaphor meter
        meters method methods metric metro metros mice microcomputer microcomputers microprocessor microwave midday
        middle midnight might mighty migrate migrated migrates migrating migration mild mildly mileage military milk
        millions mimic mind minded minding mindless minds mined minimal minimalist minimize minimum mining minister
        ministers minorities minority mint minus minute minutes miracles miraculous mirror mirrors miscellaneous
        misdirect misdirected misdirecting misdirects miserable miserably misery misfortune misguide misguided misguides
        misguiding misinterpret misinterpreted misinterpreting misinterprets mislead misleading misleads misled misplace
        misplaced misplaces misplacing misprint misread misreading misreads misrepresent misrepresented misrepresenting
        misrepresents missed misses missile missiles missing mission mist mistake mistaken mistakenly mistakes mistaking
        mistook mists misunderstand misunderstanding misunderstands misunderstood misuse mixed mixes mixing mixture
        mnemonic moan moaned moaning moans mob mobile mod mode model modeled modeling modelings models moderate
        moderately moderation modern modes modest modification modifications modified modifies modify modifying module
        modules mold molecular molecule molecules mom moment momentarily moments momentum monarch monitor monitored
        monitoring monitors monkey monkeys monochrome monopoly monster monsters month monthly months mood moons moral
        morality morally morals moreover mornings moron morons mortal mortality mortals most mostly mother mothers
        motion motions motivate motivated motivates motivating motivation motive motives motor motors motorway motorways
        mountains mounted mounting mouse mouth move moved movement movements moves movie movies moving much mucked
        mucking mucks mud muddle muddled muddles muddling mug mugs multiple multiples multiplication multiplied
        multiplies multiply multiplying mum mumble mummy mundane murder murdered murderer murdering murders muscle
        muscles museum museums musical musician musicians must muttered muttering mutters mutual mutually myself
        mysteries mysterious mysteriously mystery mystic myth mythical mythology myths nailed nailing nails naive naked
        name named nameless namely names naming narrative narrow narrower narrowest nastier nastiest nasty national
        nationally native natives natural naturally nature naughty nearby nearer nearest nearly neat neatly necessarily
        necessary necessity neck need needed needing needle needles needless needlessly needs negate negative neglect
        neglected neglecting neglects negligible negotiable negotiate negotiated negotiates negotiating negotiation
        negotiations neighbor neighborhood neither nerve nerves nervous nest nested nesting nests net nets network
        networked networking networks neural neutral never nevertheless newcomers newer newest newly news newsletter
        newsletters newspaper newspapers next nicer nicest nicked nicking nickname nicknames night nightmare nights nil
        nine nobody node nodes noise noises noisy nominal nominally nominate nominated nominates nominating none
        nonetheless nonsense nor norm normal normality normally nose noses nostalgia not notable notably notation note
        noted notes nothing notice noticeable noticeably noticed notices noticing notification notified notifies notify
        notifying noting notion notions notorious notwithstanding noun nouns novel novels novelty novice novices now
        nowadays nowhere nuclear nuisance numb number numbered numbering numbest numeral numerals numeric numerical
        numerous nun nuns nurses nut nuts oar obey obeyed obeying obeys object objected objecting objection
        objectionable objections objective objects obligation obligatory oblige obliged obliges obliging obnoxious
        obscene obscure obscured obscures obscuring obscurity observation observations observe observed observer
        observers observes observing obsess obsessed obsesses obsessing obsession obsolete obstruct obstructed
        obstructing obstructs obtain obtainable obtained obtaining obtains obvious obviously occasion occasional
        occasionally occasions occupation occupied occupies occupy occupying occur occurred occurrence occurrences
        occurring occurs ocean oddly odds off offend offended offender offenders offending offends offense offenses
        offensive offer offered offering offerings offers offhand office officers offices official officially officials
        offset offsets offsetting offspring often oil older oldest omission omissions omit omits omitted omitting once
        one ones oneself ongoing onion only onto onus open opened opening openly opens opera operas operate operated
        operates operating operation operational operations operator operators opinion opinions opponent opponents
        opportunities opportunity oppose opposed opposes opposing opposite opposition oppress oppressed oppresses
        oppressing oppression opt opted optic optical optimal optimistic optimization optimize optimized optimizes
        optimizing optimum opting option optional optionally options opts opus opuses oral orbit orbital orchestra
        orchestral order ordered ordering orders ordinary organic organization organizations organize organized
        organizer organizers organizes organizing organs orient oriental orientate orientated orientates orientating
        orientation oriented orienting orients origin original originally originals originate originated originates
        originating originator origins orthodox other others otherwise ought our ourselves out outcome outcomes outcry
        outdated outer outgoing outline outlined outlines outlining outlook output outputs outrage outraged outrageous
        outrages outraging outright outset outside outstanding outweigh outweighs over overcame overcome overcomes
        overcoming overdraft overdue overflow overhead overheads overlap overload overloaded overloading overloads
        overlong overlook overlooked overlooking overlooks overnight overprice overpriced overprices overpricing
        overridden override overrides overriding overrode overseas overtime overtone overtones overview overwhelm
        overwhelmed overwhelming overwhelms overwriting overwritten owed owes owing own owned owner owners ownership
        owning owns oxygen ozone pacifier package packaged packages packaging packed packet packets packing packs pad
        padded padding pads paged pages paging paid pain painful painfully painless pains paint painted painting
        paintings paints pairs palace pale panel panels panic pant pants paper paperback papers par parade paradox
        paragraph paragraphs parallel parallels parameter parameters paranoia paranoid paraphrase parentheses
        parenthesis parents parity parked parking parliament parochial parody parrot parse parsed parses parsing part
        partial partially participant participants participate participated participates participating particle
        particles particular particularly parties partition partitioned partitioning partitions partly partner partners
        parts party passage passages passed passenger passengers passes passing passion passionate passive passport
        password passwords past paste patched patches patching patent path pathetic paths patient patients patronize
        patronized patronizes patronizing pattern patterns pause paused pauses pausing pavement pay payed paying payment
        payments pays peaceful peaks peanut peanuts peasant peasants peculiar pedal pedant pedantic pedantry pedants
        pedestrian pedestrians peers pen penalties penalty pencil pended pending pends penguin pennies pens perceive
        perceived perceives perceiving percent percentage percents perception perfect perfection perfectly perform
        performance performances performed performing performs perhaps period periodic periodically periods peripheral
        peripherals permanent permanently permissible permission permit permits permitted permitting perpetual persecute
        persecuted persecutes persecuting persist persistent personal personalities personality personally personnel
        perspective persuade persuaded persuades persuading persuasion perverse pet petrol pharmacies pharmacy phase
        phased phases phasing phenomena phenomenon phenomenons philosopher philosophers philosophical philosophies
        philosophy phone phoned phones phoning photo photocopy photograph photographic photographs photos phrase phrased
        phrases phrasing physic physical physically physicist physicists physics physiology piano picked picking picks
        picture pictures pie piece pieces pig pigs pile piles pill pills pin pinch pinched pinches pinching pins pint
        pints pipe pipeline pit pitch pitfall pitfalls pity pizza pizzas placed places placing plague plagued plagues
        plaguing plainly plan plane planes planet planetary planets planned planning plans planted planting plants
        plastered plastering plasters plastic plate plates platform plausible play played players playground playing
        plays plea pleasantly please pleased pleases pleasing pleasure plenty plot plots plotted plotter plotting ploy
        plug plugged plugging plugs plural plus pocket pockets poem poems poet poetic poetry poets point pointed
        pointers pointing pointless points poison poisoned poisoning poisons poke polar pole police policeman policies
        policy polish polished polishes polishing politeness political politically politician politicians politics polls
        pollution polynomial pompous poorer poorest poorly pop popped popping pops populace popular popularity populate
        populated populates populating population populations pork pornography portability portable ported porters
        porting portion portions portray portrayed portraying portrays ports pose posed poses posing position positioned
        positioning positions positive positively possess possessed possesses possessing possession possibilities
        possibility possible possibly postage postal postcard posted poster posters posting postmaster postpone
        postponed postpones postponing posts postscript postulate pot potato potatoes potential potentially pour poured
        pouring pours poverty powder powered powerful powering practicable practical practically practicals practice
        practiced practices practicing pragmatic praise prayed prayer prayers praying prays preach preached preaches
        preaching precaution precautions precede preceded precedence precedent precedes preceding precise precisely
        precision predecessor predecessors predict predictable predicted predicting prediction predictions predicts
        predominantly preface prefer preferable preferably preference preferences preferred preferring prefers prefix
        prefixed prefixes prefixing pregnancy pregnant prejudice prejudiced prejudices prejudicing preliminary premature
        prematurely premise premises premium preparation prepare prepared prepares preparing prerequisite prescribe
        prescribed prescribes prescribing prescription presence present presentation presented presenting presently
        presents preserve preserved preserves preserving president pressed presses pressing pressure pressures
        presumably presume presumed presumes presuming pretend pretended pretending pretends pretentious prevail
        prevalent prevent prevented preventing prevention prevents preview previewer previous previously priced prices
        pricing priests primarily primary primes primitive primitives principal principally principle principles print
        printed printer printers printing printout printouts prints priorities priority prison prisoner prisoners
        privacy private privately privatization privilege privileged privileges privileging prize prizes pro
        probabilities probability probable probably problem problems procedure procedures proceed proceeded proceeding
        proceedings proceeds process processed processes processing processor processors proclaim produce produced
        producer producers produces producing product production productive productivity products profession
        professional professionals professor profile profiles profitable profits profound program programmable
        programmed programmer programmers programming programs progress progressed progresses progressing prohibit
        prohibited prohibiting prohibits project projected projecting projection projects proliferation prolong
        prolonged prolonging prolongs prominent promise promised promises promising promote promoted promotes promoting
        promotion prompt prompted prompting promptly prompts prone pronoun pronounce pronounced pronounces pronouncing
        pronunciation proof proofs propaganda properly properties property prophet proportion proportional proportions
        proposal proposals propose proposed proposes proposing proposition proprietary prose prosecute prosecuted
        prosecutes prosecuting prosecution prospect prospective prospects prostitute prostitutes protect protected
        protecting protection protects protein protest protocol protocols prototype proud prove proved proven proves
        provide provided provides providing proving provision provisional provisions provocative provoke provoked
        provokes provoking proximity pseudo psychological psychologist psychologists psychology pub public publication
        publications publicity publicize publicized publicizes publicizing publicly publish published publisher
        publishers publishes publishing pudding pull pulled pulling pulls pulp pulse pulses pump pumped pumping pumps
        pun punched punches punching punctuation puncture punish punished punishes punishing punishment puns punt punts
        pupil pupils purchase purchased purchases purchasing pure purely purge purity purple purpose purposes pursue
        pursued pursues pursuing pursuit push pushed pushes pushing put puts putted putting putts puzzle puzzled puzzles
        puzzling python qualification qualifications qualified qualifier qualifiers qualifies qualify qualifying
        qualities quality quantities quantity quantum quarter quarters queens queries query quest question questionable
        questioned questioning questionnaire questions queue queued queues queuing quibble quicker quickest quickly
        quiet quieter quietest quietly quit quite quits quitting quiz quota quotas quotation quotations quote quoted
        quotes quoting rabbit rabbits rabid raced races racial racing racism racist rack racket racks radar radiation
        radical radically radio radios radius rag rage raid raids rail railroad rails railway rainbow rained raining
        raise raised raises raising rampant random randomly rang ranged ranges ranging ranks rant ranted ranting rants
        rapid rapidly rare rarely rarer rarest rat rate rated rates rating ratio rational rationale rationally ratios
        rats rattle rattled rattles rattling rave raved raves raving raw razor reached reaches reaching react reacted
        reacting reaction reactionary reactions reactor reacts readable readers readership readily readings reads
        realistic reality realization realize realized realizes realizing really realm realms rear rearrange rearranged
        rearranges rearranging reasonable reasonably reasoned reasoning reasons reassure reassured reassures reassuring
        rebuild rebuilding rebuilds rebuilt recall recalled recalling recalls receipt receive received receiver receives
        receiving recent recently reception recipe recipes recipient recipients reckless reckon reckoned reckoning
        reckons reclaim recognition recognizable recognize recognized recognizes recognizing recollection recommend
        recommendation recommendations recommended recommending recommends reconcile reconsider recorded recorder
        recording recordings records recover recovered recovering recovers recovery recreational recruit recruited
        recruiting recruitment recruits rectangle rectangular rectified rectifies rectify rectifying recursion recursive
        recycle recycled recycles recycling redefine redefined redefines redefining redirect reduce reduced reduces
        reducing reduction reductions redundancy redundant refer reference referenced references referencing referendum
        referred referring refers refine refined refines refining reflect reflected reflecting reflection reflects
        reflex reform reformat reformed reforming reforms refrain refresh refreshed refreshes refreshing refund refusal
        refuse refused refuses refusing refute regain regard regarded regarding regardless regards regime region
        regional regions registered registering registers registration regret regrets regrettably regretted regretting
        regular regularly regulation regulations reign reinstate reinstated reinstates reinstating reiterate reject
        rejected rejecting rejection rejects relate related relates relating relation relations relationship
        relationships relative relatively relatives relativity relax relaxed relaxes relaxing relay release released
        releases releasing relevance relevant reliability reliable reliably relied relief relies relieve relieved
        relieves relieving religion religions religious relocation reluctance reluctant reluctantly rely relying remain
        remainder remained remaining remains remark remarkable remarkably remarked remarking remarks remedy remember
        remembered remembering remembers remind reminded reminder reminding reminds reminiscent remote remotely removal
        remove removed removes removing rename renamed renames renaming rend rendered rendering renders rending
        rendition rends renew renewed renewing renews rent repair repaired repairing repairs repeat repeatable repeated
        repeatedly repeating repeats repent repertoire repetition repetitive rephrase replace replaced replacement
        replacements replaces replacing replied replies reply replying report reported reporter reporting reports
        represent representation representations representative representatives represented representing represents
        reproduce reproduced reproduces reproducing reproduction repulsive reputation request requested requesting
        requests require required requirement requirements requires requiring requisite reread rereading rereads rescue
        research researcher researchers resemblance resemble resembled resembles resembling resent reservation
        reservations reserve reserved reserves reserving reset resets resetting reside residence resident residents
        resides resign resignation resigned resigning resigns resist resistance resolution resolve resolved resolves
        resolving resort resorted resorting resorts resource resources respect respectable respected respecting
        respective respectively respects respond responded responding responds response responses responsibilities
        responsibility responsible rest restart restarted restarting restarts restaurant restaurants rested resting
        restore restored restores restoring restrain restrained restraining restrains restrict restricted restricting
        restriction restrictions restrictive restricts rests result resulted resulting results resume resumed resumes
        resuming resurrection retail retain retained retaining retains retire retired retirement retires retiring
        retract retrieval retrieve retrieved retrieves retrieving return returned returning returns reuse reveal
        revealed revealing reveals revelation revenge revenue reverse reversed reverses reversing revert review reviewed
        reviewing reviews revise revised revises revising revision revolt revolted revolting revolts revolution
        revolutionary reward rewards rewrite rewrites rewriting rewritten rewrote rhetorical rhyme rhythm ribbon richest
        rid ridden ridding ride rides ridiculous ridiculously rids right rightly rights rigid rigorous ringed ringing
        rings riot rip ripped ripping rips rise risen rises rising risked risking risks risky ritual rituals rival
        rivals road roads robot robots robust rocket rocks role rolled rolls romance romantic rooms rope rot rotate
        rotated rotates rotating rotation rotten rough roughly round roundabout rounded rounding rout route routed
        routes routine routinely routines routing routs rows royalties rub rubber rubbish ruin ruined ruining ruins
        ruled ruler rulers rules ruling rumor rumored rumoring rumors run rung runs rural rushed rushes sabotage sacked
        sacking sacred sacrifice sacrificed sacrifices sacrificing sad sadden saddened saddening saddens sadly safe
        safeguard safeguards safely safer safest safety saga sail sailed sailing sails saint salaries salary salesman
        salt salvation same sampled sampling sandwich sandwiches sanity sank sarcasm sarcastic sat satellite satellites
        satire satisfaction satisfactorily satisfactory satisfied satisfies satisfy satisfying sauce save saved saves
        saving savings saw saying says scale scaled scaling scan scandal scanned scanner scanning scans scarce scarcely
        scare scared scares scarf scaring scatter scattered scattering scatters scenario scenarios scene scenery scenes
        schedule scheduled scheduler schedules scheduling scheme schemes scholar scholars school schools science
        sciences scientific scientifically scientist scientists scope score scored scores scoring scotch scrap scrapped
        scrapping scraps scratch scratched scratches scratching scream screamed screaming screams screen screens screw
        screwed screwing screws script scripts scroll scrolled scrolling scrolls scum sealed sealing search searched
        searches searching seat second secondary seconded seconding secondly seconds secret secretaries secretary
        secretly secrets sect section sections sector sects secular secure security seed seeing seek seeking seeks seem
        seemed seeming seemingly seems seen sees segment segments seldom select selected selecting selection selective
        selectively selects selfish selling semantic semantics seminar seminars send sender sending sends sensation
        sense senses sensible sensibly sensitive sensitivity sent sentence sentenced sentences sentencing sentient
        sentiment sentimental sentiments separate separated separately separates separating separation separator
        separators sequel sequence sequences sequential serial series serious seriously seriousness sermon servant
        servants serve served server servers serves services serving set sets setting settings settled settling seven
        seventh several severely severity sex sexes sexist sexual sexuality sexually sexy shades shadow shaken shakes
        shaking shaky shall shallow shame shape shaped shapes shaping share shared shareholder shareholders shares
        sharing sharply she shed shedding sheds sheep sheer sheet shelf shells shelter shelve shelves shift shifted
        shifting shifts shined shines shining shiny ship shipped shipping ships shirt shocked shocking shocks shoes
        shone shoot shooting shoots shop shopped shopping shops shortage shorten shortened shortening shortens shortest
        shorthand shortly shot shots should shoulder shout shouted shouting shouts shove show showed shower showing
        shown shut shutdown shuts shutting sic sick sicken sickened sickening sickens side sided sideways siding sigh
        sight sighted sighting sights sigma sign signal signaled signaling signals signature signatures signed
        significance significant significantly signing signs silence silent silicon sillier silliest silly similar
        similarities similarity similarly simple simpler simplest simplicity simplified simplifies simplify simplifying
        simplistic simply simulate simulated simulates simulating simulation simultaneous simultaneously since sincere
        sincerely sinful singers singing single singles sings singular singularly sinister sinking sinks sins sir sister
        sit site sits sitting situate situated situates situating situation situations sixteen sixth sixties sixty size
        sized sizes sizing skeleton skeptical sketch sketches skill skilled skills skin skip skipped skipping skips
        skirt skull sky slag slang slash slaves sleep sleeping sleeps slept slice sliced slices slicing slid slide
        slides sliding slight slighter slightest slightly slim slip slipped slippery slipping slips slogan slope sloppy
        slot slots slow slowed slower slowest slowing slowly slows smaller smallest smallish smash smashed smashes
        smashing smell smells smelly smile smiled smiles smiling smoke smoked smoker smokers smokes smoking smooth
        smoothly smug snack snag snail sneak sneaked sneaking sneaks sneaky sniff snobbery soap social socialism
        socialist socially societies society sock socket sockets socks sod soft software soil sold soldier soldiers sole
        solely solicitor solicitors solid solo solution solutions solve solved solves solving some somebody somehow
        someone someplace something sometime sometimes somewhat somewhere songs sooner soonest sophisticate
        sophisticated sophisticates sophisticating sordid sore sorry sort sorted sorting sorts sought soul souls sound
        sounded sounding sounds soundtrack soup source sources space spaced spaces spacing spare spares spatial speak
        speakers speaking special specialist specialize specialized specializes specializing specially specialty species
        specific specifically specification specifications specified specifies specify specifying specimen spectacular
        spectrum speculate speculation sped speech speeches speeding speeds spelled spelling spellings spend spending
        spends spent sphere spigot spike spill spin spiral spirit spirits spiritual spit spite spits spitted spitting
        splendid split splits splitting spoil spoiled spoiling spoils spoke spoken spokesman sponsor sponsored
        sponsoring sponsors spontaneous spontaneously spoof spool sport sports spot spots spotted spotting spout sprang
        spread spreading spreads springing sprung spur spurious spy squad squared squares squaring squash squashed
        squashes squashing squeeze squeezed squeezes squeezing stability stable stages stagger staggered staggering
        staircase stake stale stamped stamping stance stand standardize standardized standardizes standardizing
        standards standing standpoint stands stare stared stares staring starred starring stars started starter starters
        starting startle startled startles startling starts starve starved starves starving state stated statement
        statements static stating station stationary stations statistic statistical statistics status stay stayed
        staying stays steadily steady steal stealing steals steam steep steer steered steering steers stems step stepped
        stepping steps stereo stereotype stereotypes sterile stick sticking sticks sticky stimulate stimulated
        stimulates stimulating stimulation stir stirred stirring stirs stole stolen stomach stones stood stop stopped
        stopping storage store stored stores stories storing straightforward strains strangely stranger strangest
        strategic strategies strategy stray stream streams strength strengthen stress stressed stresses stressing
        stretch stretched stretches stretching strict strictly strike strikes striking string stringent strings strip
        stripped stripping strips strive stroke stronger strongest strongly structural structure structured structures
        structuring struggle struggled struggles struggling student students studied studies studio study studying stuff
        stuffed stuffing stuffs stumble stumbled stumbles stumbling stun stunned stunning stuns stunt stupid stupidity
        style subject subjected subjecting subjective subjects submission submit submits submitted submitting subroutine
        subroutines subscribe subscription subsequent subsequently subset subsidiary subsidize subsidized subsidizes
        subsidizing substance substances substantial substantially substitute substituted substitutes substituting
        substitution subtle subtleties subtlety subtly subway subways succeed succeeded succeeding succeeds success
        successful successfully succession successive successor such sudden suddenly sued sues suffer suffered sufferer
        sufferers suffering suffers suffice sufficient sufficiently suffix sugar suggest suggested suggesting suggestion
        suggestions suggests suicidal suicide suing suit suitability suitable suitably suite suited suiting summaries
        summarize summarized summarizes summarizing summary summed summing sums sundry sunk sunlight sunrise superb
        superficial superficially superfluous superior superiority supermarket supernatural supervise supervised
        supervises supervising supervision supervisions supervisor supervisors supplement supplementary supplied
        supplier suppliers supplies supply supplying support supported supporter supporters supporting supports suppose
        supposed supposedly supposes supposing suppress suppressed suppresses suppressing suppression supreme sure
        surely surfaces surgery surname surplus surprise surprised surprises surprising surprisingly surround surrounded
        surrounding surroundings surrounds survey surveys survival survive survived survives surviving susceptible
        suspect suspected suspecting suspects suspend suspended suspending suspends suspension suspicion suspicious
        suspiciously sustain sustained sustaining sustains swallowed swallowing swallows swam swamp swamped swamping
        swamps swap swapped swapping swaps swear swearing swears sweating sweats sweep sweeping sweeps swept swimming
        switch switched switches switching swore sworn swum symbol symbolic symbols symmetric symmetry sympathetic
        sympathies sympathize sympathy symphonies symphony symptom symptoms syndicate syndrome synonym synonymous
        synonyms syntactic syntactically syntax synthesis synthesizer system systematic systems tab table tables tabs
        tacked tacking tackle tackled tackles tackling tacks tactic tactical tactics tactless tag tail tailor tailored
        tailoring tailors tails take taken taker takers takes taking tale talent talented talents tales talk talked
        talking talks tame tangent tanks tap tape tapes target targets task tasks taste tasted tasteless tastes tasting
        taught tax taxation taxes taxi taxpayer taxpayers teach teacher teachers teaches teaching team teams teapot tear
        teared tearing tears technical technically technique techniques technological technology tedious teenage
        teenager teenagers teeth telephone telephones telescope television telling tells temper temperature temperatures
        temporarily temporary tempt temptation tempted tempting tempts ten tend tended tendencies tendency tender
        tending tends tennis tens tense tension tentative tentatively tenth term termed terminal terminally terminals
        terminate terminated terminates terminating termination terminator terming terminology terms terrible terribly
        terrified terrifies terrify terrifying territory terror terrorism terrorist terrorists terse tested testing
        tests text textbook textbooks texts textual thank thanked thankful thankfully thanking thanks that theater thee
        theft their theirs them theme themes themselves then theological theology theorem theorems theoretical
        theoretically theories theory therapy there thereabouts thereafter thereby therefore therein thereof these
        theses thesis they thick thickness thief thieve thieves thin thing things think thinking thinks third thirst
        thirty this thorough thoroughfare thoroughfares thoroughly those thou though thought thoughts thous thousand
        thousands thread threat threaten threatened threatening threatens threats three threshold threw throat throats
        through throughout throughput throw throwing thrown throws thrust thrusting thrusts thumb thus thy tick ticket
        tickets tidied tidies tidy tidying tie tied tight tightly tile tiles time timed timer times timescale timetable
        timing tins tip tips tire tired tires tiresome tiring title titles toad toast tobacco today toe toes together
        toggle toilet toilets token tokens told tolerance tolerant tolerate tolerated tolerates tolerating tomato
        tomatoes tomorrow tones tongue tonight tons too took tool tools tooth top topic topical topics tops torn torture
        toss total totally touch touched touches touching tough tour tourist tourists toward towards toys trace traced
        traces tracing track tracked tracking tracks trade traded trades trading tradition traditional traditionally
        traditions traffic tragedy tragic trailed trailing trails train trained training trains transaction transactions
        transcript transfer transferred transferring transfers transform transformation transformed transforming
        transforms transient transit transition translate translated translates translating translation translations
        translator transmission transmissions transmit transmits transmitted transmitter transmitters transmitting
        transparent transport transported transporting transports trap trapped trapping traps trash trashcan travel
        traveled traveling travelings travels tray tread treasure treated treating treatment treats treaty tree trek
        tremendous tremendously trend trends trendy trial trials triangle triangles tribe tribes trick tricks tricky
        tried tries trifle trigger triggered triggering triggers trilogy trip triple tripos trips triumph trivia trivial
        trivially trolley troops trouble troubles trouser trousers truck trucks truly trumpet truncate truncated
        truncates truncating trunk trunks trust trusted trusting trusts truth truths try trying tube tubes tuned tunes
        tuning tunnel tunnels turn turned turning turns turntable tutorial twelve twentieth twenty twice twin twins
        twist twisted twisting twists two tying type typed types typeset typesets typesetting typewriter typical
        typically typing ugh ugly ultimate ultimately umbrella unable unacceptable unaffected unambiguous unattended
        unauthorized unavailable unavoidable unaware unbalanced unbearable unbelievable unbelievably unbiased uncertain
        uncertainty unchanged uncle unclear uncomfortable uncommon unconnected unconscious unconvincing undefined under
        underestimate undergo undergoes undergoing undergone undergraduate undergraduates underground undergrounds
        underlain underlay underlie underlies underline underlined underlines underlining underlying underneath
        understand understandable understanding understands understood undertake undertaken undertakes undertaking
        undertook underwent undesirable undid undo undocumented undoes undoing undone undoubtedly unduly uneasy
        unemployed unemployment unexpected unexpectedly unexplained unfair unfamiliar unfinished unfortunate
        unfortunately unfounded unfriendly unhappy unhealthy unhelpful unified unifies uniform uniformly unify unifying
        unimportant uninteresting union unions unique uniquely unit unite united unites uniting units unity universal
        universally universe universities university unjustified unknown unless unlike unlikely unlimited unload unlock
        unlocked unlocking unlocks unlucky unnatural unnecessarily unnecessary unobtainable unofficial unpleasant
        unpopular unpredictable unread unreadable unrealistic unreasonable unrelated unreliable unsafe unsatisfactory
        unseen unset unsolicited unsound unspecified unstable unsuccessful unsuitable unsupported unsure unsuspecting
        untidy until untrue unusable unused unusual unusually unwanted unwelcome unwilling unwise unworkable upbringing
        update updated updates updating upgrade upgraded upgrades upgrading upon upper upright ups upset upsets
        upsetting upside upstairs upward upwards urge urged urgency urgent urgently urges urging usable usage use used
        useful usefully usefulness useless user users uses using usual usually utilities utility utterly vacancies
        vacancy vacation vacations vacuum vague vaguely vain valid validity valuable value valued values valuing valve
        valves vandalism vanished vanishes vanishing vans variable variables variance variant variants variation
        variations varied varies varieties variety various vary varying vast vastly vat vector vectors vegetable
        vegetables vegetarian vehicle vehicles vein velocity vend vended vending vendor vends venture venue venues verb
        verbal verbally verbatim verbose verbs verdict verification verified verifies verify verifying versatile verse
        verses version versions versus vertical vertically very vessel vet viable vicar vicinity vicious victim victims
        video view viewed viewer viewing viewpoint viewpoints views vigorously vile village villages vintage vinyl
        violate violation violence violent violently violin virtual virtually virtue virtues virus viruses visible
        vision visit visited visiting visitor visitors visits visual visually vocabulary vocal voice voices void voltage
        volume volumes voluntarily voluntary volunteer volunteered volunteering volunteers vomit vote voted voter voters
        votes voting vouch vowel vulnerable waded wades wading waffle wage waited waiting waked wakes waking walked
        walking walks wallet wander wandered wandering wanders want wanted wanting wants war warehouse warm warmed
        warming warms warn warned warning warnings warns warp warped warping warps warrant warranty wars wartime wary
        was washed washes washing waste wasted wasteful wastes wasting watch watched watches watching water wave waved
        waves waving ways weak weakness weaknesses wealth wealthy weapon weapons wearing wears weasel weasels weather
        wed wedded weds week weekday weekend weekends weigh weird welcomed welcomes welcoming welfare went were wet wets
        wetting whale whales what whatever whatsoever wheel wheels when whence whenever where whereas whereby whereupon
        wherever whether which whichever while whilst whim whiskey whistle whistles whites who whoever whole
        wholeheartedly wholly whom whoop whoops whose why wicked wide widely wider widespread widest width wife wildly
        willed willing willingly win winded winding window windowing windows winds wings winners winning wins wipe wiped
        wipes wiping wired wires wiring wisest wish wished wishes wishing wit witch with withdraw withdrawal withdrawing
        withdrawn withdraws withdrew within without witness witnessed witnesses witnessing wive wives wizard woke woken
        woman wombat women wonder wondered wonderful wonderfully wondering wonders wondrous wont worded wording words
        wore workable worked worker workers working workings workload workshop workstation workstations world worlds
        worldwide worms worn worried worries worry worrying worse worship worst worthless worthwhile would wound wow
        wrap wrapped wrapper wrappers wrapping wraps wrath wreck wrecked wrecker wrecking wrecks wretched wrist write
        writer writers writes writing writings written wrong wrongly wrongs wrote yards year yearly years yellow yes
        yesterday yet yeti yield yields youngest your yours yourself yourselves youth zero zeros zone zones zoom
        """
}
