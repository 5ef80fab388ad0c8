extension NameLexicon {
    /// Given names of Britain, Ireland, the US, France, Belgium, Luxembourg, Germany (East Frisia too), Austria and
    /// Switzerland that neither the main list nor `rareGivenNamesData` holds (`Birgid`, `Wibke`, `Hajo`), and the
    /// common given names (frequency 3 or more) of the countries staff in those countries often come from: Poland,
    /// Czechia, Hungary, Romania, Bosnia, Croatia, Serbia, Greece, Russia, Ukraine, Turkey (`Radica`, `Bahattin`,
    /// `Gökçe`).
    ///
    /// Source: the given-name dictionary of Jörg Michael (nam_dict.txt, GNU FDL, 2008): those countries' columns, names
    /// of four letters or more, less every family name of the lexicons and every word of SCOWL (sizes 10 to 70) and of
    /// the Debian ngerman and french word lists, also when only their accents differ (`Abbe`, `Doree`).
    static let moreGivenNamesData = """
        aafkea aalderich aalderk aaltien aaltinus aarron abagail abaz abbigail abbo abdulkadir abdurahman abdülkadir
        abedin abelius abid abidin abigale abigayle abrytha adalet adamantia adda adelmar adila adile adolina adolphus
        advija aedin aeihso aeilt aengus aenne aeron aeronwen aeronwy agathi agge agunde aherine ahlerich ahlke ahlrich
        ahlrike ahrend aicke aike ailean ailert ailidh ailie ailis ailt ailín ailís aindrias aindriú ainsley aishling
        aislin aiyana ajiša ajša akeem akgül akke akrivi akın alaattin alanah alannah alarich alaster alayne alberdine
        albertdine albertje albertus albinus aldijana aldina aldous aldrik aldwyn aleah aleck aled aleksa aleksy alem
        alerich alerk alexandrea alexina alexios alexus algrid algunde alick alijah alim alime aliosha alisdair
        alistaire alister alivia aljet aljona aljoscha alkan alke alkea allana allister allyssa almath almin almine
        alminus almke aloisie alojzije alondra alparslan alpaslan alpay alperen alrich alroy altan alteus altina altine
        altje alvan alvie alvira alyn alyona alys amabel amalija amandus amani amari amarion ambrozie amery amhlaoibh
        amil amiya amiyah amke amory amya amzie anahi anamarija anastasya anastazja ancuţa andor andrees andriana
        andriani andro andromachi androniki aneirin aneke anetta anfried angharad anghard anghelina angret anice aniya
        aniyah ankeus anko annabeth annest anneus annja annot annwyl annäus anona ansel antchen anteus anthi anthoula
        antine antino antinus antjedine antjelina antjeline antke antkea antkeo antonis antoniu antwon anuţa anıl aodh
        aodhan aodhán aoibhínn aoiffe aonghas aonghus aranwen aranđel arda arde ardeth ardie ardy arely arendine arendje
        areti argyrios ariadni arianwen aric arife arijana arina aris aristea aristiţa aristoula arkadij arkadiy arkady
        arlan arland arlee arleigh arlin armani armağan armond arnhold arnie arnošt arran arseni arsenije arseny
        artemios arvil arwen aryan aryana aryanna asena ashlynn ashtyn aslıhan asseline asso assumpta asya asım atakan
        atalay atena athol atif atila atiye aubrie augustyn aulay aureliu austen auston austyn avdija avdo avdotja
        avdotya averell avon avram aybüke aycan ayelt aygül ayise ayleen aymer aytaç aytekin ayşen ayşenur azemina azime
        azrielle aşkın badea bahadır bahattin bahri bahriye bahrudin bairbre bajo baki bakir baldo barnie barteldina
        batuhan baukea bauko bauwine baylee bağdagül beatie bebhinn bedia bedriye bedwyr bedřiška beeke beezie behija
        behiye behrend behudin behçet bektas belkıs bendina bendine benedykt benfje bengisu beniamin benjiman bensu
        berat berendina berendine berendje berfu beril berislav berislava berkay berlind berlinda berlinde bernadeta
        bernardus berndina bernhardiene bernhardina bernhardine bernhardus bernhold berntraud berrin berthild bertraud
        bertraut berwyn besima besime bessy betha bethia beti betsan betsi beven bevin bewe beytullah bećir beşir biba
        bibo bilgehan bilgi bilgin bilke binnaz binnur bircan birgid birgith birka blagoje blayne bleddyn blodwen
        blodwin blodwyn bláithín bláthnaid bogdana bogoljub bogumił bohdan bohdana boie boldizsár bonna bonno bontje
        bookem borica borislava borivoj bořivoj bradon bradyn braeden braedon braiden brana brandan brandilyn brandin
        brandyn brano branwen brayan braydon breandan breandán brechta brechter brechtje breffney brenden brennon
        breonna bria briallen brinley brionna broerine bronagh bronislav bronisława bronte brookie brooklyn brooklynn
        brunke bryana brycen brynley bucky buddug buket burckard burçin buğra byrdie báirbre bébhinn börchert börjes
        bünyamin cadell caden cadfan cadwaladr caerwyn cahide cahit caiden cailín cairistiona calli cally calum camron
        camryn candan canice cansın caoilfhionn caoimhin caoimhín caolan caradoc caragh caridwen caris carsjen carys
        casimer casjen cassen cath catja catrine cavan cavit cayden ceara cece cecilija celene celyn cenk cennet ceredig
        ceridwen ceridwyn cerstin cerwyn cesur cevahir cevat cevdet ceyda ceylan cezar chadd chadrick chalmer channing
        charilaos charl charlize charlye charyl chay chaz chelsi cheridwen cheyanne chrissie christodoulos christoforos
        chrysa chrysi chyna cieran cihat cillín ciprian cissy citlali claas clarance cleon clete cleve cobers cobus
        codey codie coerd coinneach colan colie colina colten columba colwyn conal conall conleth connel conradine
        conring coord corin corran cosmin costache coty courtenay courteney courtland cozette coşkun crina crionna
        crissie cristache cristea cristinel crona cuma cumhur cvetko cvita cybil cydney cynan cyndee cyndie cyra cyrena
        călina dafni dafydd dagan daisha daja dajana dakotah dallin dameon damhnait damianos damira damond dandre daniil
        danila danylo daquan darian darien darion darold darrelle darrian darrien darrion darrius darry darvin daryle
        daryll dashawn dasia dava davine davion davonte davorka dayana dayanara dearbhail dearbháil debbee dedda dedde
        deddo dedo dedric deerk deert deian deike deiniol deion deirbhile dejana dejuan deke dellene delmas delroy
        delton delvin delwyn delyth demario demond denel deniece denzel denzil deondre deontae deonte dequan dera derae
        derald derdine dereck deric derik deron derrell derren derryck derryl derval derverdine dervla dervo derwen
        derwin derwyn deryn deshaun desi desimir destiney destini detdeus detert detine detmer detta dettmar dettmer
        dettmerdine devan devante deven devonta devontae devonte devrim devyn dewi deša diamantis diamanto diantha
        diarmaid diarmid diddo diderich diderike didina didrich diederike dieke dierck dieta dietert dietke dilber
        dillan dillwyn dilwen dilwyn dimitrie dimitris dimostenis dinchen dinka dinus dinçer dionisie dionte dirck diren
        direne dirtje dita ditha dithard ditrich ditthard dmytriy dobrita dobromila dobrosav dode dodea doedrich doinita
        doireann domagoj domhnall donalda donaldina donell donielle donta dontae dorottya dorrie dortje dorus dougal
        dougald dragoja drahomír drahoslava drako draven draško draženka dubravko dugald duje dujo dulach durmuş durward
        durwin durwood dusten duwayne dušica duţu dwaine dwane dwynwen dyana dylis dyllis dylon dymphna dáire dürdane
        džana dželaludin džema džemaludin džemila dženan dženeta eavan ebba ebbel ebbo ebeline eberhardine ecem edan
        edana edehard edeline edelt edib edibe edim edine edip edis edisa ediz edlef edmunda edsel edvin edzard eefkea
        efkea efstratia efterpi efthalia eggerke eggo eghard ehme ehrfried eibhleann eibhlis eibo eicke eielt eilard
        eilardt eilbertus eildert eildine eilerich eilert eilfried eilhard eilidh eilika eilke eilrich eimo einion
        eirian eirianwen eiriol eirlys eiry eisine ejub ekaterini ekea ekke ekko elard eler eleri elhard elian
        eliesabeth eliese elife elimar eliot elisaveta elita elka ellery ellice ellmarie ellmary ellmer ellory ellrich
        elmedin elmin elmina elmine elmir elon elpida elsbe elsche elseline elsine elskea elsko elso eluned elvan
        elvedina elviera elwin elwira elwyn elyssa elzie emalie emanoil emese emilius emilyn emke emko emlyn emmalee
        emmanouela emmit emmo emriye emro emrullah emrys emyr enar ender endrik enfys engbertus engela engelbart
        engelbertus engelfried engelgard engeliene engelina engeline enida enis enke enna enne enneke ennen eoghann epke
        eppo erasmia eray erbil ercüment erdinç ergin ergül erike erko erland ermina erroll ersan ersoy ertuğrul ervine
        erwien erwyn esdert esed esen eser eske esmir esmond essyllt estevan esyllt ethem ethna etje etti ettina ettine
        ettje etto euan eufrosina eugeni eugeny euron evaleen evalina evaline evander evann evanna evdokia evdoxia
        eveleen eveliene everbert everdine everet everhard everhardt everwien evgenya evica evina evren evrim evženie
        eward ewelina ewold eyke eylem eylül eyyüp eyüp eşref ešef ešref fabijan fachtna fadıl fahira fahrettin fahrija
        fahriye fanourios faron fawna fazilet fazlı feargal fearghal fearghus feargus fearne fedir fedja feeko feeline
        fehime feidhlim feikea feiko feikobus felim fenella fenke fenko fenne fenno fentje ferah feray ferda ferdie
        ferdinandine ferhan feride feridun feriha ferit festus fethi fethiye feuke fevzi feyza feyzullah ffiona fflur
        fiachra fiepko fikri fikriye filippos finbar finella finka finnbar finnian finnuala fionbharr fionn fionnghuala
        fionntán fionnula fionola fjodor flaviu florenţa florinel florry focke focko foelke fohlke foivos fokka fokken
        fola folf folina foline folkea folkeline folkeus folkmar folla folline folma folmine folrat folrich foltje fooke
        foolke fotis fragkiskos franchette francies francisc fraukea fraukeline frauko fredericke frederika frederike
        frederikus fredo freerich freideriki frerk friderich frideriki frido fridrich friedchen friedeltraud friederich
        friedericke friederieke friederikus friedhorst friedo friedrick friedrika friedrike frieling frieso frigyes
        frouke frouwa frouwe frusina fulya furkan fyodor fănică fırat gabrand gabrijel gabrijela gaenor gair galib
        galija galilea garan garbrand gari garlef garlich garmer garnette garold garrelda garrelt garreth garri garrie
        garvie garyfalia garyfallia garym gaven gavina gavrilă gavyn gawain gayland gaylen gaylon gayna gearld gebbine
        gebke gebkea geelke geelt geena geerd geerda geesa geesche gehde geike geikeline geiko gellért gelu genelyn
        geordie georga georgel georgica georgii gerallt gerardette gerassimos gerdina gerdine gerdje gerfred gerharde
        gerhardina gerhardus gerhold gerianne geriene gerit gerjet gerline gerno gernold gerrelt gerreltje gerret
        gerriet gertje gertjedine gerwine gesche gesina gesinus geskea gesko geta gethin ghiorghe ghiţă giannis
        giannoula giesa gieseltraud gieslinde gilian gillean gilly gilta giorgios gisselle glan glendon glendower
        glyndwer glynne glynys godefriedus godehard godehardt godehart goranka gorch goronwy gospava gosselke gotje
        gowert gralf grania graţian graţiela greggory gretje gretjen gretus grga grgo grigoria grigorii gritje grizel
        grizelda gronw grozda grozdana gruffudd gruffydd grygorii grygory guenevere guinevere gunde gundeline gunder
        gustava guzel gwanwyn gwawr gwendolene gwendolin gwendolyne gwendolynn gwendolynne gweneth gwenevere gwenhwyfar
        gwenith gwenllian gwenna gwenneth gwennie gwenyth gwerfyl gwern gwion gwladys gwydion gwynedd gwyneira gwynne
        gysbert göcke gökay göke göko göksel göksu gökçe gönke göntje görkem gülbahar gülce güldane gülderen güleser
        gülhanim gülistan gülizar gülnaz gülnur gülser gültekin gülçin gülümser gülüstan gülşah gündüz güner güney güneş
        güngör gürcan gürhan gürkan gürsel güven güzin habbe habbo habiba habibe habip hadice hadrian hadwiga hadžo
        hafiza hafize hafren haide haidemarie haike haiko hailee hailie hainer haio haje hajo hajrija hakija haleigh
        hali halida halie halim halime halis halise halszka haluk hamdo hamida hamine hamit handan hande hango hanifi
        hanjo hanka hanko hannchen hannedore hannibal hannjo haralambie hardiene hardine hariklia harlen harmanda
        harmanna harmannus harmina harmine hartje hartraud hasena hasiba hasibe hasnija haso hasret hasudin hatidža
        hatun haukea haya hayati hayko haylee haylie hayna hayo hayrettin hayri hazal hazim haşim hašim hebko hedde
        heddine heddo heddwyn hedvika heepke heerine heerke heero heidine heidje heie heigo heije heijo heikea heilke
        heimfried heimke heinckeline heingert heink heinke heinrike heio heit heitina heledd helgine helgo helgrit helke
        helko helmke hemke hemkea hemkeus hemko hemmine hemmo hendrike hendrikje hennadij henner hennes henno henrica
        henrick henricus henrieke henriko henryka herda hergen herke hermanda hermandus hermanna hermannus herribert
        herro heti heulwen heulyn heye heyke heyno hezekiah hicko hicran hidajet hidajeta hidayet hidderich hiebo hiema
        hiemke hiemkea hieronim hikko hilbrecht hildegarda hildegret hilderich hilga hilge hilja hilje hilka hilkea
        hilkeline hilkeus hilkje hilko hilkäa hilla hillbrand hillebrecht hillerich hillert hillit hillmar hillrich
        hilmer hilmi hilmo hilrich hilwert himke himkea himmet himzo hinderich hinderika hinderike hinderikus hinderk
        hindertje hindrik hindrike hindrikus hinerk hinnerich hinnerika hinnerike hinnerikus hinnerk hinnertje hinriette
        hinrika hinrike hinrikus hippe hiskea horaţiu hranislav hristos hulusi husnija huso hywel hywela hywell hürriyet
        hüsne hüsniye hüsnü hıdır hızır iancu ianto ibbe ibbine ibbo ibeling icke iddo idris iestyn ieuan ifeta
        ifigeneia ifor igge iggo ignac ignacy ignjat ignác ihbo ihna ihne ihno ilektra ilgın ilke illya illés imani
        imcke imka imkea imkemina imkje imko imme immo ingeline ingke ingken ingried ingwar inke inken inko inse insine
        inske insken inso iolo ionela ionică iordanis iorwerth iosefina iowerth ipke ippe iraklis iranka irek irinel
        irmchen isadore isai iseabail isebrand iseult ishbel isidoros iska iske islwyn ismay ismeta ismimi ismir ithel
        itzel iuliu ivančica iyana iyanna izaiah izeta işık işıl işılay i̇dil i̇dris i̇layda i̇lhami i̇lkay i̇lke i̇nan
        i̇zzet jabari jabbo jabez jabina jabine jace jacey jaci jacobina jacobje jadon jadyn jaeden jaelyn jaheim jaida
        jaiden jaidyn jailene jailyn jairo jakayla jakey jaleel jalen jaliyah jalyn jalynn jamarcus jamari jamarion
        jamesina jamin jamya janalee jancee jandieter jandirk jandre janeta janiya janiyah jannel jannell jannita jannus
        jantjedine jantjeline jaquan jaren jaro jaromíra jaron jaruška jaryn jasen jasenko jasmyn javion javon javonte
        jaycee jayda jayde jaydon jaylan jaylen jaylene jaylin jaylon jaylyn jaylynn jazlyn jazmyn jazmyne jebbe
        jedediah jedidiah jegor jeikeline jeikobus jelde jelenka jelisaveta jella jellieke jelline jelsche jelske jelso
        jelto jemma jendrik jenica jenn jenne jenspeter jerad jeramie jered jerel jereme jeremey jerina jermey jerod
        jeronim jerrilyn jesko jessamyn jessicah jessye jettine jevgeniy jevon jibbe jibbo jillette jilliane jilly
        jimena jimm jobbo jobeth jobina jocelin jodelle jodine joelene joellyn joely johannus johnpaul joice joita
        jolena jonette jonica joosten jork jory josina joso jovana julchen julina julita juliusz junius jurina jurine
        jurino jurinus jurke juso justen justi juston justyn juwan jörk jüchem jürdine jürendine jürina jürine jürino
        jürinus jürn jürren jürrine kaatje kade kadee kadeem kaden kadence kadin kadira kadrija kady kaela kaelyn kailee
        kailey kailyn kaitlynn kaiya kaleen kalie kalin kamer kameron kamile kampe kamron kamryn kamuran kanella karalyn
        karis karlee karley karlie karmela karmyn karolus karson kasia kasjen kassidy kasım katey kath katheryne katija
        katje katlynn katriona kavan kaydence kaylah kayle kayley kayli kaylie kaylin kaylyn kaylynn kayne kažimir
        keagan kealey keanu kedrick keela keelin kegan keir kelby kelsea kelvyn kendell kendy kenley kenn kennan kennedi
        kennie kenrick keon kerim kerrin kerys keshawn ketel kethe kevina kevon kevser kevyn keyla keyon keyshawn kianna
        kieren kieron kierra kierston kimberlyn kiraz kirt klasiene klasina klasine klaudiusz klaßine kleanthis kleo
        kleopatra kobe kobus koby kody koerd koertdine kolby kolton konke konradine konstadinos konstantyn koraljka
        koray korbin koreen kornél kosmas kosovka kostiantyn koviljka krešo kriene krieno krino krischan kristýna krsta
        krsto kryno krystallia krystian krysztof ksenja ksenya kubilay kudret kurtuluş květoslav kylan kyleigh kyna
        kyran kyrylo köksal kürşat kıvanç kıymet lachlan ladarius ladeana lambrini lamond lamprini lancelot laoise laron
        latif latife laurance laurenţia lavaine lavar lazaros leagh leefhard leefke leenhard leenhardt leeroy lehnhard
        leighanne lemmy lenchen lenhard leonhardine leontin lesja lesly lesya levar levke lexus leyton liddy lieschen
        lilias lilya lini linzee lioubov lisamarie litty litzy ljilja ljiljan ljuba ljubinko ljubisav ljudevit llinos
        llio llwyd llyn llyr llywelyn loert lokman lonn lorainne lorcán lorilei lorin lorissa lorne loron louiza loukia
        lovel loveleen lovis lowri lubba lubbe lucious lucyna ludbert ludgera ludgerus ludovica ludwika luiken luitjen
        lujza luned luthard lutvo lutwin lutwinus lykourgos lynae lynann lyndi lyndy lyuba líadáin lübba lübbe lübbert
        lübbine lübbo lübertus lübke lübkea lückea lüdecke lüer lükea lükke lükko lüko lümko lüpke lüpko lüppo lürro
        lütfü lütken lüür lăcrămioara mabli maci madalina madalynn maddison madelynn madilyn madisen madisyn madoc
        madyson maga magarete magbula magdalini magdeline magrit mahlon mahmure maighread maika mailin mairearad
        mairghread mairwen makaila makena makenna makhach malachi malachy maldwyn maleah malita maliyah malva malvern
        malvin malvyn mamme mandica mannus manny mano manojlo manolis maralyn marcas mared mareka mareke margaryta
        marged marianthi maribelle maricel marichen maricica marie-andré marie-joseph marie-luce marie-pascale mariea
        marijo marilynne marinel marinos markell marlan marlee marny marsali martie martyna marv marven marvyn matei
        mateusz matthaios mckayla mediha medine meendert meene meener meenhard meenje meenke meeno meent meentje meentke
        mehme mehmedalija meiko meiline meina meineke meinert meinharda meinhardine meino meira meirion mejra melchert
        meleri melf melika melpomeni memke menekşe menhard menko menna menne meno mentko mercan mercédesz meredyth
        meriel merih merilee meriç meropi mersija merton mesud mesude metaxia metha metje metta mettje meurig mevlija
        mevludin mevlüt mhairi miah micky middent mieczysława mihovil mihret mihriban mihăiţă mikail mikayla miko miktat
        milana milanko milenka milinka milinko militiadis milić miljenka miljko milojka milojko miloljub miloranka
        milovanka miltiadis miluška mimke minela minno minodora mintje miomir miraç mirnel mirnes mirnesa mirso mirzet
        mirzeta mithat mitică miya miłosz mlađan moeteus moina moireach moiriosa mojmír momme monno montje mootje
        morfudd morfydd morna morry morven morvyn morwen morwenna mostyn moyna mualla muazzez mubera muhittin muhsin
        muire muireall muiris muirne mukaddes munevera munib murdo murrough muteus mutlu mušan myah myfanwy myranda
        myrddin myroslav myroslava myrsini myrto mysie mysti mátyás mänetta müjgan mürsel mürvet müyesser naci nadide
        nadiye nadžija nafiye nagihan nahide nahne nahod naile naime nairn nairne najee namık nane nanke nanno nantke
        nantkea naoise nardine nasiha nastasia nastja nastya natalee nataly nate nathen nayeli nazif nazifa nazik nazire
        nađa neagu neala neassa necdet necip necmettin necmi necmiye neculae nediljka neele nehemiah nehir neilan
        neilius nejat nejdet nejra nektaria nektarios nela nelja nergiz nermana nerys nessie netti neval nezahat nezaket
        neziha nezihe nezir nezira neđeljka neđeljko neđelka neđib neşet nial nicoară nicolaie nicolita niculai nicuşor
        nieve nighean nihan nike nikica nikiforos nikky niklaas nikolitsa nikos nilay ninian nistor nisvet niyazi
        nizamettin noeleen noeme nollag nomde nonita noreena norica norval numan nurdan nurdin nurhayat nurija nursel
        nurudin nurullah nurşen nusreta nyah nyasia obie ocka ocke ockeline ocko odharnait odhran odhrán odine odysseas
        oisin oisín okka okke okkel olcay oldřiška oleksey olexandra olexiy olgierd olimpiu olly olrik oltmann olwin
        olya omari omarion omme ommo onke onko onne onnen onnilde onnofried onntje onorel onorica ontje oona oprea oran
        orkun orlagh orland orrin orson ortansa ortgies orvil osebrand oszkár otfrid othniel otho otilie ottilde ottis
        ottje otylia owain owena ozzie ozzy pagona pakize pamfil panagoula panoraia paraschiva paraskevas paschalis
        patrycja paulie pauna pavica pavo paško pedr pegeen peigi pejo pelagia pembe pembroke perceval peredur perica
        persa persida pervin petje petrea petrică petrişor phyllida piaras pippa polat polixenia pollie polychronis
        pompiliu popi popkea poppäus profira proinsias prvoslav pryderi prydwen prys przemek pyrs päbe rabija rabiye
        radan radana radenka radenko radica radita radmilo radoica radoje radoljub radomil radomíra radule raegan
        raekwon rafet ragib rahim rahmi raif rainar rainhold rainulf raissa rajka rajmund ranald ranka rasema rashawn
        rasima rathnait raulf raynard raziye raşit reamonn recai redelf redlef redolf redžep reemhard reemt reemtdine
        reenhard reenhold reeno reentje refika refiye reghina reginhard reik reika reike reimar reinardus reindert
        reinolde reint relja remigiusz remke remkea remmer remus remza reneus renfrew renhard renhold renke renko
        rennell rensche rense rensine renstine renus resul rewert reyk rezzan rešad rhain rhiain rhianna rhiannan
        rhianne rhianwen rhisiart rhodri rhonwen rhosyn rhun rianna rickelt ricklef rickleff rickmer rieka riekus
        rienelt riepke rieta rifet rigolf rike rikkea riko rikus rindelt rindert rinje riobeard riobna riona rissa
        risteárd rixa rixta rixte roanna rockford rodd roddie rodolf rodoljub rodric roelfiene roelfine roibeard roko
        roksanda rolfke rolfkea rollie rolof romica romney ronalda ronette roolf rosalynn rosalynne rosevelt roshan
        roslin rostyslav rouslan roxani rozalyn rozálie ruadhri ruaidhri ruaidhrí ruairidh ruan ruaraidh rudolphus ruhi
        rukija rusmir ruthy rylan ryleigh rylie ryne ryszarda ríona ríonach röbke röpke röttger rümeysa rüştü rıdvan
        rıfat sabahat sabahattin sabahudin sabiha sabira sabit sabriye sadet sadettin sadhbh sadi sadik sadika sadiye
        sadık safeta safta saige saim sakine sakir samet samid samil sandu sanel sanija saniya sapfo sarantis satılmış
        saudin savanah savaş savion savka schwanette schweer schwero schwittert seana sebahat sebahattin seben sebiha
        sedef sedin sedina sedrick seede seeko sefa seido sejfudin sejo selami selen selime selmin selvedina selver
        selveta selvi selwyn selyf semija semin semir semira senan seneca senga senija seona seonaid seoras seosamhin
        septimiu serafeim seray sercan serdal sergeij sergios serguei serguey serhan serhii serhij servatius servet
        seumas seval sevastiţa sevtap seweryn seyfettin seyhan seyit sezai sezen sezer sezgin seçil seçkin shamar shania
        shaniya shannah shannen shaquan shaquille shareen sharise sharman shawne shaye shaylee sheela sheelagh shelbi
        shelbie shelva shere sherelle sherm sheryn shile shiona shireen sholto shonagh shonah shyann shyanne siani
        sibbern sibe sibo sibéal sicke sido siebeld siebeldiene siebelt siebentje siebo siefke siek sieko siemen sierk
        siever sighle sigourney sigried sikkeline silka silko simge sinja sinje siofra sion sioned sirka sirke sirko
        siubhan siun siurt sive sivert siwan sjut sjuttje skippy skyla slava slavoj slawa slađan smajil smajo smaragda
        smaranda sobina sobine soeke sofi sofoklis sofya sokratis sonay sonka sophy sorina spasenija spasoje spiridon
        spomenko srbislav sreten stamatia stamenko stanca stancu stanica stanika stanoje stas stelica stelios stephon
        stergiani stergios steuart stiliani stinus stoian stoja stojadin stormie struan sunay sunke suntke sunčica suvad
        svantje svetolik svyatoslav swaantje swanette swaneus swanja swanje swantje sweer swenja swibertus swidbert
        sybrand sydnee sydni sydnie sylka sylko sylwester symon sytze szczepan szilveszter séamas söhnke söncke söntke
        sünje sünke sünko süntje süntke sıddıka sıdıka sıla sıtkı sławomira taake taalke tacettin tade tadeus tadgh
        tadija tado taha tahnee taib taiba taisia taisya talea taleke taletta taleus talida taliesin talina taline talip
        taliyah talke talko tamme tammo tamsin tamzin tangie tani tanju tanno tanta tanwen tarkan tarquin tarran tatje
        taurean taurus tavia tavis tavish tavon tawnee tawni taxiarchis taya taylan tayler taťana taťána teagan tebbe
        tebbo tecwyn teda tedd teelke tegwen teika teilo tela teleri telisa telke telsa temel temma temmo teofil teoman
        terezie tetje tettje tevfik tevin thade thado thalea thaleia thecla thede thedo theile themis themistoklis
        theocharis theodosios theofilos theoni thido thieß thimo thobe thorben threasa tibina tido tiembinus tiene
        tietje tilemachos tilko timmie timofei timofej timofey timothey tinca tippi tippy titu tjaard tjaart tjabbe
        tjaberich tjabert tjabo tjade tjaden tjadine tjadke tjado tjake tjakea tjakko tjako tjakobus tjalda tjalke
        tjamdine tjard tjardo tjarkea tjarkje tjarko tjebbe tjipkje tjorven toader tomica tomka tomke tomma tomos tonius
        tonko torey torin torquil trae trandafir traolach travon trefor tremayne trevelyan trever trevina trevion trevon
        triantafyllos trienette trientje trientke trifun trino trinold trintje trinus tristian tristin triston tristram
        trixie trystan tudorel tudoriţa tudur tufan tuncer turgut turhan turlough tuğrul tyquan tyrel tyrese tyshawn
        tätje töbea tönjes tönnies tönno türker tănase ubbe ubbina ubbine ubbo uffo uilliam uisdean ulaş ulbert ulbertus
        ulferdina ulfert uliya ulja uljana ulpt ulricke ulyana umme ummo upke uriah ursela utku uzeir vahidin valerius
        valja valya vangelis vanora varvara vasilea vasileia vasilia vasilija vaso vassiliki vassilios vassiliy vassily
        vatroslav vedad vehbi velibor velida vendula vergil verginia verl verle verlin verlyn veroslava vesile veysel
        vibretha vica vicenţiu victorija victorita vidak vidosav vildan vilim violetta virgiliu virgle vitomir višnjica
        vjeran vlade vladeta vladica vladilen vladlena vlajko vlasios vlastimila vlastislav vlatka vocke voica voichiţa
        voicu vojimir vojka vokke voline volkea volkeus volkwin volline vollrich volma volmar vujica vukašin vukica
        vukosava vural věroslava waalke wacława walentina walentyna waleri walli wallie wasili wayde waymon weda weera
        weert weertdine wego wenda wendee wenka wenno wera weronika werra wesseline wiard wiarda wiardus wibbe wibbo
        wibke wibrandus wichert wiebcke wiebelt wiebo wiebold wiechert wiegert wienke wiepke wiete wietje wiktor
        wiktoria wilka willm willo wilm windell winni wipke witali witlof wobke wolbertus wolbrich woline wolline
        wollrich wolther wykeline wylko wyndham wyneken wytze wübbe wübbina wübbine wübbo wübke wübkea xanthe yadigar
        yakov yanna yareli yaren yazmin yağmur yegor yelda yener yiğit yonca yorck yoselin yulya yurdagül yveta yvona
        yıldıray zach zacharoula zaharia zahid zahide zaim zajko zakary zamfir zamfira zamil zaria zechariah zeda zeetje
        zejna zejnil zeke zekija zemira zenovia zerrin zeycan zeynal zeynel zhenja zhenya zijada zijah zinayda zineta
        ziya ziynet zlatomir zoeke zoey zoie zrinko zsanett zsigmond zuhal zuhdija zuhra zuzanna zvezdan zvjezdan
        zwanette zwantje zweer zöhre zülfiye zülfü ágoston älke çağatay çağdaş çağla çağlar çağlayan çağrı çimen çiçek
        çınar éabha ömür öykü özden özen özer özgen özgül özgün özhan öznur ülker ülkü ümmü ümmügülsüm ümmühan ümran
        ünal ünsal üzeyir ćamil ćazim časlav čedomil čenék čestmír đenan đenana đenita đula łucja şafak şaziye şebnem
        şehri şehriban şenel şener şennur şerafettin şeref şermin şeyda şeyma şirin şükriye šefkija šefko šejla šemsa
        šemso ševal ševala šime šimun štěpánka želimir željana živadinka živomir žofie
        """
}
