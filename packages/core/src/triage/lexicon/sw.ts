import type { LanguageLexicon } from "./language.ts";

/**
 * Swahili as customers in Kenya and Tanzania write it online: standard Swahili, Kenyan Sheng ("wasee", "msosi",
 * "imeniboo") and Tanzanian slang ("mnatuzingua", "mnaupiga mwingi"), switching to English mid-sentence ("refund
 * yangu", "nimeorder", "delivery ya saa 1"). Verbs carry subject, tense and object as prefixes ("ha-ija-fika" it has
 * not arrived, "m-me-ni-kata" you have charged me), so the lists spell out the forms people use rather than rely on
 * endings; a trailing `*` is used where only the ending varies. Terms that are ordinary words elsewhere ("moto" is
 * hot as well as fire, "noma" praise as well as scorn in Tanzania, "nimehamia" a new flat as well as a new operator)
 * stand only in phrases that settle the sense.
 */
export const sw: LanguageLexicon = {
  language: "sw",
  // Merged with functionWords.sw of language.ts: slang and spellings of chats and comments.
  functionWords:
    "wasee|msee|maze|manze|aisee|sijui|cjui|xaxa|nkt|alafu|halafu|ebu|hebu|kumbe|yaani|ndugu|jameni|jamani|" +
    "ndiyo|ndio|hapana|sawa|haya|shikamoo|marahaba|niaje|vipi|mbona|kwani|sasa|hizi|hizo|hivyo|hicho|hiki|huku|" +
    "kule|pale|humo|mle|wenyewe|yenyewe|zenyewe|mwenyewe|nyinyi|ninyi|nyie|sisi|mimi|wewe|yeye|wao",

  product:
    "imeharibika|imeharibik*|zimeharibika|limeharibika|kimeharibika|vimeharibika|umeharibika|imeharibiwa|" +
    "imevunjika|limevunjika|kimevunjika|vimevunjika|zimevunjika|umevunjika|imevunjwa|limevunjwa|kimevunjwa|" +
    "imepasuka|limepasuka|kimepasuka|iliyopasuka|lililopasuka|imechanika|limechanika|kimechanika|zimechanika|" +
    "limeanza kuchanika|imeanza kuchanika|kuchanika|imechakaa|limechakaa|mbovu|mibovu|feki|bandia|" +
    "haifanyi kazi|hazifanyi kazi|halifanyi kazi|haifanyi|haifunguki|haiwaki|haiwashi|haichaji|haizimi|" +
    "inazima yenyewe|inajizima|zinawaka na kuzima|imekufa|imekufa kabisa|ubora duni|ubora mbaya|haina ubora|" +
    "imepinda|limepinda|umepinda|imebonyea|limebonyea|imepungua|limepungua|imechubuka|limechubuka|kubanduka|" +
    "imebanduka|inavuja|imevuja|linavuja|inanuka|linanuka|kinanuka|inanuka vibaya|ilikuwa inanuka|inayumba|" +
    "linayumba|inacheza cheza|inatetemeka|imefifia|rangi imetoka|rangi tofauti|tofauti na picha|" +
    "tofauti kabisa na picha|sio niliyoagiza|si niliyoagiza|sio ile niliorder|sio niliorder|sio ile niliyoagiza|" +
    "nimeletewa ~ badala ya|mmeniletea ~ badala ya|wameniletea ~ badala ya|nimetumiwa ~ badala ya|" +
    "size tofauti|haikunitosha|haijanitosha|imekwisha muda|imeisha muda|yaliyoisha muda|iliyoisha muda|" +
    "muda wake umeisha|" +
    "vipande vipande|haikuwemo|haikuwepo|hazikuwepo|imefika moja tu|zimefika moja tu|vimekuja vitatu|" +
    "inapiga kelele|ina kasoro|hitilafu|imeganda|ina crash|inacrash|inakwama|inagoma|imegoma|" +
    "imekufa ghafla|imeyeyuka|imeyeyusha|imemwagika|umemwagika|imeloa|kimeloa|kimebanwa|imebanwa|baridi kabisa|" +
    "imefika baridi|kimefika baridi|mbichi|haijaiva|chafu|imechafuka|vimechafuka|imeoza|kimeoza|imechacha|" +
    "haizibi|haufungi|halifungi|haifungi|hazichezi|haichezi|kimechanika|misumari inayochomoza|ngozi imetoka",
  delivery:
    "haijafika|halijafika|hazijafika|hajafika|hawajafika|haujafika|hamjaleta|haijaletwa|haijawasili|" +
    "haikufika|haikuja|hakuja|hakufika|hawakuja|hawakufika|hajaja|haiji|sijapata mzigo|sijapata oda|" +
    "sijapata chakula|sijapata kitu|sijapata chochote|sijapokea|sijaipata|sijaletewa|bado sijapata|" +
    "bado sijapokea|bado sijaletewa|bado sija*|bado haija*|bado hazija*|bado halija*|bado hawaja*|bado hajaja|" +
    "bado hajafika|bado hakuna|bado nasubiri|bado ninasubiri|bado tunasubiri|bado inasema|bado inaonyesha|" +
    "bado kimya|nimesubiri|tumesubiri|nimengoja|tumengoja|nasubiri tu|nimekaa nikisubiri|tumekaa tukisubiri|" +
    "imechelewa|umechelewa|limechelewa|zimechelewa|wamechelewa|amechelewa|imechelewa sana|ucheleweshaji|" +
    "kuchelewesha|imepotea|umepotea|limepotea|zimepotea|vimepotea|imekwama|umekwama|limekwama|imesimama|" +
    "imekaa ghalani|imekaa wiki|yangu iko wapi|wangu uko wapi|langu liko wapi|zangu ziko wapi|changu kiko wapi|" +
    "vyangu viko wapi|yetu iko wapi|nyingine iko wapi|kingine kiko wapi|iko wapi sasa|uko wapi sasa|" +
    "oda iko wapi|mzigo uko wapi|pesa iko wapi|pesa ziko wapi|refund iko wapi|chakula kiko wapi|yuko wapi|" +
    "imepelekwa kwingine|umepelekwa|imeachwa kwa|umeachwa kwa|imeandikwa imefika|inasema imefika|" +
    "inaonyesha imefika|inasema delivered|inaonyesha delivered|sijaona mtu|tangu jana|tangu juzi|tangu wiki|tangu mwezi|tangu jumatatu|tangu jumanne|" +
    "tangu jumatano|tangu alhamisi|tangu ijumaa|tangu jumamosi|tangu jumapili|tangu asubuhi|tangu tarehe|" +
    "mpaka sasa sija*|hadi sasa sija*|mpaka sasa haija*|hadi sasa haija*|mpaka sasa kimya|mpaka leo sija*|" +
    "hadi leo sija*|mpaka leo kimya|mpaka sasa hivi bado|kimya kimya|kimya tu|bila taarifa|bila kunijulisha|" +
    "bila kunieleza|bila kutuambia|imehamishwa|imeahirishwa|imefutwa|imezuiliwa|ilipaswa kufika|" +
    "ilitakiwa kufika|ulipaswa kufika|ulitakiwa kufika",
  cancellation:
    "imeghairiwa|imeghairishwa|ilighairiwa|mmeghairi|mmeighairi|wameghairi|ameghairi|alighairi|imesitishwa|" +
    "mmefuta oda|mmeifuta|nataka kughairi|naomba kughairi|nataka kusitisha|ghairi oda|ghairini|nimecancel|" +
    "mmecancel|imecancel*|imekanseliwa|nataka kucancel|nataka kufuta oda",
  money:
    "nirudishie pesa|nirudishieni pesa|mnirudishie|nirudishiwe|nirejeshewe|rudisheni pesa|rudisha pesa|" +
    "kurudishiwa pesa|sijarudishiwa|hamjanirudishia|pesa yangu|pesa zangu|hela yangu|hela zangu|" +
    "mkwanja wangu|refund yangu|marejesho|marejesho yangu|nimekatwa|mmenikata|wamenikata|mnanikata|" +
    "kunikata|kutukata|mnatukata|mmekata pesa|makato haya|makato ya ajabu|makato bila|makato ya ziada|imekatwa|zimekatwa|pesa imekatwa|nimetozwa|mmenitoza|" +
    "mnanitoza|kunitoza|wamenitoza|ada ya ziada|mmepandisha bei|bei imepanda|pesa imeenda|pesa imepotea|" +
    "bila kutoa pesa|bila idhini|nimelipa mara mbili|nimelipia mara mbili|malipo mara mbili|mara mbili kwa|" +
    "zirudishwe|irudishwe|nadaiwa|mnanidai|deni ambalo sina|riba imepanda|mnanikata riba|imejirenew",
  service:
    "hamjibu|hamjajibu|hamnijibu|hamtujibu|hamjanijibu|hakuna anayejibu|hakuna anayepokea|hakuna anayeshika|" +
    "hakuna jibu|hakuna majibu|hakuna msaada|hakuna hatua|hamna jibu|hamna msaada|hakuna aliyenijibu|" +
    "hakuna aliyekuja|hakuna mtu aliyekuja|hakuna aliyetueleza|hakuna anayejali|hamjali|hamtujali|" +
    "mnatupuuza|mmenipuuza|alinipuuza|alitupuuza|huduma mbovu|huduma mbaya|huduma duni|huduma ya hovyo|" +
    "hovyo|mbaya sana|mbaya kabisa|vibaya sana|vibaya mno|dharau|jeuri|alinitukana|amenitukana|" +
    "alikuwa mkali|haifai|hamfai|wezi|mwizi|matapeli|tapeli|utapeli|wizi|mnatuibia|mmeniibia|mnaniibia|" +
    "wanatuibia|mwongo|waongo|uongo mtupu|mzaha|mzaha mtupu|aibu|kero|kero tupu|shida tupu|malalamiko|" +
    "nalalamika|tunalalamika|nimekwama|tumekwama|mfumo uko chini|system iko chini|mtandao uko chini|" +
    "network iko chini|network iko down|hakuna mtandao|hakuna network|mtandao umekatika|umekatika|" +
    "imekatika|zimekatika|ikakatika|ikakatwa|inakatika|zinakatika|umeme umekatika|umeme kukatika|hakuna umeme|" +
    "hakuna stima|stima imepotea|stima imeenda|umeme umepotea|hakuna maji|maji hayatoki|hayajatoka|" +
    "inasumbua|inasuasua|kusuasua|polepole sana|transaction failed|imekataliwa|imekataa|mmekataa|" +
    "mnakataa|mmenikatalia|mmefunga laini|imefungwa bila|mmenifungia|nimefungiwa|imedukuliwa|nimedukuliwa|" +
    "kwa nini mnani*|kwa nini mnatu*|mbona mnani*|mbona mnatu*|mbona hamjibu|mbona hamna|hivi mko serious|" +
    "mko serious|mnatuchezea|mnanichezea|mnatuzingua|mnanizingua|imeniboo|mmeniboo|mnaniboo|mnaboa|" +
    "nipigieni|mnipigie|nimesubiri kwenye simu|nimeacha ujumbe|hawajui kazi|hamjui kazi|mmeshindwa|" +
    "hawakumaliza|hakumaliza|hajamaliza|kunguni|vipele|tumelala njaa|hatukulala|nimekosa|tumekosa|" +
    "mnatuma bili|mnaendelea kunitoza|mnaendelea kunikata|bila maelezo|bila sababu",
  demands:
    "nirudishieni pesa|nirudishie pesa|rudisheni pesa|nataka pesa yangu|nataka refund|nataka kurudishiwa|" +
    "nataka nirudishiwe|nataka jibu|nataka majibu|nataka suluhisho|nataka kuongea na meneja|" +
    "nataka kuongea na mtu|nataka meneja|mrekebishe|rekebisheni|tatueni|shughulikieni|fanyeni kitu|" +
    "fanyeni kazi yenu|nijibuni|mnijibu|tujibuni|jibuni basi|mtu anisaidie|mtu atusaidie|mtu yeyote anasoma|" +
    "kuna mtu anasoma|kuna mtu yeyote anasoma|kuna mtu yeyote anayesoma|kuna mtu anayesoma|mnasoma hizi|" +
    "mnasoma jumbe|naomba msaada haraka|mtu aje haraka|aje haraka|mje haraka|nasubiri jibu|nasubiri majibu|" +
    "nataka irekebishwe|nataka hii irekebishwe|naomba mnirudishie|naomba nirudishiwe|mko wapi jamani|" +
    "mko wapi nyie",
  anger:
    "nimechoka|tumechoka|nimechoshwa|nimekasirika|nimekasirishwa|nina hasira|hasira sana|nimeudhika|" +
    "nimeudhiwa|inaudhi|inakera|imenikera|mnakera|nimekerwa|upuuzi|ujinga|ujinga mtupu|wajinga|aibu tupu|" +
    "hii ni aibu|aibu kubwa|haikubaliki|hii haikubaliki|hii si sawa|hii sio sawa|sio sawa kabisa|" +
    "si sawa kabisa|sio sawa hata kidogo|si sawa hata kidogo|haiko sawa|basi imetosha|imetosha sasa|" +
    "inatosha sasa|nimekata tamaa|nimesikitika sana|nimesikitishwa|nimevunjika moyo|mmeshindwa kabisa|" +
    "nkt|mnatuona wajinga|mnatufanya wajinga",
  neutral:
    "asante kwa kunirudishia*|asanteni kwa kunirudishia*|asante kwa kurudisha*|asanteni kwa kurudisha*|" +
    "asante kwa refund|asanteni kwa refund|asante kwa kufuatilia|asanteni kwa kufuatilia|" +
    "asante kwa kurekebisha|asanteni kwa kurekebisha|asante kwa kutatua|asanteni kwa kutatua|" +
    "nimepokea refund|nimepokea pesa|nimepokea marejesho|bila usumbufu|bila usumbufu wowote|" +
    "hakuna tatizo|hakuna shida|bila shida|bila tatizo|bila kuchelewa|bila ucheleweshaji|kwa wakati|" +
    "mapema kuliko|salama salmini|imefika salama|umefika salama|limefika salama|tumefika salama|" +
    "bila kukatika|haipigi kelele|sijawahi kujuta",
  putRight:
    "mkatuma mwingine|mlituma mwingine|mkatuma mpya|mkaniletea mpya|mliniletea mpya|mkanitumia mpya|" +
    "wakaniletea mpya|akaniletea mpya|mkaitengeneza|" +
    "mliitengeneza|akaitengeneza|akarekebisha|akairekebisha|mkarekebisha|mkairekebisha|mmerekebisha|" +
    "mmenirekebishia|leo mmenirekebishia|mkanirudishia|mlinirudishia|mlizirudisha|mkazirudisha|mkairudisha|" +
    "pesa ikarudi|pesa zikarudi|ikarudishwa|zikarudishwa|mkaufuatilia|mkaifuatilia|mkaufikisha|mkaifikisha|" +
    "nikapewa mpya|nikapewa nyingine|nikaletewa mpya|nikaletewa nyingine|tatizo likaisha|tatizo likatatuliwa|" +
    "tatizo limekwisha|mkatatua|mlitatua|akatatua|akaja na mpya|akaleta mpya|mkaniunganisha|umerudi haraka|" +
    "mkanirudishia laini|mlisuluhisha|mkasuluhisha|basi mbadala|gari mbadala|pesa imerudi|pesa zimerudi|" +
    "zimerudishwa|imerudishwa|tatizo limeisha|tatizo limetatuliwa|limetatuliwa|limeshughulikiwa|" +
    "imeshughulikiwa|imerekebishwa|amerekebisha|wamerekebisha",

  praise:
    "asante|asanteni|ahsante|ahsanteni|asante sana|shukrani|shukrani nyingi|nashukuru|tunashukuru|" +
    "nawashukuru|hongera|hongereni|safi|safi sana|poa sana|bomba|nzuri sana|mzuri sana|vizuri sana|" +
    "bora kabisa|huduma bora|huduma nzuri|huduma safi|huduma ya haraka|kazi nzuri|kazi safi|ndio bora|" +
    "ndiyo bora|bora mjini|bora kuliko wote|mko juu|mko poa|mnatisha|mmetisha|mnaupiga mwingi|" +
    "mmeupiga mwingi|nawapenda|tunawapenda|napenda sana|nimependa|nimeipenda|nimeupenda|nimelipenda|" +
    "nimefurahi|nimefurahishwa|nimeridhika|tumefurahi|tumefurahia|imenifurahisha|mmenifurahisha|" +
    "amefurahi|heshima|big up|bigup|mungu awabariki|mungu ambariki|barikiwa|mbarikiwe|mnastahili|" +
    "anastahili|nawapa tano|nyota tano|napendekeza|nashauri kila mtu|namshauri kila mtu|ubora wa hali ya juu|" +
    "kiwango cha juu|imara|tamu sana|kitamu|kitamu sana|kitamu mno|tamu mno|mtamu|wakarimu|mkarimu|" +
    "mchangamfu|wachangamfu|mpole|kwa upole|mwungwana|mwaminifu|uaminifu|imependeza|inapendeza|" +
    "imependezesha|ya kupendeza|kama mpya|shwari|salama salmini|mmejitahidi|mmenishangaza|sijawahi kujuta|" +
    "hakuna kama nyinyi|hakuna kama ninyi|mko noma|fiti|freshi|mtu wa maana|amejua kazi|" +
    "wanajua kazi|mnajua kazi|imenirahisishia|mmenirahisishia|mmenigusa|imenigusa|nimeokoa|mnatujali|" +
    "laini sana|bei poa|mmeifanya siku yangu|huduma ya kweli",
  negations: "sio|siyo|haiko|haikuwa|hakukuwa|hawakuwa|hajawa|sikufurahi|sijafurahi|hatujafurahi",
  notPraise:
    "ni|natanguliza shukrani|nawatanguliza shukrani|asante mapema|asanteni mapema|shukrani za awali|" +
    "asante kwa ushirikiano wenu",
  sarcasm:
    "asante* ~ kunikata*|asante* ~ kuniibia|asante* ~ kunichelewesha*|asante* ~ kunitoza*|asante* ~ kutukata*|" +
    "asante* ~ kutuibia|mnajali sana wateja|mnajua kweli kutunza|hongereni kwa kuchelewa*|" +
    "hongera kwa kuongeza bei|rekodi mpya|eti ndani ya|ati ndani ya|eti delivery|ati delivery|eti express|" +
    "eti haraka|ati unlimited|eti unlimited|asanteni sana kwa huduma mbovu|mko consistent sana|" +
    "asante kwa kunirudishia pesa nusu|asanteni kwa kunirudishia nusu",

  questionStart:
    "je|vipi|lini|wapi|kwa nini|kwanini|ni lini|saa ngapi|naweza|ninaweza|tunaweza|inawezekana|" +
    "naomba kujua|nataka kujua|ningependa kujua|nauliza|swali|ninawezaje|nawezaje|nifanyeje|tufanyeje|" +
    "mnauza|mnafungua|mnafunga|mnaleta|mnapeleka|mnakubali|mnatoa|mnafanya|mnahitaji|mnakodisha|" +
    "mnatengeneza|mnashona|mnapokea|mnahudumia|mna|bei gani|ni bei gani|nikiagiza|nikinunua|nikibadilisha|" +
    "samahani|hivi ni kweli|ni kweli",
  questionAnywhere:
    "ngapi|kiasi gani|bei gani|muda gani|kivipi|inawezekana|ni lini|naomba mnitumie|mnitumie bei|" +
    "nitumieni bei|naomba bei|naomba kujua|ningependa kujua|nataka kujua",
  notForBrand:
    "kuna mtu mwingine|kuna mwingine|nani mwingine|nani yuko hapa|kuna anayejua|kuna mtu anajua|" +
    "ni mimi tu|mimi tu ndiye|nimekuja kusoma comments|nimekuja kuangalia|kusoma comments|napita tu|" +
    "salamu kutoka|salamu kwa wote|nawasalimu kutoka|ninawasalimu kutoka|wa kwanza|wa kwanza kucomment|" +
    "mimi ni wa pili|namtag|nimewatag|nimemtag|tuko wapi|tuko wengi|nani ameona|kuna mtu ameelewa|" +
    "wacha nione comments|kucomment kabla",

  urgency: {
    legal:
      "mahakamani|mahakama|nitawashtaki|tutawashtaki|nitakushtaki|kuwashtaki|tutawafikisha mahakamani|" +
      "nitafungua kesi|kufungua kesi|kesi mahakamani|wakili|wakili wangu|mwanasheria|mwanasheria wangu|" +
      "competition authority|competition authority of kenya|cak|communications authority|tcra|fcc|epra|ewura|" +
      "kebs|tbs|benki kuu|cbk|small claims|small claims court|nitawaripoti|tutawaripoti|nitaripoti polisi|" +
      "kuripoti polisi|polisi|tume ya ushindani|baraza la ushindani|consumer protection",
    safety:
      "imeshika moto|ilishika moto|ikashika moto|kushika moto|imewaka moto|ikawaka moto|moto mkubwa|" +
      "moto ulizuka|imeteketea|zimamoto|kimejaa moshi|imejaa moshi|kujaa moshi|moshi mwingi|inatoa moshi|" +
      "ilitoa moshi|moshi unatoka|imelipuka|ililipuka|italipuka|inalipuka|kulipuka|mlipuko|cheche|" +
      "inatoa cheche|imetoa cheche|unatoa cheche|shoti|shoti ya umeme|imenishoti|kunishoti|kunishtua kwa umeme|" +
      "umeme umenishtua|gesi inavuja|inavuja gesi|inanuka gesi|harufu ya gesi|harufu ya kuungua|imeniunguza|" +
      "kuniunguza|kumuunguza|ameungua|nimeungua|ameumia|nimeumia|wameumia|kuumia|aliumia|amejeruhiwa|" +
      "nimejeruhiwa|jeraha|anatoka damu|inatoka damu|damu nyingi|vipande vya kioo|vioo vimetapakaa|" +
      "kioo kimevunjika vipande|tumewapeleka hospitali|tumempeleka hospitali|nimepelekwa hospitali|" +
      "amepelekwa hospitali|nimelazwa|amelazwa|wamelazwa|kulazwa hospitali|kutapika|anatapika|wanatapika|" +
      "ametapika|wametapika|kuharisha|wanaharisha|kuumwa tumbo|wanaumwa tumbo|sumu ya chakula|sumu|mzio mkali|" +
      "nimepata mzio|amepata mzio|amezimia|nimezimia|betri imevimba|betri ilivimba|imevimba|" +
      "hatari kubwa kwa mtoto|hatari kwa watoto|ni hatari kwa|amelewa|alikuwa amelewa|kasi ya kutisha|" +
      "kwa kasi ya ajabu|misumari inayochomoza|waya umeanguka|nyaya zimeanguka|nyaya wazi|waya wazi|" +
      "karibu nikimeze|karibu amemeze|amemeza|kukabwa koo",
    churn:
      "nahamia mtandao|nahamia benki|nahamia kampuni|nahamia kwa|tunahamia kwa|nimehamia kwa|" +
      "nimehamia mtandao|nimehamia benki|nitahamia kwa|nitahamia mtandao|nimehama mtandao|nimehama benki|" +
      "nimehamishia akaunti|kuhamishia laini|nafunga akaunti|nitafunga akaunti|ninafunga akaunti|" +
      "kufunga akaunti yangu|funga akaunti yangu|fungeni akaunti yangu|sitanunua tena|sitaagiza tena|" +
      "sitarudi tena|sitasafiri tena|sitatumia tena|sitaki tena kuwa mteja|mmepoteza mteja|nimeacha kutumia|" +
      "nitaacha kutumia|nitaport|nimeport|nitaiport|kuport namba|washindani|washindani wenu|kampuni nyingine|" +
      "mtandao mwingine|benki nyingine|mara ya mwisho ninanunua|mara ya mwisho nanunua|mwisho wangu na nyinyi",
    press:
      "mwandishi wa habari|mwanahabari|waandishi wa habari|vyombo vya habari|nitapeleka gazetini|gazetini|" +
      "kipindi cha tv|kipindi cha televisheni|kipindi cha redio|nitaandika makala|makala kuhusu|" +
      "ninaandaa taarifa|naandaa taarifa|naandaa habari|blog yangu|blogu yangu|video yangu ijayo|" +
      "video inayofuata|nitawaanika|kuwaanika|nitaweka hadharani|nitaiweka hadharani|itaenda viral|" +
      "wasomaji elfu|followers elfu|wafuasi elfu|tunachunguza malalamiko",
    repeat:
      "mara ya ~ nawaandikia|mara ya ~ ninawaandikia|mara ya ~ naandika|mara ya ~ ninaandika|" +
      "mara ya ~ nawapigia|mara ya ~ napiga|mara ya ~ nauliza|mara ya ~ nalalamika|mara ya ~ nafuatilia|" +
      "mara ya ~ mnaniambia|nimewaandikia ~ mara|nimeandika ~ mara|nimepiga ~ mara|nimewapigia ~ mara|" +
      "nimefuatilia ~ mara|nimeuliza ~ mara|nimeripoti ~ mara|nimelalamika ~ mara|nimeomba ~ mara|" +
      "nimewatumia ~ mara|nimetuma ~ mara|mara mbili ili kuthibitisha|nimeshawaandikia|nimeshaandika|" +
      "nimeshapiga simu|nimeshalalamika|nimeshafuatilia|nimeshaleta|tayari nimewaandikia|tayari nimepiga|" +
      "tayari nimeripoti|kama nilivyosema|kama nilivyoeleza|kama nilivyoandika|kama nilivyowaambia|" +
      "nilishawaambia|dm yangu ya jana|ujumbe wangu wa jana|ujumbe wangu wa awali|mliahidi kunipigia|" +
      "mliahidi kunirudia|mlisema mtanipigia|mtanipigia|bado hamjanipigia|hamjanipigia|sijapigiwa|" +
      "kila nikipiga|kila nikiwaandikia|kila ninapopiga|nimeleta hati zote mara|nimeshaleta hati",
  },

  grammar: {
    personal: "yangu|wangu|langu|changu|zangu|vyangu|mimi|sisi|yetu|wetu|letu",
    why: "kwa nini|kwanini|mbona",
    but: "lakini|ila",
    still: "bado|tena|lakini|pia|vilevile",
    nobody: "hakuna mtu|hakuna anayejibu|hakuna",
    answers: "anajibu|anayejibu|anapokea|anasaidia|anipigie",
  },
  spam:
    "pata pesa|pata mkopo|mkopo bila dhamana|mikopo bila dhamana|bila crb|mkopo wa haraka bila|" +
    "pesa inaingia|pesa ndani ya dakika|wekeza|uwekezaji wa crypto|meneja wa uwekezaji|group la uwekezaji|" +
    "faida ya asilimia|nikufollow|nifollow|nifuate nikufuate|follow kwa follow|nitakufuata|" +
    "tusaidiane kukuza|umeshinda|umechaguliwa|mshindi wa wiki|kudai zawadi|kupokea zawadi|tuma pin|" +
    "pin yako|thibitisha taarifa|thibitisha pin|akaunti yako itafungwa|akaunti yako imesimamishwa|mganga|" +
    "dawa ya mapenzi|kurudisha mpenzi|mpenzi aliyepotea|nguvu za kiume|ngozi nyeupe|kupunguza uzito|" +
    "nauza followers|followers halisi|nunua followers|nauza likes|kila siku nikiwa nyumbani|" +
    "fanya kazi ukiwa nyumbani|kazi za mtandaoni|kazi ya mtandaoni|kazi za online|tembelea channel yangu|" +
    "angalia channel yangu|cheki channel yangu|channel yangu ya youtube|channel yangu ya tiktok|cheki page yangu|" +
    "like page yangu|tembelea page yangu|follow page yangu|cheki page|subscribe kwa|subscribe kwenye|betting tips|tips za betting|kubashiri|" +
    "bahati nasibu|mabalozi wa bidhaa|balozi wa bidhaa|niulize vipi|niulize namna|niulize jinsi|" +
    "umezuiliwa forodhani|lipa ada ya usafirishaji|lipia ada ya usafirishaji|lipa ada ya forodha|" +
    "nikuelezee|inbox kwa maelezo|ajira za ulaya|kazi za hotelini dubai|lipa usajili|lipa ada ya visa|" +
    "uraia wa nje|akaunti za netflix|tuma neno|tuma kitambulisho|shiriki ujumbe huu|bure bure|mtumishi wa maombi",
  spamWeak:
    "bure|zawadi|bofya|bonyeza|bofya hapa|bonyeza hapa|link hii|kiungo hiki|ofa kubwa|punguzo kubwa|shinda|" +
    "kushinda|inbox|dm sasa|tag marafiki|share na tag",
};
