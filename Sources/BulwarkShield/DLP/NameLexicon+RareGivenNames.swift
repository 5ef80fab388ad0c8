extension NameLexicon {
    /// Given names that are rare in France, Belgium, Luxembourg, Germany, Austria and Switzerland (`Anselm`, `Dietlind`,
    /// `Volkhard`, `Babett`): staff are named so, and the main list keeps only names that are frequent somewhere.
    ///
    /// Source: the given-name dictionary of Jörg Michael (nam_dict.txt, GNU FDL, 2008), the names whose frequency is 1
    /// (rare) in those countries and that are not in the main list, less every word of SCOWL (sizes 10 to 70) and of
    /// the Debian ngerman and french word lists, also when only their accents differ (`Prosper`, `Linus`, `Perle`,
    /// `Sante` are left out as words).
    static let rareGivenNamesData = """
        abeline abelle abigaël abigaëlle abygaël abygaëlle achaz adalberta adama adamo adelaïde adelbert adelfried
        adelgund adelgunde adelhard adelheide adelin adelphine adeltraud adeltraut adelyne adhémar adolfa adolphine
        adélie agilbert agilmar aglaé aglaée aimeric aimery aimie aimy alanis alaric alaïs albain albane albanie albanne
        albano alby albéric alcide aldric aldéric alessio alexandrie alexandro alexane alexanne alexiane alexy aleyna
        alfhard alfinus alfonsina alfredine alfried alhard alheid alheide alheidis aliette alin alinde alisone alisson
        alissone alisé alisée alixe alixia alizéa alizée allain alliette allmar almtrud almute almuth alodie aloisa
        aloisius aloysia aloysius aloïs aloïse alphons alphonsa alphonsus alric alrick alrik alrun altfried altraud
        altrud alwina alwine alyette alysée alyzée amable amadea amaelle amalie amalric amance amand amarande amaël
        ambrine ambroise ambroisine ambrosius amel ameline amely amon amrei amédé amédée amélien amélina amélyne
        anabella anabelle anaclet anastase anastasie anasthasie anaël anaële ancelin andie andoche andreina andrin
        andrina andrès andréane andréanne andréas anfriede angelin angelle angi anicet anicette anick annabella annagret
        annagreth annakatrin annalena annalene annalies annaliese annalis annalise annarita annarose annarös annatina
        annaëlle annaïg annebärbel annedore annedoris annedorle annedörte annegold annegrete annegreth anneheide
        annehild annehilde annekathrin annekatrin annekristin annekäthe annelen annelene annelinde annelotte anneluise
        annely annelyse annemargret annemaria annemirl annerike anneros anneruth annetraud annetraude annetrud annetrude
        anniek annik annina annique annkathrin annkatrin annliese annonciade anouchka anouschka anrich ansbert anselm
        anselme anselmo ansgard anthelme anthime antja antonello antoni antonine anuschka aodren apollinaire apollonie
        appolinaire appoline appolonie arabelle arcangelo argan aribert arist ariste aristide arite arièle arié arkadius
        arlinde armance armandine armantine armele armgard armina arnauld arnault arnbert arnfred arnfried arnhart
        arnhild arnim arnolf arnould arnt arntraud arrigo arthémise arved arwed arwid arwin ascan aslind athanase
        athmane atmane aubane aubert aubry audeline audette audran audren audric augustinus aurane aure aurelie aurelien
        aurelius aurelle auriane aurianne aurèle auréliane aurélienne auxane auxence avit axèle aymerick azeline azélie
        aïda babett babsi balbine baptistine barberine barbi barbla barbli bardo barnabé bartho barthold bartholomäus
        bartholomé barthélémy bartold bartolomeo bartolomäus bartolomé bartosch basile basilio basilius bastienne
        bathilde baudoin baudouin bazile beda belina benedetto benedicta benedikta benediktus beniamino benoist
        bernadetta bernardette bernardino berndt bernfried berngard bernharda bernhardin bernhart bernhild bernhilde
        berni berno bernold bernulf bernward bertfriede berthi berthilde berthile berthille berthy bertile bertille
        bertin bertina bertl bertlinde bertold bertolt bertrande bertwald bertwalda bertwin bethly betli betti bienaimé
        biggi biggy birga birge birghild birglinde birk birkhild bixente blanchette blasius bleuette bodmar bodomar
        bolko bonaventure boniface bonifaz borromäus borwin botho boto brandolf briac briag brieg brieuc brieux
        bringfried bringfriede bruneau brunehilde brunella brunello brunhilda brunhildis bryann brünhild brünhilde
        burckhard burckhardt burga burgel burgfried burghart burghild burghilde burgis burgl burglind burglinde burgunda
        burgunde burkard burkardt burkhardt burkhart burkhild bärbele bärbl béatrix béranger bérenger börries cai
        calixte camillo candido candylène canelle canio carelle carinne carlheinz carmelle carolane carolanne carolle
        carsta cassandre cassiopée catheline cathelyne cathia caty celestino cendrine centa cerine cersten cesarina
        cesira charlaine charlemagne charleyne charlot charlyne chimène chloée chrislaine christabelle christamaria
        christella christfried christfriede christhard christhardt christhart christhelm christhild christhilde
        christianna christliebe christmut christoff christoffer christopherus christsolde christward cilgia cilly
        cinthya cirsten clarysse claudiane claudius clet clivia clodette clorinde clotaire clovis cloé cläre clélia
        clélie clémentin cléo concettina conni constantine constantino coraline coraly coralyne corantin corbinian
        cordian cordt corentine cornélie corsin cosima cosme costantino crescentia cristelle cristiana cristiano
        cristèle crystelle crystèle cuno curdin curzio cyprien cyprienne cyr cyriaque cäcilie cäzilia cäzilie cédrick
        cédrik cédrine célian céliane célie célien célina célyne célénie césaire césarine côme dagobert dagomar damase
        damia damienne danie dankfried dankhard dankmar dankward dankwart daphnée degenhard degenhardt degenhart delf
        delio desideria desiderius dethard detmar detrich didi diemo diemut dietbald dietbert dietburg dieterich
        dietfried dietgar dietgard dietger diethard diethardt diethart diethelm diether diethild diethilde diethmar
        dietlind dietmund dietmute dietolf dietram dietwald dietwalt dietwolf dietwulf dietz dieudonné dilan dionys
        dionysius ditmar dittmar dominike dominikus domitille donata donatien donatienne donatus donavan doralina
        doraline dorchen dorena dorette doriana dorianne doriano dorinne dorith doritha doritta dorkas dorle dorlies
        dorlinde dorlis dorly doro dorotea dorothe duilio duri dylane débora dölf eberhardt eberhart eckardt eckbert
        eckehardt eckehart eckert eckfried eckhardt eckhart eckhold eddi edelbert edelburg edelfried edelfriede edelhard
        edelinde edeltraude edeltraudt edeltrudis edelwald edern edmar edmondo edmé edmée eduardt edvige edwine effi
        egidius eginald eginhard eginhardt egmont egomar ehrenfried ehrenfrieda ehrengard ehrenreich ehrentraut
        ehrentrud ehrentrudis ehrhard ehrhardt ehrmut eik einhard einhardt eitelbert eitelfritz ekhard ekhardt ekkard
        ekkardt ekkart ekkehardt ekkehart elfgard elfgund elfrun elfy elgard elgine elianne eliano elisabelle elisabetha
        elisée elkmar ellengard ellentraud elmire elody elouan elphège elric elrike elsabe elselore elselotte elsemarie
        elsgard elvezia elvezio elvine elvio elwine elyane elyes elyette elyne elysa emanuelle emelyne emeram emerich
        emidio emie emmaliese emmanuella emmeline emmeram emmeran engelberta engelbrecht engelhard engelhardt engelmar
        englbert enguerran enguerrand enora enza ephrem eraldo ercole erdfried erdheide erdmann erdmute erdmuthe erdwin
        erfried erhart erina erkhild erkmar erlfried erlgard erltrud erlwine ermanno ermelinde ermenfried ermenhild
        erminio ernesta ernestus erni erno ernstfried ernstine erwann erwina estel esterina esthel estèle eudes eudoxie
        eulalie euloge eunike euphrasie eurielle eurydice eustachius eusèbe eutrope evalinde evamaria evamarie evariste
        evaristo evchen evelinde evelore evrard ewalda ewoud ewout eyck fabiana fabiane fabiano fadri falkhard falkmar
        fanch fanchon fanette fanni fantine fany fanélie fausta faustin faustine fedele feli felicien felizia ferdinanda
        ferdinande ferdinandus ferfried ferhard ferhart ferruccio ferréol fideline fidelius filippina finchen fiore
        fiorenza fiorenzo firmine flavienne fleuriane fleurine fleury floran florane florelle florentius florestan
        florestine floriana florianne floriano floriant florien florient florimond florindo flurin folker folkhard
        folkhardt folkhart folko follrich fortunat fortunato framhild franceline francelyne franciane franciska franckie
        frankmut franzi franzl franzpeter franzsepp freimund freimuth freiwald fridegund friderika friderike fridi
        fridolina fridoline fridulf fridy friedbald friedberg friedburg friedebert friedeborg friedeborn friedeburg
        friedegard friedegund friedegunde friedemar friederika friederun friedewald friedgard friedhard friedhardt
        friedhart friedhild friedhilde friedhold friedi friedjörg friedlenchen friedlieb friedlies friedliese friedlind
        friedlinde friedmar friedmut friedmuth friedolf friedolin friedolina friedoline friedrun friedwald friedwin
        friedy frigga frithjof fritzi frohlinde frohmund frohmut frohwald frowin frowine fränze fulbert fulgence fulvia
        félicia félicienne gabrièle gael gaetan galatée ganaël ganaëlle gangolf gaspare gastonne gatien gatienne gaudenz
        gaudenzia gaultier gauvain gaétanne gaëla gaële gaëlla gebhart geertruida gefion gelbert geo geraud gerborg
        gerburg gerdfried gerdhild gerdhilde gerdt gereon gerfriede gerharda gerhardine gerheide gerhilde gerhilt
        gerlach gerlinda germana germann germano germar germo germut gernfried gernod gernulf gerolda gerolf gerritdina
        gersende gerthilde gerthold gertmund gertraut gertraute gertrudt gertwin gervais gervaise gervas gervin gerwald
        gery ghyslain ghyslaine giacoma giacomina giampiero giancarla giannina gieri giesbert gieselind gildo gilette
        giliane gillette gilliane ginevra gioacchino giordano girard gisa giselbert giselher giselind giseltraud gislain
        gislind gislinde gislène gismar gismonde gitti giulietta giusi giusy glwadys godefroy godeleine godelind godi
        godo gody goldina goldine goldtraud golo gontran gonzague gordian goswin gotelind gotelinde gotlind gottfrieda
        gottfriede gottharda gotthardt gotthart gotthilf gotthold gottholde gottliebe gottreich gottwald gottwaldt
        gottwalt goulven gracianne gratianne gratien gratienne greth gretlies grety grimbert griseldis grita gritt
        gritta grégorie gualtiero gudula guenièvre guerino guerric guewen guibert guilain guilaine guillain guillaine
        guillaumette guilène guislain guislaine gundel gundela gundelinde gundemarie gundhard gundhart gundhild
        gundhilde gundl gundmar gundolf gunfried gunhard gunhilde gunthard gunthild guntmar gurvan gusta gustel gusti
        gustine gustl guylain guyonne guénaëlle guénolé gweltaz gwenael gwenaële gwenaëlle gwendal gwenhaël gwennaelle
        gwennoline gwenola gwénolé gyslaine gysèle géralde gérarde gérardine géraud gérôme göpf hadburg hademar hadmut
        hadmuthe hadrien hadubert hadumod hadumoth hadwig haidi haimo hanfried hannegret hannelene hannelie hanneliese
        hannelotte hannemarie hannerose hannetraud hannlenie hannmeike hannsgeorg hannsjörg hannsjürgen hannspeter
        hansdieter hansfried hansfriedrich hansgeorg hansgerd hansgünter hansgünther hansheinz hanshelmut hanshermann
        hansi hansjakob hansjoachim hansjochen hansjörn hansjürgen hanskarl hansludwig hansmartin hansotto hanswalter
        hanswerner hanswilhelm hanswolf haralda hardo hariolf harribert hartfried hartger hartlieb hartmann hartmund
        hartmuth hartwald hartwiga hartwin hasko hasso hatto haug haymo heddy heidebert heidegard heidegret heidegunde
        heidelies heideliese heidelind heideline heidemaria heiderich heidetraud heidfried heilmuth heilwig heimar
        heimbert heimfrid heimgard heimhart heimtraud heimwald heinfried heini heinolf heintje heinzdieter heinzfried
        heinzhermann heinzjörg heinzjürgen heinzkarl heinzpeter heinzwerner helbert helfred helfrid helfriede helgert
        helgomar helgrid heliane heliette hellfried hellgard hellmuth helly helmar helmbrecht helmfried helmgard helmine
        helmo helmrich helmtraud helmtraut helmtrud helmtrude helmward heloise helrike heltrud helwart helwig helwin
        henriane henrika herfried herger herko herlind hermana hermance hermanus hermfried herminie herrmann hertraud
        herveline herwald herward herwart herwarth herwiga herzlinde hetti heyko heyo hieronimus hilar hilarion hilarius
        hildburg hildburga hildebert hildeburg hildegardt hildegunde hildelies hildelind hildemar hildemarie hilderose
        hildetraud hildmar hildrun hildtraud hildy hilfried hilgrun hiltraud hiltraut hiltrude hiltrun hippolyte
        hippolytus hoimar holdina holk holle holmer honorat honorin honorine horstfried horstmar hubertina hubertine
        huldine humbert hélyette idamarie ignatia ignatius ignatz ignazia ilaria ilario ildo ilrich ilsa ilsabe
        ilsebärbel ilsedore ilsefriede ilsegard ilsegret ilselore ilsemarie ilseruth ilsetraud ilsetraut imma immanuela
        ingbert ingedore ingelene ingelies ingelinde ingelotte ingemarie ingerose ingeruth ingetraud ingetraut ingetrud
        ingfried inghard ingmar ingobert ingolde ingomar ingowart ingram ingrun ingunde inkmar innozenz iole ireneus
        irenäus iride irlanda irmela irmelie irmelin irmelinde irmengard irmengild irmentraud irmentraut irmfried
        irmfriede irmgarda irmgardt irmhilde irmi irmin irmine irminfried irmingard irmintraud irmlind irmlinde irmo
        irmtraude irmtrud irmtrude irénée isabeau isaline isaure isaïe isbert isedore iseline iselore isfried isgard
        ishild ishilde isidor isidore ismene isolina ivanne iven jaki jakie jakoba jakobina jakobine jakobus jaky
        janfried janin jannick jannine jaouen jasmijn jeanick jeannick jeannina jehan jehanne jennyfer jeremias jeremie
        jessyca jil jirina joanny jobst joceline jodok jodokus joelma joffrette johane johanie johannette johanny
        jolante jolantha jolanthe jons jorane jordane jorn josceline joscelyne joscha joseline josepha josi josselin
        josselyn josselyne josua josyane josyanne joévin joële judicaël judicaëlle juditha juline jupp justinien justus
        jämes jéromine jérémi jördis jörgfried kaelig kajetan karelle karlernst karleugen karlfried karlfrieder
        karlfriedrich karlgeorg karlgünter karlhans karlheiner karlheinrich karlhorst karli karlmann karlotto karlpeter
        karolin karsta karyne karène kasimir katel kateline katell kathelijne kathia kathrein kathrina kathrinchen
        katrein katty kelig klaartje klarissa klaudius klausdieter klausjürgen klauspeter klementina klementine klervi
        klothilde klothildis klotilde kläri kläry knuth konradin kora kord kordelia korentin korinna kornelius
        kreszentia kreszenz kreszenzia kriemhild kriemhilde krimhild krimhilde krist kristell kristelle kristiana
        kristiane kristl kruno krystelle kunigunda kurd kurth kyrill kätchen käthchen köbi ladislaus laeticia lamberta
        landolf landry lauralie laurana laurane lauranne laureline laurentine laurentius laurenz laurianne laurin lauro
        laury lauryne lazare leander leane leberecht lebrecht lenaick lenaig lenaik lennert leongard leonharda leonhardt
        leonhart leoni leonilde leontina leopoldina lerke leuthold lewin liborius lidwina lidwine liebgard liebgunde
        liebhard liebhardt liebhilde lienard lienhard lienhardt liesa liese liesegret lieselene lieselore liesgret liesl
        lilette lilibeth lilith lilliane lilyane linard lindemarie lindhilde lindmar linhart linhilde lintrud lioba
        lionelle lionnel lisann lisel liseli liselore liselot liselott lisetta lisi lisianne lisl lison livie lize lizzy
        loane loisl lorelies loreliese loremarie loreto loriane lorianne loric lorris lorène lothaire lottelore
        lottemaria louisiane louison loïck loïg loïk loïs loïse luciane lucine ludolf ludovick ludwiga luigino luisella
        luitgard luitgart luitpold luitwin luzie luzius lydiane lydianne lydéric lylian lyne lyonel lysandre lysann
        léandra léane léanne lénaïc léocadia léocadie léona léoncia léoncie léonide léonne léonor léonore léopoldine
        macaire madita madlaina madleine madlene mady maella magdeleine magloire maguelonne maguy mahaut mahé maic
        maixent malaurie malaury maleen malidienne mallaurie mallaury mallorie malory malwine manelle manfreda manfredo
        manfried manhard manhardt manhold manoël manuele marbod marcelin marcellin marcien marcienne mareen marei
        mareile marena marfried marfriede margaritta margitte margolf margoth margrete margrid margund margunde marhild
        mariane mariannick marieanne mariechen mariedore mariegret mariele marielene marielies marieliese marielouise
        marieluise marietheres marietraud marikka marilen marilene marilyse marilène marinella mariola marise marjolène
        markolf markward markwart marleine marlinde marlit marlitt marlyne marold martino martrud maruska maryan
        maryelle marylaure marylise marzel marzellus marzia marzio mathurine mathäus matthis matthissa mattia maurane
        maurin maxance maximiliana maximiliane maximilienne maximillian maxl mayeul mayk maëlane maële maëlenn maëlie
        maëlig maëline maëlis maëliss maëly maëlys maëlyss maïly maïlys maïna maïthe maïwen maïwenn mechthilde mechtilde
        mechtildis medard medardus meik meikel meinard meinfried meinfriede meinhardt meinhart meinold meinolf meinulf
        melisande menga mengia menk merens meret merlind merlinde merten michaëlle michelino michi michl mickaëlle
        mikaëlle mili milla milli milva mily milène mimy mirelle miren mirijam mirthe mirto misael mischel modestine
        monette moni monia monja moran morane morgann morganne morgiane morvan murièle muthild myriame myriane myrianne
        myrielle myrjam myrthe médard médéric médérick mélaine mélie méline mélisa mélyna mélyssa mériadec nadeige
        nadette nadin nadiège nando nanni naomie natalino natascia nathalia nathanaëlle nathaël nazaire naëlle neidhard
        neidhardt neithard neithart nello nepomuk nicette nicolaus nicolina nicolino nicomède nikodem nikodemus nikol
        nikolas nikolle nilo ninette noelly noldi nolwen norberta nordfried nordrun norfried noriane norina nortrud
        nortrun norwin notburg notfried notker noyale noé noémi noémy noële noëline noëllie noëlline noëmi nunzio
        nunzius néhémie océanne odeline odille odilo odilon odyle olf olinde oliviero olivio ollivier ombeline ombline
        onésime ophélia ophély orane oreste oriana oriane orianne orietta orlane ornulf oronzo orphée orsola ortfried
        ortmund ortraud ortrun ortwin orélie oslinde osmund oswalda oswin oswina otbert otello otfried otger otheinrich
        othello othon ottavia ottavio ottfried otthard otthart otthein ottheinrich ottheinz otthold otti ottkar ottobert
        ottokar ottomar ottwin otwald otwin pacôme palmire pamina pamphile pankratius pankraz pantxika paolina paquita
        pascual pasqual pasqualine pasqualino patricio patrizio paulfried paulin paulino paulinus pegguy peguy peider
        pellegrino pepi perline pernelle philbert philibert philiberte philine philipa philipine philippo phillipp
        phillippe phillippus pierette piergiorgio pierrine pina pino plinio precilia precillia prescilia prescilla
        prescillia priscilia priscille pulchérie pélagie périne péroline pétronille quintus quirine quiterie quitterie
        rabea rachela rachèle radegonde radegundis raeto rafaelle rafaël rafaële raffaela raffaello raik raimar raimer
        raimondo raimunda raimunde rainald raingard raingardis rainhard rainhardt rainhart rainmund randolf raphaële
        raphy rasso rathgunde rauthgundis raymund raynald regelinde regelindis reginbert reginhardt reglind reglindis
        reimo reinald reinar reinbert reinburga reinfried reinfriede reinharda reinhardine reinhildis reinholde
        reinholdine reinholdt reinlinde reinmar reinold reinolf reinout reintraud reintraut reinulf reinwald relinde
        relindis rembert remi remigia remigius renald renatus renelde renelle reni renilde reno renold reny resel resie
        resilotte reymond reymonde rezzo rhiane riana ribana riccarda ricco richarda richardis rigbert rigo rigobert
        riki rilana rimbert ringo robertina robertine roby rochus roderich rogatien roli rollande roly romanus romaric
        romed romi rommy romolo roméo rosabelle rosamarie rosamunde rosane rosegret rosegunde rosehilde roselene
        roselette roselies roseliese roselind roselinde roselius roselore roselotte rosely rosemaria rosemie rosemonde
        rosetraut rosiane rositha rositta rosl roslinda roslinde rosmaria rossano roswita rotger rothmund rotraud
        rotraut rouven rozenn rudenz rudger rudolfa rudolfina rudolphe ruedy rufin rufine ruggero runald runfried
        runhild ruperta rupertus ruppert rupprecht ruprecht ruthard ruthild ruthilde ruy räto régina réjanne réjeanne
        rénald rös rösel rösi rösy rütger sabato sabinchen sabrine sahra salomea salomena salomon salomée samuelle
        sandrina santino savina savine savinien savino scarlette scholastika scholastique schorsch schwanhild sebald
        sebastien seibold seline senta seppi seppl serafine serafino serenella sergine sergius servan servane servanne
        severina severino severinus sibilla sibille sibrand sibylla sidoine sidonius siegberta siegbritta siegenot
        siegert siegfrid siegfrieda siegfriede sieghard siegharda sieghardt sieghart sieghelm sieghild sieghilde
        sieglind siegrun siegtraud siegulf siegwald siegward siegwart sigbert sigenot sigfrid sigfried siggi sighard
        sighart sighelm sighild sighilde sigisbert sigishelm sigismond sigismund siglind sigmut sigolf sigolène sigtraud
        sigtrud sigunde sigune sigward sigwart silena silvain silvaine silviane silvère simonette simpert simperta
        siméon sira siro sissi sixtine sixtus sloane soazic soazig solenne soline sonnfried sonngard sonnhard sonnhardt
        sonnhild sonnhilde sosthène stani stanny steeven steff steffan steffie steivan steph stephanus stilla sturmhard
        sturmius stéfane stéphanette sullivan sulpice sunhild susen susette suzel suzelle suzon swanhild swanhilde swann
        sybill sybilla sylvana sylvane sylvanie sylvelin sylvian sylvianne sylvine sylvio sylvius symphorien sämi
        sébastian sébastienne séraphine séverin tancrède tangi tankred tarcis tarcisio tassilo teo teresina thaddäus
        thaddée thalie thankmar thassilo theddy thedy theobald theobalda theobert theodeline theodolinde theofil
        theofried theohold theolinde theophil theophilus theresie thielo thiemo thiery thilde thildi thildy thimothée
        thiphaine thiébaud thoralf thurid thusnelda thyl théau théodora théodorine théodose théodule théophane théotime
        thérèsine thérèze tiberius tiburce tiburtius tiemo tifaine tifanie tifenn tijs tilbert tilli tillmann tilman
        tilmann timm timmo timotheus timothé tiphanie tiphany tizian tonino toralf torge toussainte traudel traudi
        traudlinde trauhard trautchen trauthilde trautlind trautlinde tressy treufried treuhard treuhart trinchen trixi
        trudbert trutz tugdual tullio typhaine typhanie töns ubaldo ulfrida ulfried ulisse ulric ulwin ulysse unette
        uranius urda urielle ursl ursule ursulina ursus urta urte urthe utho uto utta utto utz uve valentijn valeska
        valène valérianne valérine veith velten vianney victorin vincente vincentine vincenz vincenzina vincianne
        vinzent violène virgilius virginio viridiana vitaline vitalis vittorina vittorino vivette volkard volkart
        volkbert volkhard volkhardt volkhart volkher volkrad volkward volkwart vollrath volrad vribella vroni véra
        vérane véronica walbert walburg walda waldburga waldburgis waldfried waldfriede waldtraud waldtraut walfried
        walfrieda walfriede walti waltrud waltrude waltrudis walty wandrille warnfried wastl wedig wedigo weikhard welf
        welfhard wendel wendela wendelgard wendeline wendelinus wendemar wenke wennemar wenzel wernfried werngard
        wernhard wernher wernhild wichard wido wiegand wiegbert wieghart wiethold wigand wigbert wiglaf wilbrand
        wilbrandt wilderich wilfrieda wilfriede wilgard wilhard wilhardt wilhelma wilja willehad willfried willhart
        willibert willma willmar willrich wilmar wilmhard wilmut wiltraud wiltraut wiltrude wiltrudis winand winfrid
        winfrieda winfriede wingolf winnimar winrich wintrud withold witmar witta wittmar wivine wladislaus woldemar
        wolfbert wolfdieter wolfdietrich wolfeckart wolff wolfgard wolfgünter wolfhard wolfhardt wolfhart wolfhelm
        wolfhermann wolfhilde wolfmar wolfrid wolfried wolrad wulfhard wulfhardt wunibald wunnibald xandl xaveria
        xaverius xavière yanick yanik yanne yannic yannig yannik yaël yaëlle ynès yoeri yoland yolène yorick ysaline
        yseult yuna yvain yvana yvane yvanie yvanna yvanne yvelise yvelyne yvonnette yvonnick zacharia zacharias
        zacharie zeno zenzi zilli ziska zoë zäzilie zélie zéline zéphir zéphirin zéphirine züsi ägidius ännchen änne
        élaine éponine
        """
}
