extension NameLexicon {
    /// Common English words from a to k, for `commonWords` (see there; split in two files only for their size).
    static let commonWordsAToKData = """
        aardvark abandon abandoned abandoning abandons abbreviate abbreviated abbreviates abbreviating abbreviation
        abbreviations abide abilities ability abnormal abnormally abolish abolished abolishes abolishing abolition abort
        aborted aborting abortion aborts about above abroad absence absent absolute absolutely absorb absorbed absorbing
        absorbs abstract abstraction absurd abuse abused abuses abusing abusive abysmal academic academics accelerate
        accent accents accept acceptable acceptance accepted accepting accepts access accessed accesses accessible
        accessing accident accidental accidentally accidents accommodate accommodation accompanied accompanies accompany
        accompanying accomplish accomplished accomplishes accomplishing accord accordance accorded according accordingly
        accords account accountant accountants accounted accounting accounts accumulate accumulated accumulates
        accumulating accuracy accurate accurately accusation accusations accuse accused accuses accusing accustom
        accustomed accustoming accustoms ace achieve achieved achievement achievements achieves achieving acid
        acknowledge acknowledged acknowledges acknowledging acorn acoustic acquaintance acquire acquired acquires
        acquiring acquisition acronym acronyms across act acted acting action actions activate activated activates
        activating active actively activities activity actor actors acts actual actually acute adapt adaptation adapted
        adapter adapting adapts add added addict addicted addicting addictive addicts adding addition additional
        additionally additions address addressed addresses addressing adds adequate adequately adhere adhered adheres
        adhering adjacent adjective adjust adjusted adjusting adjustment adjustments adjusts administer administered
        administering administers administration administrative admirable admiration admire admission admit admits
        admitted admittedly admitting adopt adopted adopting adoption adopts adult adults advance advanced advances
        advancing advantage advantageous advantages advent adventure adventures adventurous adverse adversely advert
        advertise advertised advertisement advertisements advertises advertising adverts advice advisable advise advised
        adviser advisers advises advising advisor advisors advisory advocate advocated advocates advocating aerial
        aesthetic aesthetically affair affairs affect affected affecting affection affects afford aforementioned afraid
        after afternoon afternoons afterward afterwards again against aged agency agenda agent agents ages aggressive
        aging ago agony agree agreed agreeing agreement agreements agrees agricultural ahead aid aided aiding aids aim
        aimed aiming aims air aircraft airport alarm alarmed alarming alarms alas albeit album albums alcohol alcoholic
        alert algebra algebraic algorithm algorithms alias aliases aliens align aligned aligning alignment aligns alike
        alive all allegation allegations allege alleged allegedly alleges alleging allergic alleviate alliance allies
        allocate allocated allocates allocating allocation allocations allow allowable allowance allowances allowed
        allowing allows ally almost alone along alongside aloud alphabet alphabetic alphabetical already also alteration
        alterations altered altering alternate alternative alternatively alternatives alters although altogether always
        amateur amaze amazed amazes amazing amazingly ambassador ambient ambiguities ambiguity ambiguous ambitious
        amended amending amendment amends among amount amounts amp ample amplifier amuse amused amusement amuses amusing
        anagram analog analogous analogue analogy analyses analysis analyst analyze analyzed analyzes analyzing anarchy
        anatomy ancestor ancestors ancient and anecdote anecdotes angels anger angles angry anguish animal animals
        anniversary announce announced announcement announcements announces announcing annoy annoyance annoyed annoying
        annoys annual annually anomalies anomaly anonymous anorak anoraks another answer answered answering answers
        anthology anticipate anticipated anticipates anticipating anticipation antidote antique antisocial anxious any
        anybody anyhow anyone anyplace anything anyway anywhere apart apathetic apathy apologies apologize apologized
        apologizes apologizing apology apostrophe appall appalled appalling appallingly appalls apparatus apparatuses
        apparent apparently appeal appealed appealing appeals appear appearance appearances appeared appearing appears
        append appended appending appendix appends applause applicable applicant applicants application applications
        applied applies apply applying appoint appointed appointing appointment appointments appoints appraisal
        appreciate appreciated appreciates appreciating appreciation approach approached approaches approaching
        appropriate appropriately approval approve approved approves approving approximate approximately approximation
        apt arbitrarily arbitrary arc arcade arcane arch archaic architecture archive archived archives archiving area
        areas arguable arguably argue argued argues arguing argument arguments arise arisen arises arising arithmetic
        arm armed arming army arose around arrange arranged arrangement arrangements arranges arranging array arrays
        arrest arrested arresting arrests arrival arrive arrived arrives arriving arrogance arrogant arrow arrows
        article articles artificial artificially artist artistic artists arts ascend ascended ascending ascends ashamed
        ashcan ashes aside ask asked asking asks asleep aspect aspects ass assault assemble assembled assembler
        assembles assembling assembly assert asserted asserting assertion asserts assess assessed assesses assessing
        assessment assets assign assigned assigning assignment assignments assigns assist assistance assistant assisted
        assisting assists associate associated associates associating association associations assort assorted assorting
        assorts assume assumed assumes assuming assumption assumptions assure assured assures assuring asterisk
        asterisks astronomer astronomers astronomy asynchronous atheism atheist atheists atmosphere atmospheric atom
        atomic atoms atrocities atrocity attach attached attaching attachment attack attacked attacking attacks attain
        attempt attempted attempting attempts attend attendance attendant attended attending attends attention
        attentions attitude attitudes attorney attorneys attract attracted attracting attraction attractive attracts
        attribute attributed attributes attributing audible audience audiences audio aunt authentic author authorities
        authority authorization authorize authorized authorizes authorizing authors autobiography automate automated
        automates automatic automatically automating automobile automobiles availability available average avoid avoided
        avoiding avoids await awaited awaiting awaits awake award awarded awarding awards aware awareness away awful
        awfully awkward axes axiom axioms axis babies baby backbone backed background backgrounds backing backlog backs
        backspace backward backwards bacteria bacterium badge badly baffle baffled baffles baffling bag baggage bags
        bake baked bakes baking balance balanced balances balancing ballet ballot banal banana bananas band bands
        bandwagon bandwidth bankrupt banned bans bar barely bargain barked barking baroque barred barrel barriers
        barring barrister barristers bars base based basement bases bashed bashes bashing basic basically basics basing
        basis basket basses bastard bastards bat batch bathroom baths batteries battery baud beans bearded bearding
        beards bearing bears beast beasts beaten beating beats beautiful beautifully beauty became because become
        becomes becoming bed bedroom beds beef been before beforehand beg began beginner beginners beginning begins
        begun behalf behave behaved behaves behaving behavior behind being beings belief beliefs believable believe
        believed believer believers believes believing bells belong belonged belonging belongs beloved below bend
        bending bends beneath beneficial benefit benefits beside besides bet beta bets better betting between beware
        beyond biased biases biasing biblical bicycle bicycles bid bidding bids biggest bigot bigoted bigotry billfold
        billion billions binary bind binding binds biochemistry biography biological biologist biologists biology birds
        birth birthday biscuit biscuits bit bite bites biting bitmap bits bitten bizarre blackboard blackmail blacks
        blame blamed blames blaming blanket blast blasted blasting blasts blatant blatantly bless blessed blesses blew
        blindly blink blob blocked blocking blocks bloody blowing blown blows blues blurb boards boat boats bobs bodies
        bog bogged bogging boggle boggles bogs bogus boil boiled boiling boils bomb bombed bombing bombs bonus booked
        booking booklet bookshop bookshops bookstore boom boost boot borderline bore bored boredom bores borrow borrowed
        borrowing borrows both bother bothered bothering bothers bottle bottles bought bounce bound boundaries boundary
        bout bowl boxes boys bracket bracketed bracketing brackets brains brakes branches branded branding brands brave
        breach bread break breakdown breakfast breaking breaks breath breathe breathed breathes breathing bred breeds
        brethren bricks brief briefly brigade brighter brightest brightly brightness brilliant brilliantly bring
        bringing brings broadcast broadcasting broadcasts broadly broke broken brother brought browse browsed browses
        browsing brutal bubble bucket bucks budget buffer buffered buffering buffers bug bugger buggers bugs build
        building buildings builds built bulb bulbs bulk bullet bulletin bullets bundle bureaucracy buried buries burn
        burned burning burnt burst bursting bursts burying bus buses business businesses bust busy but butter buttons
        buy buyer buyers buying buys bypass byte bytes cabbage cabinet cabled cables cabling caffeine cake cakes
        calculate calculated calculates calculating calculation calculations calculator calculus calendar called caller
        calling calls calm came camera cameras campaign campaigned campaigning campaigns camps campus canceled canceling
        cancels cancer candidate candidates cannot canonical cans cant cap capabilities capability capable capacity
        capital capitalism capitalist capitals caps captain capture captured captures capturing car carbon cardboard
        cards care cared career careers careful carefully careless cares caring carpet carriage carried carries carrot
        carrots carrying cars cartoon cartoons cartridge cartridges cased cases casing cassettes cast casting casts
        casual cat catalog catalogs catastrophic catch catches catching categorically categories category catered
        catering caters cathedral catholic cats cattle caught causal causality cause caused causes causing caution
        caveat cease ceased ceases ceasing ceiling celebrate celebrated celebrates celebrating celebration cell cells
        cellular censor censored censoring censors censorship cent centered centering central centrally centuries
        century ceremony certain certainly certainty certificate chain chains chair chairman chairs challenge challenged
        challenges challenging chances change changed changeover changes changing channels chaos chaotic chap chaps
        chapter chapters char character characteristic characteristics characters charge charged charges charging
        charitable charities charm charmed charming charms chars chart charter charts chased chases chasing chat chats
        chatted chatting cheap cheaper cheapest cheaply cheat cheated cheating cheats checked checker checking checks
        cheer cheerful cheers cheese chemical chemicals chemist chemistry chemists chest chewed chewing chews chicken
        chickens chief childhood childish children chip chips chocolate choices choir choose chooses choosing chop
        chopped chopping chops choral chord chorus chose chosen chucked chucking chucks chunk chunks churches cider
        cigarette cinema circa circle circles circuit circuitry circuits circular circulate circulated circulates
        circulating circulation circumstance circumstances cite cited cites cities citing citizens city civil civilian
        civilization civilize civilized civilizes civilizing claim claimed claiming claims clarification clarified
        clarifies clarify clarifying clarity clash clashes classed classes classic classical classics classification
        classified classifies classify classifying classing clause clauses clean cleaned cleaner cleaners cleanest
        cleaning cleanly cleans clearance cleared clearer clearest clearing clearly clears cleverer cleverest clients
        climate climb climbed climbing climbs clinic clinical clip clipped clipping clips clique clock clocks clog clone
        clones closed closely closer closes closest closet closing closure cloth clothe clothed clothes clothing clouds
        club clubs clue clues clumsy cluster clusters coal coarse coast coat cobbler cobblers code coded codes coding
        coherent coin coincide coincidence coined coining coins cold collaboration collapse collapsed collapses
        collapsing collate collated collates collating colleague colleagues collect collected collecting collection
        collections collective collects college colleges colony color colored coloring colors column columns combat
        combination combinations combine combined combines combining come comedy comfortable comfortably comic comics
        coming comma command commandment commandments commands commas commence comment commentary commentator
        commentators commented commenting comments commercial commercially commission commissioned commissioning
        commissions commit commitment commitments commits committed committee committees committing commodity common
        commonly communal communicate communicated communicates communicating communication communications communism
        communist communists communities community compact companies companion company comparable comparative
        comparatively compare compared compares comparing comparison comparisons compassion compatibility compatible
        compel compelled compelling compels compensate compensation compete competed competence competent competes
        competing competition competitive competitor competitors compilation compile compiled compiler compilers
        compiles compiling complacent complain complained complaining complains complaint complaints complement
        complementary complete completed completely completeness completes completing completion complex complexity
        complicate complicated complicates complicating complication complications compliment comply component
        components compose composed composer composers composes composing composite composition compound comprehend
        comprehensible comprehension comprehensive compress compressed compresses compressing compression comprise
        comprised comprises comprising compromise compulsion compulsory computation computational compute computed
        computer computerize computerized computerizes computerizing computers computes computing concatenate
        concatenated concatenates concatenating conceal concealed concealing conceals concede conceivable conceivably
        conceive conceived conceives conceiving concentrate concentrated concentrates concentrating concentration
        concept concepts conceptual concern concerned concerning concerns concert concerto concerts concise conclude
        concluded concludes concluding conclusion conclusions concrete concur concurrently condemn condemnation
        condemned condemning condemns condense condensed condenses condensing condition conditional conditioned
        conditioning conditions condom condone conduct conducted conducting conductor conducts conference conferences
        confess confidence confident confidential confidentiality configuration configurations configure configured
        configures configuring confine confined confines confining confirm confirmation confirmed confirming confirms
        conflict conflicted conflicting conflicts conform confront confronted confronting confronts confuse confused
        confuses confusing confusion congest congested congesting congestion congests congratulate congratulations
        conjecture conjunction connect connected connecting connection connections connector connects connotation
        connotations conscience conscious consciously consciousness consecutive consensus consent consented consenting
        consents consequence consequences consequent consequently conservation conservative conservatives consider
        considerable considerably considerate consideration considerations considered considering considers consist
        consisted consistency consistent consistently consisting consists consolation console conspicuous conspiracy
        constantly constants constituency constituent constituents constitute constitutes constitution constitutional
        constrain constrained constraining constrains constraint constraints construct constructed constructing
        construction constructions constructive constructs consult consultancy consultant consultants consultation
        consulted consulting consults consume consumed consumer consumes consuming consumption contact contacted
        contacting contacts contain contained container containing contains contemplate contemplated contemplates
        contemplating contemporary contempt contend content contention contentious contents contest context contexts
        continent continental continual continually continuation continuations continue continued continues continuing
        continuity continuous continuously continuum contour contraception contract contracted contracting contracts
        contradict contradicted contradicting contradiction contradictory contradicts contrary contrast contravention
        contribute contributed contributes contributing contribution contributions contributor contributors contrive
        contrived contrives contriving control controlled controller controllers controlling controls controversial
        controversy convenience convenient conveniently convention conventional conventions conversation conversations
        conversely conversion conversions convert converted converter converting converts convey convict convicted
        convicting conviction convictions convicts convince convinced convinces convincing convincingly cooked cookie
        cookies cooking cooled cooling cools cooperate cooperation coordinate coordinates coordination coped copied
        copies coping copy copying copyright corners corporate corporation corpse corpses correct corrected correcting
        correction corrections correctly corrects correlate correlation correspond corresponded correspondence
        correspondent corresponding corresponds corridor corrupt corrupted corrupting corruption corrupts cosmic
        cosmology costed costing costly costs cough could councils counsel counseled counseling counsels count counted
        counter counterexample counterpart counterparts counting countless countries country countryside county couple
        coupled couples coupling courage courier course courses courtesy coverage covered covering covers cow cows cozy
        crack cracked cracking cracks cramp cramped cramping cramps crap crash crashed crashes crashing crawl crawled
        crawling crawls crazy cream create created creates creating creation creative creator creature creatures
        credibility credible credit credits creep cricket cried cries crime crimes criminal criminals crisis crisps
        criteria criterion critic critical criticism criticisms criticize criticized criticizes criticizing critics crop
        crops crossed crosses crossing crossroad crossroads crossword crowd crowded crowding crowds crucial crude cruel
        cruelty cruised cruises cruising crunch crunched crunches crunching crush crushed crushes crushing cry crying
        cryptic crystals cube cubic cuckoo cuddly culprit cult cultural culture cultures cumbersome cums cumulative
        cunning cup cupboard cups cure cured cures curing curiosity curious curiously curly currency currently
        curriculum curse cursor curtain curtains curve curves custom customary customer customers customs cut cute cuts
        cycle cycled cycles cycling cyclist cyclists cylinder cynic cynical daft damage damaged damages damaging damn
        damnation damned damning damns damp danced dances dancing danger dangerous dangerously dangers dared dares
        daring darkness dashed dashes dashing data database databases date dated dating datum daughter daylight daytime
        dead deadline deadly deaf dealer dealers dealing deals dealt death deaths debatable debate debated debates
        debating debt debug debugged debugger debugging debugs decade decades decay decent decide decided decides
        deciding decimal decision decisions declaration declarations declare declared declares declaring decline
        declined declines declining decode decoded decodes decoding decrease decreased decreases decreasing dedicate
        dedicated dedicates dedicating deduce deduced deduces deducing deduction deductions deed deemed deeming deep
        deeper deepest deeply default defaults defeat defeated defeating defeats defect defective defects defend
        defended defending defends defense defensive deficiencies deficiency define defined defines defining definite
        definitely definition definitions definitive defy degenerate degradation degrade degraded degrades degrading
        degrees deity delayed delaying delays delete deleted deletes deleting deletion deliberate deliberately delicate
        delicious delight delighted delightful delighting delights delimiters deliver delivered delivering delivers
        delivery delusion demand demanded demanding demands demented demise democracy democratic democratically demolish
        demolished demolishes demolishing demonstrate demonstrated demonstrates demonstrating demonstration
        demonstrations denied denies denominator denote denotes dense density dentist deny denying department
        departmental departments departure depend depended dependence dependent depending depends deposit depress
        depressed depresses depressing depression deprive deprived deprives depriving depth depths derange deranged
        deranges deranging derivative derive derived derives deriving derogatory descend descended descending descends
        describe described describes describing description descriptions descriptive desert deserted deserting deserts
        deserve deserved deserves deserving design designate designated designates designating designed designer
        designers designing designs desirable desired desires desiring desk desktop despair desperate desperately
        despise despite destination destine destined destines destining destroy destroyed destroying destroys
        destruction destructive detach detached detaches detaching detail detailed detailing details detect detectable
        detected detecting detection detective detector detects deter determination determine determined determines
        determining deterrent detract devastate devastated devastates devastating develop developed developer developers
        developing development developments develops deviation device devices devil devious devise devised devises
        devising devoid devote devoted devotes devoting diagnosis diagnostic diagnostics diagonal diagram diagrams
        dialect dialects dialed dialing dialings dialog dialogue diameter diary dictate dictator dictatorship
        dictionaries dictionary did die died dies diesel diet differ differed difference differences different
        differential differentiate differently differing differs difficult difficulties difficulty dig digest digging
        digit digital digits dignity digs dilemma dim dimension dimensional dimensions dine dined diner dining dinner
        dip diplomatic dire direct directed directing direction directions directive directives directly director
        directories directors directory directs dirt dirty disable disabled disables disabling disadvantage
        disadvantages disagree disagreed disagreeing disagreement disagrees disappear disappeared disappearing
        disappears disappoint disappointed disappointing disappointment disappoints disaster disasters disastrous disc
        discard discarded discarding discards discharge disciplinary discipline disclaimer disco disconnect disconnected
        disconnecting disconnects discontinue discontinued discontinues discontinuing discount discounts discourage
        discouraged discourages discouraging discover discovered discoveries discovering discovers discovery discrepancy
        discrete discretion discriminate discriminated discriminates discriminating discrimination discs discuss
        discussed discusses discussing discussion discussions disease diseases disguise disguised disguises disguising
        disgust disgusted disgusting disgusts dish dishes dishonest disk dislike disliked dislikes disliking dismal
        dismiss dismissed dismisses dismissing disorder display displayed displaying displays disposable disposal
        dispose disposed disposes disposing disposition dispute disregard disrupt disruption dissertation dissimilar
        distance distances distant distasteful distinct distinction distinctions distinctive distinctly distinguish
        distinguished distinguishes distinguishing distort distorted distorting distortion distorts distract distracted
        distracting distracts distress distressed distresses distressing distribute distributed distributes distributing
        distribution district disturb disturbance disturbed disturbing disturbs dive dived diverse diversity divert
        diverted diverting diverts dives divide divided divides dividing diving division divisions divorce doctors
        doctrine document documentary documentation documented documenting documents does dog dogma dogs doing dollars
        domain domestic dominant dominate dominated dominates dominating donate donated donates donating donation
        donations done dons doom doomed dooming dooms door doors dose doses dots dotted dotting double doubled doubles
        doubling doubt doubtful doubtless doubts down downhill downright downstairs downwards dozen dozens draft drafted
        drafting drafts drag dragged dragging drags drained draining drains drama dramatic dramatically drank drastic
        drastically draw drawback drawbacks drawing drawings drawn draws dread dreaded dreadful dreading dreads dream
        dreamed dreaming dreams dreary dressed dresses dressing dried drift drill drink drinking drinks drip dripped
        dripping drips drive drivel driven drivers drives driving drop dropped dropping drops drove drowned drowning
        drowns drug drugs drums drunk drunken drying dual dubious ducks dug duly dumb dummy dump dumped dumping dumps
        dumpster duplicate duplicated duplicates duplicating duplication duration during dust dustbin duties dying
        dynamic dynamically dynamics each eagerly ear earlier earliest earn earned earning earns ears earth ease easier
        easiest easily eastern easy eat eaten eater eating eats eccentric echoed echoes echoing ecological ecology
        economic economical economically economics economies economy edges edited editing edition editions editor
        editorial editors edits educate educated educates educating education educational effect effective effectively
        effectiveness effects efficiency efficient efficiently effort efforts egg eggs ego egos eight eighteen eighth
        either elaborate elderly elect elected electing election elections electoral electorate electric electrical
        electricity electron electronic electronically electronics elects elegant element elementary elements elephant
        elephants elevator elevators eleven eligible eliminate eliminated eliminates eliminating elite elitist elsewhere
        embarrass embarrassed embarrasses embarrassing embarrassment embed embedded embedding embeds emerge emerged
        emergency emerges emerging eminent eminently emit emotion emotional emotionally emotions emphasis emphasize
        emphasized emphasizes emphasizing empire empirical employ employed employee employees employer employers
        employing employment employs emptied empties empty emptying emulate emulation emulator emulators enable enabled
        enables enabling enclose enclosed encloses enclosing encode encoded encodes encoding encounter encountered
        encountering encounters encourage encouraged encouragement encourages encouraging end endeavor ended ending
        endings endless endlessly ends enemies enemy energy enforce enforced enforces enforcing engage engaged engages
        engaging engine engineer engineered engineering engineers engines enhance enhanced enhancement enhances
        enhancing enjoy enjoyable enjoyed enjoying enjoyment enjoys enlarge enlarged enlarges enlarging enlighten
        enlightened enlightening enlightenment enlightens enormous enormously enough ensure ensured ensures ensuring
        entail entails enter entered entering enterprise enters entertain entertained entertaining entertainment
        entertains enthusiasm enthusiastic entire entirely entirety entities entitle entitled entitles entitling entity
        entrance entries entry envelope envelopes environment environmental environments envisage envisaged envisages
        envisaging envy epic episode episodes equal equality equally equals equate equation equations equilibrium equip
        equipment equipped equipping equips equivalent equivalents erase erased eraser erases erasing ergo err erroneous
        error errors escape escaped escapes escaping esoteric especially essay essays essence essential essentially
        establish established establishes establishing establishment establishments estate estimate estimated estimates
        estimating estimation eternal eternity ethic ethical ethics ethnic etymology evaluate evaluated evaluates
        evaluating evaluation evened evening evenings evenly event events eventual eventually ever every everybody
        everyday everyone everything everywhere evidence evident evidently evil evils evolution evolutionary evolve
        evolved evolves evolving exact exactly exaggerate exaggerated exaggerates exaggerating exam examination examine
        examined examiner examines examining example examples exams exceed exceeded exceeding exceedingly exceeds
        excellent except excepted excepting exception exceptional exceptionally exceptions excepts excess excessive
        excessively exchange exchanged exchanges exchanging excite excited excitement excites exciting exclamation
        exclude excluded excludes excluding exclusion exclusive exclusively excuse excuses executable execute executed
        executes executing execution executive exempt exercise exercised exercises exercising exhaust exhausted
        exhausting exhaustive exhausts exhibit exhibition exist existed existence existing exists exit exited exiting
        exits exotic expand expanded expanding expands expansion expect expectation expectations expected expecting
        expects expedition expenditure expense expenses expensive experience experienced experiences experiencing
        experiment experimental experimentally experimentation experimented experimenting experiments expert expertise
        experts expire expired expires expiring expiry explain explained explaining explains explanation explanations
        explanatory explicit explicitly explode exploded explodes exploding exploit exploitation exploited exploiting
        exploits exploration explore explored explores exploring explosion explosions explosive exponential export
        expose exposed exposes exposing exposure express expressed expresses expressing expression expressions
        expressway expressways extant extend extended extending extends extension extensions extensive extensively
        extent extents external externally extinction extra extract extracted extracting extraction extracts extraneous
        extraordinarily extraordinary extras extreme extremely extremes extremist eyes eyesight fabric face faced faces
        facilitate facilities facility facing fact factories factors factory facts factual factually faculties faculty
        fail failed failing failure failures faint fainter faintest fairer fairest fairly fairness faithful fake
        fallacious fallacy fallen falling false fame familiar familiarity families family famine famous fancy fans
        fantasies fantastic fantasy far farce fare farewell farm farmers farther farthest fascinate fascinated
        fascinates fascinating fascist fashion fashionable fashioned fashioning fashions faster fastest fat fatal fate
        father fathers fatuous faucet fault faults faulty favor favorable favored favoring favorites fear feared fearing
        feasibility feasible feat feature featured features featuring fed federal feeble feed feedback feeding feeds
        feel feeling feelings feels fees feet fellow female females feminist feminists fence fenders festival fetch
        fever fewer fewest fiber fibers fiction fictional fiddle fiddled fiddles fiddling fierce fifteen fifth fifty
        fight fighter fighting fights figure figured figures figuring filed filing fill filled filling fills film filmed
        filming films filter filtered filtering filters filthy final finalize finalized finalizes finalizing finally
        finals finance finances financial financially find finding findings finds fined finer fines finest fingers
        fining finish finished finishes finishing finite fire fired fires firework fireworks firing firm firmly firms
        first firstly fiscal fished fishes fishing fit fits fitted five fiver fixed fixes fixing fizzy flag flagged
        flagging flags flame flames flash flashed flashes flashing flat flavor flaw flawed flawing flaws flesh flew
        flexibility flexible flied flies flight flip flipped flipping flips float floated floating floats flooded
        flooding floods floors floppy flour flow flowed flowing flown flows fluctuation fluctuations fluent fluffy fluid
        flush flushed flushes flushing flute flying foam focus fog fold folded folder folders folding folds follow
        followed follower followers following follows fond fonts food foods fool fooled fooling foolish fools foot
        football footnote footnotes for forbade forbid forbidden forbidding forbids forced forces forcibly forcing
        forecast forecasting forecasts foreign foreigner foreigners foreseeable forests forever forgave forget forgets
        forgetting forgive forgiven forgives forgiving forgot forgotten fork form formal formally format formation
        formats formatted formatting formed former formerly forming forms formula formulae formulation forthcoming
        fortnight fortunate fortunately forty forum forwarded forwarding forwards fossil fought foul found foundation
        foundations founded founding founds four fourteen fourth fraction fractions fragile fragment fragments frames
        framework frankly frantic fraud freak freaks freedom freeing freely frees freeway freeways freezes freezing
        frequencies frequency frequent frequently fresh friction friendly friends friendship frighten frightened
        frightening frightens fringe frivolous frog frogs from front frown frowned frowning frowns froze frozen fruit
        fruits frustrate frustrated frustrates frustrating frustration frying fuel fulfill fulfilled fulfilling fulfills
        full fullest fully fume fumes fun function functional functionality functioned functioning functions fund
        fundamental fundamentalist fundamentally funded funding funds funeral funnier funniest funny fur furniture
        further furthermore furthest fuse fusion fuss fussy futile future fuzzy gained gaining galactic galaxy game gap
        gaps garage garbage garble garbled garbles garbling gardens gas gasoline gasp gate gateway gather gathered
        gathering gave gear geared gearing gears gender general generalization generalizations generalize generalized
        generalizes generalizing generally generate generated generates generating generation generations generator
        generators generic generous genes genetic genetically genetics genius genocide genre gentleman gentlemen gently
        genuine genuinely geographical geography geology geometry gesture get gets getting ghastly ghost giant gibberish
        gifts gig gin girl girlfriend girls give gives giving glad gladly glance glasses glean gleaned gleaning gleans
        global globally glorious glossy glove gloves glow glowed glowing glows glue gnome goal goals goat god gods goes
        going goldfish goldfishes golf gone goodbye goodies goodness goody gorgeous gospel gossip got gotten govern
        governed governing government governments governor governs gown grab grabbed grabbing grabs grade grades gradual
        gradually graduate graduated graduates graduating graduation graffiti graffito grain grammar grammatical
        grandfather grandmother grands granted granting grants graph graphic graphical graphics graphs grasp grateful
        gratefully gratuitous gratuitously grave gravitational gravity greasy great greater greatest greatly greed
        greedy grew grid grief grind grinding grinds grip grips groan grosses grossly ground group grouped grouping
        groups growing grown grows growth guarantee guaranteed guaranteeing guarantees guarded guarding guards guessed
        guesses guessing guests guidance guide guided guideline guidelines guides guiding guilt guilty guinea guitar
        gulf gullible guns gut guts gutter guys habit habits hacked hackers hacking hacks had haircut hairs hairy half
        halt halted halting halts halve halves handbook handed handful handicap handing handle handled handles handling
        hands hanged hanging hangover hangs happen happened happening happens happier happiest happily happiness happy
        hardback hardened hardening hardens hardest hardly hardship hardware harmful harmless has hassle hasten hate
        hated hates hating hatred hats have having havoc hazards hazy headache headed header headers heading headline
        headlines heads health healthy hear hearing hears heartily hearts heat heated heating heats heaven heavens
        heavier heaviest heavily heavy heel heels heights helicopter hell hello helmet help helped helpful helping
        helpless helps hence henceforth here hereby heresy heritage hero heroes heroic heroin herrings herself hes
        hesitate heterosexual hexadecimal hid hidden hide hided hideous hideously hides hiding hierarchical hierarchy
        higher highest highlight highlighted highlighting highlights highly highway highways hilarious him himself
        hindsight hint hinted hinting hints hip hire hired hiring his historian historians historic historical
        historically history hit hitherto hits hitting hog hold holders holds holes holidays hollow holy home homosexual
        homosexuality honest honestly honesty honor honorary honored honoring honors hooked hooking hoped hopeful
        hopefully hopeless hopelessly hoping horde hordes horizon horizontal horizontally horrendous horrendously
        horrible horribly horrid horrific horrified horrifies horrify horrifying horror horse horses hospital hospitals
        hostile hosts hot hotel hour hours housed household houses housing how however huge hugely huh hum humane
        humanity humans humbly humor humorous hundred hundreds hungry hunted hunting hunts hurry hurting hurts hut
        hydrogen hyphen hypocrisy hypocrite hypocritical hypothesis hypothetical hysterical icon icons idea ideal
        idealistic ideally ideals ideas identical identically identification identified identifier identifiers
        identifies identify identifying identity ideological ideology idiom idiosyncratic idiot idiotic idiots idle
        ignorance ignorant ignore ignored ignores ignoring ill illegal illegally illiterate illness illogical illusion
        illustrate illustrated illustrates illustrating illustration illustrations image images imaginary imagination
        imaginative imagine imagined imagines imagining imbalance immature immediate immediately immense immensely
        imminent immoral immortal immune impact impair impaired impairing impairs impend impended impending impends
        imperative imperfect imperial impersonal implausible implement implementation implementations implemented
        implementing implements implication implications implicit implicitly implied implies imply implying import
        importance important importantly imported importing imports impose imposed imposes imposing impossible
        impractical impress impressed impresses impressing impression impressions impressive imprison imprisoned
        imprisoning imprisons improbable improve improved improvement improvements improves improving impulse inability
        inaccessible inaccuracies inaccuracy inaccurate inadequate inadvertently inane inappropriate incapable
        incarnation incentive inch inches incidence incident incidental incidentally incidents inclination incline
        inclined inclines inclining include included includes including inclusion inclusive incoherent income incoming
        incompatible incompetence incompetent incomplete incomprehensible inconsistencies inconsistency inconsistent
        inconvenience inconvenienced inconveniences inconveniencing inconvenient incorporate incorporated incorporates
        incorporating incorrect incorrectly increase increased increases increasing increasingly incredible incredibly
        increment incur incurred incurring incurs indeed indefensible indefinite indefinitely indent independence
        independent independently indeterminate index indexed indexes indexing indicate indicated indicates indicating
        indication indications indicative indicator indicators indictment indirect indirection indirectly
        indistinguishable individual individually individuals induce induced induces inducing induction indulge indulged
        indulges indulging industrial industries industry ineffective inefficiency inefficient inequality inertia
        inevitable inevitably inexperienced infallible infamous infant infantile infect infected infecting infection
        infects infelicity infer inference inferior inferiority infinite infinitely infinity inflation inflexible
        inflict influence influenced influences influencing influential info inform informal informally information
        informative informed informing informs infrastructure infrequent infringement ingenious ingredient ingredients
        inhabit inhabitant inhabitants inhabited inhabiting inhabits inherent inherently inherit inheritance inherited
        inheriting inherits inhibit inhibited inhibiting inhibition inhibits initial initialization initialize
        initialized initializes initializing initially initials initiate initiated initiates initiating initiative
        inject injure injured injures injuries injuring injury injustice ink inner innocence innovation innovative input
        inputs inputted inputting inquire inquired inquires inquiries inquiring inquiry insane insect insects insecure
        insensitive insert inserted inserting insertion inserts inside insidious insight insignificant insist insisted
        insistence insisting insists insofar inspect inspected inspecting inspection inspects inspiration inspire
        inspired inspires inspiring install installation installations installed installing installs instance instances
        instant instantly instead instinct institute institution institutions instruct instructed instructing
        instruction instructions instructs instrument instrumental instruments insufficient insult insulted insulting
        insults insurance intact intake integer integers integral integrate integrated integrates integrating
        integration integrity intellect intellectual intelligence intelligent intend intended intending intends intense
        intensely intensity intensive intent intention intentional intentionally intentions inter interact interacted
        interacting interaction interactions interactive interactively interacts intercourse interest interested
        interesting interestingly interests interface interfaced interfaces interfacing interfere interfered
        interference interferes interfering interim interior intermediate intermittent internal internally internals
        international interpret interpretation interpretations interpreted interpreter interpreting interprets
        interrogate interrupt interrupted interrupting interruption interruptions interrupts intersection intersections
        interval intervals intervene intervened intervenes intervening intervention interview interviewed interviewing
        interviews intimate into intolerance intrinsic intrinsically introduce introduced introduces introducing
        introduction introductory intuitive invade invaded invades invading invalid invalidate invaluable invariably
        invasion invent invented inventing invention inventions inventor invents inverse invert inverted inverting
        inverts invest investigate investigated investigates investigating investigation investigations investment
        invisible invitation invite invited invites inviting invoke invoked invokes invoking involve involved
        involvement involves involving irate iron ironic irony irrational irrelevant irrespective irresponsible irritate
        irritated irritates irritating irritation island islands isolate isolated isolates isolating isolation issue
        issued issues issuing item items its itself jacket jackets jail jam jammed jamming jams jargon jazz jealous
        jellies jerk jest jobs join joined joining joins joint jointly joints joked jokes joking journal journalist
        journalists journals judged judges judging judgment judgments juice jumped jumping jumps junction jungle junk
        justifiable justifiably justification justified justifies justify justifying juvenile keep keeper keeping keeps
        kept kernel keyboard keyboards keyed keying keystroke keystrokes keyword keywords kick kicked kicking kicks kid
        kidded kidding kidnap kidnapped kidnapping kidnaps kids kill killed killer killing kills kind kindly kindness
        kinds kingdom kings kits knees knew knife knock knocked knocking knocks know knowing knowledge known knows
        """
}
