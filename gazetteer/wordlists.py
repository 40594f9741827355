"""Word lists the geoparser's filters use: the small facts about English a careful reader brings to a text.

Kept apart from the code so the rules read as rules. All entries are normalised (see ``gazetteer.normalise``)
unless noted.
"""

from __future__ import annotations

import pathlib

__all__ = ["NOBLE_TITLES", "COMMON_WORDS", "CONNECTORS", "SENTENCE_OPENERS", "TITLES", "ROLE_WORDS", "ORG_HEADS",
           "PLACE_TYPES", "MODIFIERS", "NEVER_PLACES", "GIVEN_NAMES", "LOCATIVES", "ORG_PREFIXES", "ACRONYMS",
           "CALENDAR", "FAMILY_FIRST", "CENSUS_GIVEN_NAMES", "GIVEN_NAMES_FILE"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Lowercase entries of an English dictionary (Debian's wamerican word list) that are also names in the
# gazetteer: "reading", "nice", "split", "mobile", "bath", "van", "she" (an alternate name of a big city)...
# Capitalised, such a word may be a place or just the first word of a sentence. Regenerate with
#   {w for w in dictionary if w.islower() and w.isalpha()} & {n for n, _ in gazetteer.iter_names()}
COMMON_WORDS = _words("""
a abate abbey abridge abut acacias academy acme acre ad add admiralty ado adobes advance agar ago ague ail aim air
airport ajar alabaster albino ale ales alga alibi alit allege alley alliance aloha alone along alpha alpine altar
alter alto altos am amber amble amen amity ampere an anaconda anchorage anchovy anew angel angels anger angered
angers angle angles angora ani annex anon ant antelope anthem antique antlers anus apace ape apex apples apt
aquarium arbutus arc arcade arch archangel archer arches arching archway are area arena arenas ares argyle aria
arias arks armada armadillo aroma aromas arroyo arroyos arsenal art artillery arty as asbestos ascension ascot ash
ask asp aspen assent assumption astrakhan at ate auburn auditorium august aura auras awash awe awry ax ay aye baa
babel bacon bad bade badger bag bagatelle bah bail bake baker bale balk balky ball ballast ballots balm balsa balsas
bamboo ban banana band bandana bane banes banged bangs bani banister banjo bank banks banning bantam bar barber
barbing bard bare barge barium bark barking barman barn baron barrage barren barrens barrios barrow bars basalt base
basic basil basin basing bassi bast baste bat bate bates bath batik battle battlefield battleground batty baud bawl
bay be beach beacon bear beaver bed bedbug bee beech beer beers beg began begun bell belle bells bend bender bent
berg berry best bevel bias bid biding bier big bigger biking bile billed billet billings billy bimbo bin binder
bingo bishop bison bites bittern blackjack blacks blacksmiths blades bland blarney blast blat bled blender bloom
bloomer blossom bluff bluffs blur boar boas bode bodega bodkins boggy bogie bola bolder bole boll bologna bonanza
bonbon bond bone bong bongo bonito bonny bony boo boom boomerang boon boons boos boot booth bore born borne boron
borsch bossier bot botany bottom bottoms bouillon boulder boundary bountiful bourbon bow bowman box bra brad brain
brains brake bran branch brand bras brash brass brat bravo bray brays breakers bred brewer brewers briar brick bride
bridge brier brig brigantine bright brilliant brims brine broach brooks brown browning bruin brush brusque buckeye
buckram bucks buckwheat bud buffalo bugle bullion bulls bully bum bun buncombe bung bungalow bur burg burka burns
burr burrow burs burst bury bus busby bush bushmen busing buss bust but butler butt butte butterfly buttermilk buy
by cabana cabanas cabaret cacao cache cactus cage cairns caisson cal calabash calamity calcium caller calliope
callow callus camber camps cams can canal canals canaries cane canes canning canoe canoes canon cant canton canyon
caraway carbon carbonate cardigan carding care carefree caribou carnation carp carpenter carpi carrion carry cars
carver cascade cash cashmere casino casinos cassia cassino cast castanet castle castor cat cathedral causeway
cavalier cave cayenne cedar celebration cell centenary centennial center central cents centurion century chad chafe
chagrin chair chalet chamber chamberlain chambers chambray chamois champ champagne champion champs chance chancy
chandler change chap chaparral char charge chars chase chat checkpoint cheddar chi chichis chile chili chilly chin
china chinchilla chinking chino choir chop chore chum church circa circle cis citadel cite citrus claret clarion
clay clemency clever cliffs clit clones clot cloud clover cloverleaf coal coaling coats cobra cockatoo cocoa cod
cognac coin col cola college collie colliers cologne colon colony columbine coma comas combine combs come comer
comfort comma commerce commonwealth communal communism compendium competition compound conception concession conches
concord condom condor cone confederation confines congas congress conservation consolation constitution content
contention continental convent converse conversion convoy coo cook cooks cool cooling cooper cop cope cordon cork
cornea cornier corning corny corona coronation corporation corpus corral cot cotes cottage cottonwood couches
council countryside court cousins cove coven cox coyote coyotes cranberry crane crap crater cray creek creel
crescent crest crick cricket crone crook crooks crossroads cruet crystal cu cube cults culture cumming curry cut
cutoff cygnet cypress dab dad dado dados daisy dale dam damask dame damp dandy dare darling date dauphin davenport
dawn deadwood deal dean debar debark deep defiance deforest delay deli delis delta demo democrat dent dents deposit
derby desk devises dial diamond dick dicks die dig dike dilly dim dimer dingy diorama dire dirks dis discovery diss
diva divan divas dives divide do dock doffing dogs dogwood dole dollar dolphin dome dominion don doom dooms dosing
dour downer downtown drag drain drains drakes drama drew driver drone dross drowning drug dry dual dub ducats due
duets dug duke dun dunes duns duping dusty dyer dz e ea eagle ear earl early earnest earth ebbs echelon echo
eclectic economy ed eddy eel effort egg eke elbow elixir elk ell elm em emblem emerald emery eminence emo empire
emporia emporium ems encamp energy engineer enigma ensue ensues enter enterprise era eras erode err espy ester eta
eureka evens ever evergreen exhibition experiment eye fairway fairyland falcon falconer fall fan fang far fare
farmers farmland farms fat fate federal federation felines fell felling fem fer ferns ferret fez fiche fiddlesticks
fie fife fig finale fines finis fireworks fiscal fisher fishers fishhook flagstaff flashing flea fleet flint flora
florin floss flukes flushing folders fonts fora force ford fords fore fores forest forge forges forks forth fortune
fossil foster fouler fountain fowling fox frank freedom freehold freeman freer fresco freshwater friend friendly
friendship frier from front frost fry fully fun furnace fussing fussy gal gala gale galena gall gaming gamma gamut
gamy gander gang gap garb garden garland garner garnet garrison garrote gates gateway gay gaze gel gen genes gent
gentry germinal gets gibbon gibbons gill gin ginseng give glad glades gland glen glide globe glove god goes going
gold golden goldenrod gondola gone google gooseberry gore gored gores gorge gorges goring gosh gossip got grab grabs
graces grad grain gram grand grandson grange granges granite grant grants grapevine grass grave graven gray grays
green greenback greens grenade griffin grill grim grimes grin grins grit gross grottoes grove groves grub guano
guessing guide guinea guise gums guns guru gut gypsum ha hacienda hackney hag haiku hail hale halfway hall hallow
halls halt ham hamlet handy hang hank harbor hard hardy hare harem haring harm harmony harp harrow hart harvest
hassocks haste hasting hat hatch hatting haven hawker hawthorn hay hays hazard he headland headlands headquarters
headstone healing heath hector heel heist hell helper hem hemlock hemp henpeck herald heritage hermitage hero heron
hexing hey hickory hideaway highland highlands highways hill hillside hims hinges hippo hire hit ho hobo hock
hocking holder hole holiday holler holly homburg home homeland homer homestead homesteader homesteads hometown
hominy honcho hone honey hood hook hooker hooks hope horde horn horseshoe hosanna hot hove hr hub hue huff hula hull
hum human humble hums humus hunt hunter hurricane hurt hut hwy hydra i ibis icicle id ids ifs ii imperial in incline
independence industry inland inning ins int intercourse iota is island isle jabot jack jackpot jade jam japan jar
jasper jaw jay jelling jello jerky jersey jib jingle jingling job joy jubilee jug junco juncos junction juniper
juntas just justice kale kapok karakul karma keel keen ken kens key keystone khan kill killdeer kiln kilo kin kinder
king kingfisher kings kissing kit kite klutz knees krone la lab label labor laces lacrosse lad lag lake lakes lam
lama lamas lame lampoon lancing lander landing landmark lane lapel largo lariat larkspur larva laser lases lash lat
lattes laurel lavender law lawn lay lazy lb lea lead leader lee leek leer leers lees leg legacy lei lemme lemon
lemur lend lender lens lent lessen level lever levy lib liberal liberation liberty lice lichen lick licking lid lids
lie liege lien liens lignite liking limbo lime limerick limestone limit limo limos linden line linen lint lints lion
lions lira lire lisle list lit liter lively llama llamas llano lo loan lob lobe lock locking locust lode log logo
logon logos lone long look loon loop lop lopes lorn loss lot loving lowlands loyal ls luau lube luck lucky lucre lug
lung lunge lupin lure luring luster lye ma mace mackinaw mad madam made madras madrasa madrigal magenta magnesia
magnolia mahogany maiden maidenhead main maize major make makes male males mall mallet mallow mama mammoth man
manage mane manes manga mange manger mango mania manly manna manning manor mans mantel mantes mantilla many maraca
maracas marathon march mare mares margarita margaritas maria marimba marina marine marines mark market marks marlin
marlins marquise marrow mars marsh marshal marshes mart marten martin martinis martins marts marvel mascara mascot
mason massacre massing mast matador mate maul maw maximum may mayflower mayo maze me mead meadow meadows means mecca
mechanic med media medias medulla meek meeker megalopolis melon meme men mending mentor mercury mercy mere meres
meridian merino merit mermaid mesa mescal meshed mesquite mess met meta metal mete meter metes metro metropolis mi
mica mid midland midlands midstream midtown midway mien mil mile miles mill miller millers millet mills mils mime
miming min mind mine minister minor minster minus mire mires missal mission mite mkay mo mobile mocha mod model
modern mogul moires mold mole moll molten monster monument moody moon moor moos mop mope moraine moral more mores
morocco moron morrow morrows morsel mos mosquito mosquitos moss most moth motley mottling mound mounds mountain
mountainside mountaintop much mud muff mulberry mullion murk muscat muse mush muskrat mussy mustang muster mute
muting mutters myna myrtle mystic nag nails name nape narrows nary natal naval nave naves nay neath needle needles
neptunium net never newcomers newel newton newtons nice nimbi nine nit nix no noble noel noisy non none nor normal
north northeast northward nose nova novae novas nu nut nutrias o oar oasis oblong occasion occidental oceanic ocher
odder ode of off officer ogre oil okay oleo omega on one onset op opal opera opportunity ops opus or oracle oral
orange oratorio oratorios orchard orchards ore ores orient oriental osprey otter ousted outer outlook over overland
oversee ox oxbow oxford pa pace pacific pack page pail pains painter paisley pal palazzo pale paling palisade
palisades palling palls palmetto palms palmy palomino pals pampas pan panda pandas pang panhandle panorama pant
pantheon pap papa papas papaya paper par parabola parachute paradise paramount parchment pare park parks parkway
parole parsons part partizan pasha passage pasta pastas paste pat pate patsy paw pawing pawpaw pay pea peace pearl
pecs peculiar peel peeling peer pelt pen penal penguin per perches perish perk perm perseverance pert pest pet petal
peters pets petting pg phoenix phone pi piano piazza pica picayune pier pierce pies pigeon pike pile piles pill pin
pinch pine pines pining pinion pink pinto pioneer piranha piranhas pirate pita piton pl placer plain plains plan
planes plans plantation plaque plate plateau plaza pleasant plenty plop plot plover plugin plum plunge plunges plus
pocking poking pol pole police poll polling pollywogs polo pols pond ponder pool pop poplar poplin porches porcupine
pore port portage porter portico poses posse posses possession post postal potters potting pouch pout pram prate
pray price prickly prim prince principal pristine privateer proclamation proctor proctors progress promontory propel
prospect prosper prosperity prosperous proton proven providence provost puck pueblo puke pukes puma pun punch
purchase pure purer pusher put qua quack quart quarto quay queens quiches raccoon race radium radon raga rage raglan
raiding rail rain rainbow rainier raja rake ram rams ran ranger rapid rapids rash ravels raven ray rayon rays razes
re reach reading real ream receiving recovery rector red redemption redhead redwood reeds reek reeves reform rehab
rein reis repose republic research reserve reservoir rest retreat reunion rev revel revere rho rib rice rich rid
riddle riddles ride rider ridge riding rifle rig rim rims rind ringlet ripe rise risen rivers riverside rivet rm
road roam roan rob robe robins rock rode rodent rodeo roe roebuck rogers roles rolls romaine roman root rose rosebud
rosemary roses rosette rosewood rot rots rotunda rouge roundabout roundup rouse row royal rs rube rude rue rugby rum
run rung ruse rush rusk rust rustic rye sable sabres sachet sack sad sadly sag saga sagas sagebrush sago sahib said
sail saints sake saki salads salamis sale sales saline salines sally salmon salon salt salute salve samba sambas
same sand sandbank sanders sands sandstone sandwich sandy sane sang sap sari saris sarong sassafras sassier satin
sauce sauces saucier savage savanna savannah save sawmills saws sax say scant scenic schooner scissors scone sears
seaside sec sector sedan see seen seer sees sell sells semaphore semen semi send senna sera seraglio sere serest
serpentine servo set settle sever severance shack shaft shag shale sham shaman shamrock shanghai shape shaping share
sharpness she shell shepherd shields shilling shin shiner shingle shipyard shoals shone shoo shore shoreline
shortens shot shove shush shut shy shyly sic side sierra sigma signboard signpost silly silos silt silvan sim simian
simmering sims sin since sine sing singer singleton sinning sins sir sire siren sis sisal sisters ski skit slashes
slaughter slide slope slough smelter smile smith smiths snits snow snowflake snug so soars sober soda soften sol
solarium sole soli solitude solo son song sore sores sort sos soul sour sours souse soy spa sparks spas spat spates
spatula spay speedway spike spire spires split spoken spray spring springs spry spur spy squawk sriracha stables
stagecoach stains stall stamp stamps staples star stark stat stein steps sterling sterns stiles still stilling stock
stoke stokes stone stoner stoners stonewall store story stow strand straw strawberry street strong strum sturgeon
sublimity success sue sued sues sully sulphur sultan sultana summer summerhouse summit sumo sunbeam sunburn sunders
sundown sunflower sunning sunrise sunset sunshine superior supreme surf surges surprise surrey swains swallow swamp
swan sway sweet sweets switch swords sycamore sylvan tab tabu tactic tad tadpole taker taking tale talent tales
talisman tall talon tam tamale tame tamer tamest tampon tams tan tang tangent tangerine tangier tango tank tanner
tans tap tape tapes taping tapping taps tar tare taro tarp tars tartar tasty tat taut tavern tbs tea teakettle tell
tells temperance tempi temple ten tender tendon tenon tent tequila terminal termini terminus terrace terry than
thatcher them thermal thorn thunderbolt thy ti tic tie tiers tiling till tilt timbre time timer tin ting tire tires
tiring tiro tiros tit titan titling to toast toga tom tomahawk tombstone tome ton tone tong tongue tool tooting tor
tore torn tornado torrent tors torso tost totes tour tours tower trail train trainer tranquility trans transit trap
tray tress tresses triangle tribune tricolor trident trim trinity trio trip tron trooper troublesome trough troupe
troy truss try tsunami tub tuba tubas tube tucker tulle tumble tun tuna tunas tundra tune tuner tunes turkey turn
turner tussling tutu tux tweed twin twist tyro tyros union unity university up upland uplands uptown us used uses
usher vale valence valentine valley valor van vane vans var vars varsity vary veld verdigris verges verier vermilion
vermillion vernal verve vest veteran veto vex vi vicar vice victor victory vie villa villas vim vine vines vineyard
vineyards viol viola violet vise vista volcano voles vols vote voters wad wade wadi waging wagoner wail waits wake
waldo wales waling walk walker wall walling walls walnut wan wangle wanna war ward warden warder wards ware warn
warren warrior wary washer watchtower waterfront waterways watt wave waver ways we wean weasel weaver weavers wed
wedding weed week weer wees weir welch welcome well welling wellington wells welsh wen west westerly western wetter
wheeler wheeling whetstone whistler white whitefish whites whiting whitings wick wigeon wilder wilderness wildflower
wile willow willows wines wing wink winner winters wiry wise withers woodbine woodland woodlands wool worms worth
wrangle wrens wright wrist xi xor y yam yarn yd ye yea yen yew yoga young zap zebra zens zero zest zincing zing zone
zoo
""")

# Lowercase words that may sit inside a multi-word place name ("Isle of Man", "Stratford upon Avon",
# "Rio de Janeiro", "Washington, D.C." is handled by gaps, not here).
CONNECTORS = _words("""
of the de du la le les des del della delle dei di da do dos das al el es upon on en sur am im an and y i e bei
op aan den der van von au aux sous lès sul sa na ng
""")

# Capitalised only because they open a sentence: never part of a name that follows them.
SENTENCE_OPENERS = _words("""
a an the this that these those there here it its he she they we i you his her their our my your in on at from
to into onto by for with without within of off over under after before during since until till while when
whenever where wherever as because although though if unless but and or nor so yet then thus however meanwhile
moreover furthermore also still instead otherwise indeed yesterday today tonight tomorrow now earlier later last
next first second third finally eventually once some many most few several all both each every any no not
according despite amid amidst among between about around across along beyond near inside outside toward towards
upon via what which who whom whose why how whether even just only perhaps maybe sometimes often already soon
again elsewhere nearby overall officials residents police authorities critics analysts observers experts
reporters sources read see photo photos video watch related more latest breaking update updated exclusive
analysis opinion editorial comment live new top welcome dear thanks
leaving departing arriving returning flying travelling traveling visiting crossing landing touring heading driving
sailing passing reaching entering
""")  # ... and the participle a sentence opens with: "Leaving Cape Town on Monday, the ship"

# Words that come before a person's name ("President Jackson", "Mr London"): a place after one is a person.
TITLES = _words("""
president mr mrs ms miss mx dr prof professor sir dame lord lady king queen prince princess emperor empress pope
sheikh emir sultan chancellor premier minister secretary senator sen rep representative congressman
congresswoman governor gov mayor general gen colonel col major maj captain capt lieutenant lt sergeant sgt
admiral adm commander marshal judge justice ambassador envoy chairman chairwoman chair director leader
spokesman spokeswoman spokesperson rev reverend father bishop archbishop cardinal rabbi imam ayatollah coach
officer detective agent ceo chief deputy vice supreme comrade st saint hon honourable honorable rt excellency
""")

# Words after a place or demonym that keep it a place reference ("Chinese President", "Beijing government",
# "U.S. Secretary of State", "Moscow police").
ROLE_WORDS = _words("""
president presidents prime minister ministers ministry foreign defense defence interior finance trade
secretary state government governments administration embassy embassies consulate ambassador ambassadors
envoy envoys army armies navy navies air military troops forces soldiers officials official authorities
police coast guard border leader leaders people citizens nationals residents parliament parliamentary senate
congress lawmakers legislature legislators diplomats diplomat delegation delegations counterpart counterparts
regime side officer officers court courts judge judges media press agency king queen emperor monarch
chancellor premier mayor governor general generals commander commanders special state-run capital affairs
councilor councillor
""")

# Last words of organisation, title and event names: a place inside such a name is not a place mention
# ("Shanghai Cooperation Organization", "Korean Central News Agency", "Washington Post", "Paris Agreement").
ORG_HEADS = _words("""
organization organisation organizations organisations agency agencies post times news bank banks university
universities college school schools institute institution corporation corp inc ltd llc plc co company
companies group airlines airline airways council party committee commission association federation league
union foundation club fc united herald tribune journal daily gazette review press chronicle broadcasting
broadcaster network motors cooperation exchange fund trust society museum hospital academy holdings partners
ventures telecom television tv radio orchestra opera ballet zoo department office centre center conference
aviation aerospace shipping logistics studios pictures records insurance cafe restaurant bistro pub
forum declaration agreement accord accords treaty protocol convention pact games olympics olympic marathon
open cup championship championships stock index monitor observer guardian mail globe express standard
bulletin dispatch record register telegraph independent magazine weekly studios pictures records capitals
rovers wanderers athletic city's nationals dodgers yankees giants bulls lakers warriors celtics knicks
project initiative program programme summit talks dialogue process statement communique charter act law
bill doctrine plan model consensus syndrome flu virus review stadium arena service services centers centres
lines line today rugby authority
""")

# Last words that make a place name longer without making it something else ("Hebei Province", "Dandong
# Station", "Yalu River"): the place inside is still a place (reported without the suffix).
PLACE_TYPES = _words("""
city county province prefecture state region district oblast krai territory municipality island islands
isle river lake mountain mountains mount valley bay gulf strait peninsula square street avenue road station
airport airfield aerodrome airdrome airstrip airbase bridge harbour harbor port park palace border canal
desert sea coast beach area metro railway
township village town borough suburb suburbs outskirts countryside downtown docks dockyard pier quay wharf marina
""")

# Words before a place that qualify it ("northern China", "Greater London", "central Beijing").
MODIFIERS = _words("""
north south east west northern southern eastern western central northeast northwest southeast southwest
northeastern northwestern southeastern southwestern greater upper lower inner outer downtown metropolitan
mainland coastal rural suburban occupied neighbouring neighboring nearby all rural urban
""")

# Capitalised words the gazetteer has as names but that, standing alone, never are places in news text.
NEVER_PLACES = _words("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
president congress senate parliament police army navy union republic state government ministry embassy
capitol god lord christ allah jesus madonna christmas easter ramadan eid
said says says man she he his her for the was has had led add is as be of at by or an in on to it we us
read also more news video live photo world war earth
hamas hezbollah taliban isis isil houthis houthi fatah wagner nato opec asean brexit covid
xinhua yonhap kyodo bernama tass interfax pope pontiff
""")

# Given names common in the news; a place name after one of these is a surname ("Jack London").
GIVEN_NAMES = _words("""
aaron abdul abdullah abe adam adrian ahmed ahmad aisha alan albert alex alexander alexandra alexei alexey ali
alice alicia amanda amy ana andrea andreas andrew andrei andrey andy angela angelina ann anna anne anthony
antonio ariel arnold ashley barack barbara ben benjamin bernie bill billy bob boris brad brandon brian bruce
carl carlos carol caroline catherine charles charlie chris christian christine christopher claire claudia
colin craig dan daniel danny david deborah dennis diana diego dmitry dmitri donald doug douglas ed eddie edward
elena elizabeth ellen emily emma emmanuel eric erik fernando francis francisco frank fred gary george gerald
gordon greg gregory hans harry heather helen henry hillary howard hugh ian igor irina isaac ivan jack jacob
james jane janet jared jason javier jean jeff jeffrey jennifer jeremy jerry jessica jim jimmy joan joe joel
john johnny jonathan jorge jose joseph josh joshua juan julia julian julie justin karen karl kate katherine
keith kelly ken kevin kim kyle larry laura lee leo leonardo linda lisa liz louis lucas luis luke marco marcus
margaret maria marie mark martin mary matt matthew michael michel michelle miguel mike mohammed mohammad
muhammad nancy natalia nathan nicholas nick nicolas nikolai olaf oleg olga oliver omar pablo pam patricia
patrick paul pedro peter philip pierre rachel rafael ralph ray raymond rebecca recep richard rick rishi rob
robert roger ron ronald rose ross ruth ryan sally sam samuel sandra sarah scott sean sergei sergey shinzo
simon sophie stephen steve steven susan ted terry thomas tim timothy tom tony valerie vladimir volodymyr walter
wayne william xavier yuri zach angela kamala keir narendra fumio shigeru yoon moon jae joko emmanuel giorgia
pedro javier mette ulf viktor recep ebrahim hassan bashar mahmoud abdel nicolás jair lula gustavo andrés
justin olaf ursula jens antony lloyd jake marco nikki ron gavin gretchen kathy josh rand mitch chuck nancy
paris florence victoria austin charlotte jackson lincoln georgia chelsea sydney orlando jordan eugene troy
marion regina adelaide alexandria augusta beverly camden chester clifton dallas denver madison preston
savannah tyler trenton houston phoenix aurora brooklyn dakota eden hamilton helena lourdes santiago sofia
valencia vienna milan salem winston kingston cody carson chad chandler logan lorraine
""")

# Family names that open a name written family name first, as Chinese, Korean and Vietnamese names are in the news
# ("Wang Yi", "Li Qiang", "Kim Jong Un", "Nguyen Phu Trong"): a capitalised word after one is a given name, and the
# family name alone later ("Wang arrived") is that person.
FAMILY_FIRST = _words("""
wang li zhang liu chen yang huang zhao zhou xu zhu guo lin luo gao hu xi wen han deng cai ding feng
kim park choi jung kang cho yoon jang lim shin moon
nguyen tran pham hoang phan vo vu dang bui do ngo duong ly
""")

# Prepositions that put a place after them ("in Reading", "to Nice"): evidence for a common-word name.
LOCATIVES = _words("""
in at from to into onto near outside toward towards via through across around throughout between within inside
reached visited visit visiting leaving left leave entered enter entering arrived arriving landed landing
flew fly flying drove sailed headed heading bound returned return returning towns cities city town village
""")

# Words before a place that make it a club or company name ("Real Madrid", "Inter Milan", "Air China").
ORG_PREFIXES = _words("""
real atletico atlético inter ac as fc sporting dynamo dinamo spartak lokomotiv olympique bayer borussia
racing deportivo club air royal cafe restaurant bistro pub bar hotel
""")

# What opens a ship's name, as written (case matters): "HMS Cardiff is scheduled to arrive in Valparaíso" names a
# destroyer, not the city.
SHIP_PREFIXES = frozenset("""HMS HMAS HMNZS HMCS HMY RMS USS USNS USCGC INS ARA BAP ROKS RFS KRI BRP PNS TCG HNLMS
HDMS NRP ESPS HSwMS KNM ORP HTMS MV SS""".split())
# nouns for a vessel after which a capitalised name is the vessel's: "the research vessel Shi Yan 6", "the liner
# Orsova", "the steamer Wellington"
VESSEL_NOUNS = frozenset("""vessel ship steamer steamship liner tanker freighter frigate destroyer cruiser corvette
yacht trawler icebreaker schooner barque brigantine ketch sloop submarine""".split())

# Known abbreviations in capitals: accepted as names although short and all-caps (normalised form).
ACRONYMS = frozenset({"us", "usa", "uk", "uae", "drc", "prc", "rok", "dprk", "nyc", "dc"})

# Month and weekday names, for the date rules and as never-places.
CALENDAR = _words("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
""")

# Titles that take a place name after "of" and make it part of a person's title: "the Duke of Edinburgh",
# "the Duchess of Cornwall", "the Prince of Wales" name people, not places they are at.
NOBLE_TITLES = _words("""
duke duchess earl countess marquess marchioness viscount viscountess baron baroness prince princess
""")

# Particles inside people's names ("Lula da Silva", "Ursula von der Leyen", "Jose de San Martin"): a place name
# after one of these and a capitalised word that is no place is the end of a person's name.
NAME_PARTICLES = _words("""
da de do dos das di del della van von der du des bin ibn
""")

# First parts of hyphenated place names in other languages ("Vest-Agder", "Nord-Pas-de-Calais", "Bad-Ems"):
# a place name after one of these and a hyphen is still a place, not part of a person's name.
NAME_PREFIXES = _words("""
nord norte sud süd sur ost vest aust west est oost zuid noord nieder ober unter alt neu bad sankt san santa
saint sainte st ste grand petit haute haut basse bas
""")


# First names of the 1990 US Census less places of note (gazetteer/data/given_names.txt, made by
# tools/make_given_names.py): only to tell that a run of two or three capitalised words is a person's name
# ("Chiquita Raquel Henry" ... "Henry's arrest"), never to doubt a place on its own
GIVEN_NAMES_FILE = pathlib.Path(__file__).resolve().parent / "data" / "given_names.txt"
CENSUS_GIVEN_NAMES = frozenset(line for line in GIVEN_NAMES_FILE.read_text(encoding="utf-8").splitlines()
                               if line and not line.startswith("#"))
