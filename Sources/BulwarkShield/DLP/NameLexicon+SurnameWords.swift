extension NameLexicon {
    /// Family names of the lexicons that are also common English words and no given names (`House`, `Driver`,
    /// `Child`, `Brown`): alone, with nothing else saying a person stands there, they are read as the word.
    ///
    /// Source: SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson, 2000–2020; free to use, copy and distribute
    /// with this notice), the english-words and american-words lists of sizes 10 and 20, lowercase words of three
    /// letters or more, that are family names and no given names here.
    static let surnamesThatAreWords: LexiconSet = hashes(surnamesThatAreWordsData)

    static let surnamesThatAreWordsData = """
        able akin alter amend apple arena arms ash atlas back bad ball balls bank banks banner banning bare bark barks
        barrier bash bass bath battle beach beam bean bear beard beer beers begin belt bench best bias bible big bigger
        bills bird bishop bitter black blade blades blank blanks blessing blind bliss block blood blow blue board body
        bold bolt bond bone bones book books boots border boring born borne boss bottom bounds bow box brake branch
        brand brass breed breeding breeze brick bridge bridges bright broad brothers brown brush bull bump bunch burden
        burns bury bush button bye cable cage call camp cancel card carrier case cash cassette castle cater cave center
        centers chalk chamber champagne champion chancellor channel chapel check cheek chess chestnut chew child choice
        church citizen class clear clever click client close cloud coach coats coffee coke collar colon comes comfort
        commons converse cook cooks cool cope copes copper core corn corner cost cotton council counts court courts
        cousin cover craft crass creed crew crisp cross crown cruise cue cumming current curry custard cutting daily
        dance dare dark darling dash dates day days deal dear deck deeds deem deems degree delay deputy dial dials dice
        dines ditch ditto divine doctor dodge doe dole dollar dragon drain dress driver drown drum dry duck duff dull
        duty eager eagle early east edge even evens eye factor fails fair fall falls farmer fast favorite favors fears
        fee fell fellows felt fender few field fields file files fine finger fish fitting fix fleet flood flower flowers
        fly folk folks font force forth fortune forward fountain frame free freed freeze french fried friend fries fry
        fudge fuller furry gain gains games garden gates gathers gentle gift given glass gold good goods grand grass
        gray green grim gross grounds grow guard guess guest gum hack hacker hail hair hall halls ham hammer hand
        handler handy hard harden harder harsh hash hasty hazard head heap heard heart height held her herd herring hey
        high hill hills hires hobby holder holding hole holiday homes hook hooks hopes horn host house human humble hunt
        hurt husband ice innocent jeans jolly journey judge jump jury just justice keen kettle key keys kidney kiss
        kitchen knee knight lack lain lake lamp land large lark laughter law laws lawyer lay leach leader leaf league
        leak learned leisure lemon lent lesser light lines link list little lively lock lodge look loop loose lord loud
        louder lovely loving low lower luck lucky lung lust main mains maize maker manning mans march marker marks mask
        mass master masters matter mayor maze meals means messing mill million mines minor miracle mix mock mole money
        more morning motto mount mountain mounts muck music mutter nail nation nations nay near neighbors new newcomer
        nice nicely nicks noon north northern null nurse officer old orange organ ours overall overly pace pack pair pan
        paradise pardon parent park parks pass patch peace peak pence people peoples person persons petty phoenix pick
        pigeon pilot pink pipes place plain plant plaster player pleasant pointer polite poll pool poor pope port post
        pound pounds power powers pray press pretty price pride priest prime prior profit proper punch putt quick race
        rains range rank rape rash rather reach read reader reading ready real reason record red register render rice
        richer riding ring risk river rivers rock rode roles roll rolling roof room root roots rounds row rude rule
        running rush rushing sack sacks sale sales sample samples sand sane say scales sea seal seals seats self sell
        sells senior service session sessions settle settles severe shade shake sharp sheets shell shine shock shoe
        shook short shorter shorts shoulders showers shows shy sides silver sine sing singer sink sites six small smart
        smith snow sober solar soles sons south southern span speaker speaks speed spell spells spies spray springs
        square stack stacks staff stage staggers stair stairs stall stamp stamps standard stark start states steel stem
        stiff still stock stocks stone stops storm storms story straight strain strange straw street streets strong
        struck stuck styles suits sum super surface swallow sweat sweet swim swims swing sword tack tall tank tell test
        tiger toll tower towers town towns toy trail treat troop true trusty tune tutor utter valley vanish via vice
        victory virgin vital wages wait waits wake walk wall walls wash waters way wear weary wedding wee weekly weeks
        weight welcome well west western white wild wills wind wine wines wing winner wire wisdom wise wiser witty wood
        wooden woods word work works worm worth worthy wren yard yawn younger
        """
}
