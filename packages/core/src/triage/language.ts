import { detectAll } from "tinyld";
import { linkPattern } from "../text/links.ts";
import { fold } from "./fold.ts";
import { type LanguageLexicon, languageLexicons } from "./lexicon/index.ts";

const lexiconWordFields = [
  "product",
  "delivery",
  "money",
  "service",
  "praise",
  "anger",
] as const satisfies readonly (keyof LanguageLexicon)[];

// Language detection: which language a customer wrote in, among many more than we have reply packs for, and how sure
// we are. Scripts settle most non-Latin text (kana is Japanese, Hangul Korean); for Latin and Arabic script, the
// frequent short words of each language (which tell even two-word messages apart) and the n-gram detector tinyld (62
// languages, better on longer text) each give their view. Languages next to ours that tinyld does not know (Catalan,
// Galician, Malay, Swahili's neighbours in East and Southern Africa, Yoruba, Hausa) have word lists too, so that their
// speakers are recognised as such, and not answered in a neighbouring language of ours.

export interface DetectedLanguage {
  /** ISO 639-1 of the most likely language; `und` when the text is too short or too mixed to tell. */
  language: string;
  /** How sure (0 to 1): how far the best language is ahead of the next, and how much evidence there was. */
  confidence: number;
  /** The most likely languages with their scores, best first (for the case history). */
  candidates: readonly { language: string; score: number }[];
}

/** Below this confidence the language is `und`: a reply goes out in the brand's default language. */
export const LANGUAGE_CONFIDENCE = 0.34;

/**
 * Each language's frequent short words: articles, pronouns, particles, auxiliaries, greetings, thanks and the words
 * of a customer's message (order, delivery). A word listed for several languages counts for each in part.
 */
const functionWords: Record<string, string> = {
  en:
    "the|and|is|are|was|were|my|your|you|it|it's|its|this|that|to|of|for|with|not|have|has|i|i'm|i've|what|when|" +
    "where|how|do|does|did|can|just|will|would|been|any|anyone|still|again|nothing|from|at|on|but|out|get|got|they|" +
    "there|here|all|why|who|please|thanks|love|one|our|we|be|if|about|after|before|now|today|yesterday|week|weeks|" +
    "guys|because|know|only|else|looks|look|told|which|than|really|honestly|new|hello|hi|hey|thank|" +
    "order|delivery|refund|never|ever|since|waiting|worst|great|a|an|in|me|so|no|as|or|an|am|by|up|off|too|very|much|over|had|us|them|their|then|should|could|said|day|days|month|still|yet",
  es:
    "el|los|las|y|una|por|con|es|esta|está|mi|mis|tu|su|del|al|lo|me|ya|muy|pero|mas|más|hay|este|esto|todo|hola|" +
    "gracias|vosotros|os|teneis|tenéis|si|también|cuando|qué|ni|otro|otra|yo|hace|donde|dónde|pedido|jajaja|jaja|q|" +
    "mira|vale|solo|sin|sigo|llevo|nadie|ayer|hoy|semana|semanas|dias|días|quiero|tengo|porque|estoy|desde|saludos|" +
    "habeis|habéis|vuestro|vuestra|cuenta|aqui|aquí|alguien|soy|muchas|tienda|llego|llegó|envio|envío|hermana|verde|" +
    "bonita|bonito|reales|baratos|pregúntame|escríbeme|sígueme|querida|todavía|todavia|nunca|ustedes|también|la|de|que|en|un|no|se|le|a|para|como|o|nos|les|te|son|era|fue|ha|han|he|hemos|mucho|nada|ahora|mañana|dia|día|mes|bien|mal|atención|cliente|tienen|puedo|pueden|vez|veces|nuestro|usted|esa|ese|eso|estos|estas",
  fr:
    "le|les|des|du|et|est|une|je|j'|tu|il|elle|nous|vous|pas|ne|mon|ma|mes|ton|votre|vos|avec|pour|dans|sur|au|aux|" +
    "ce|c'est|ça|ca|qui|quoi|où|très|tres|mais|ou|plus|rien|toujours|chez|merci|bonjour|depuis|avez|sont|suis|mdr|" +
    "qu'|d'|l'|n'|s'|m'|est-ce|aussi|encore|commande|livraison|personne|jamais|coucou|svp|existe|marche|soldes|" +
    "canapé|vert|foncé|regarde|abonne|abonnés|abonne-toi|moi|toi|retour|d'accord|premier|vrais|chers|la|de|que|en|un|a|se|si|ne|on|y|été|fait|ai|as|ont|va|vais|leur|notre|cette|ces|cet|sans|sous|jour|jours|semaine|mois|aujourd'hui|hier|demain|bien|mal|toujours|vraiment|client|clients|remboursez|remboursement|rembourser|colis|livrez|livrer|ici|argent|cliquez|gagnez|facilement",
  de:
    "der|die|das|und|ist|ich|nicht|mit|auf|für|fur|fuer|ein|eine|einen|einem|dem|den|zu|von|im|es|sie|wir|ihr|euch|" +
    "eure|euer|mein|meine|meinen|meiner|auch|noch|schon|aber|wie|wann|was|wo|bitte|danke|hab|habe|bei|aus|nach|" +
    "sehr|nur|kein|keine|gibt|oder|seit|wurde|sind|hat|mal|ja|nee|doch|echt|uhr|jetzt|dass|weil|ob|jemand|mir|dir|" +
    "du|folgst|folg|bestellung|lieferung|grüße|hallo|schau|erster|gilt|liebe|nix|nich|einfach|wieder|immer|man|sich|als|wenn|hier|heute|gestern|morgen|tage|woche|wochen|monat|geld|paket|habt|seid|bin|war|waren|ihnen|ihre|ihren|euren|unsere|unser|diese|dieser|dieses|nichts|niemand|endlich|leider|gut|schlecht|vielen|dank|klar|nie",
  pt:
    "o|os|as|e|é|do|da|dos|em|na|nos|um|uma|não|nao|com|meu|minha|seu|sua|vocês|voces|você|voce|está|estão|foi|já|" +
    "muito|ainda|até|ate|pelo|pela|isso|isto|aqui|obrigado|obrigada|olá|ola|cadê|cade|tá|kkkk|kkk|num|numa|ao|à|às|" +
    "também|então|vosso|vossa|vossos|convosco|tudo|encomenda|entrega|estou|tenho|quero|olha|abraço|irmã|sigo|segue|" +
    "reais|baratos|rápidos|link|fale|comigo|querida|pergunta-me|ganho|mais|bem|a|de|que|se|no|um|para|por|onde|faz|duas|dois|semanas|semana|dias|hoje|ontem|nunca|ninguém|ninguem|quando|porque|mas|atendimento|loja|pedido|vocês|gente|me|te|lhe|eles|elas|estava|ficou|fiquei|nem|sem|só|so|muita|minhas|meus|nossa|nosso|dinheiro|ganhe|investimento|garantido|disso|disto|nisso|dele|dela",
  it:
    "il|lo|gli|della|dello|degli|delle|nel|nella|nei|sul|sulla|che|non|è|sono|ho|hai|ha|abbiamo|avete|hanno|mio|" +
    "mia|miei|mie|vostro|vostra|questo|questa|quello|per|con|ma|anche|ancora|già|piu|più|molto|tutto|niente|nessuno|" +
    "ciao|grazie|buongiorno|salve|perché|perche|quando|dove|cosa|come|chi|ordine|consegna|pacco|rimborso|sempre|" +
    "mai|oggi|ieri|settimana|giorni|vi|ci|mi|ti|si|gli|dell'|all'|un'|c'è|qualcuno|aspetto|arrivato|arrivata|" +
    "bellissimo|bellissima|complimenti|prego|vorrei|posso|potete|avere|fatto|stato|stata|la|le|i|di|da|in|un|una|a|e|se|si|non|del|al|alla|ai|dal|dalla|su|tra|fra|io|tu|lui|lei|noi|voi|loro|sei|siete|era|stato|fatto|mille|bene|male|giorno|mese|adesso|ora|servizio|cliente|negozio|anni",
  nl:
    "de|het|een|en|is|ik|je|jij|u|uw|jullie|niet|geen|wel|van|voor|met|op|aan|bij|naar|nog|al|maar|ook|dat|dit|" +
    "die|wat|waar|wanneer|hoe|waarom|wie|mijn|zijn|heb|hebben|heeft|was|werd|wordt|word|er|hier|daar|nu|vandaag|" +
    "gisteren|week|weken|dagen|bestelling|pakket|levering|geld|terug|nooit|altijd|iemand|niemand|graag|bedankt|" +
    "dank|dankjewel|dankuwel|hallo|hoi|goedemorgen|alsjeblieft|alstublieft|toch|echt|heel|erg|kan|kun|kunnen|moet|" +
    "zou|wil|gaat|mee|om|te|zo|nou|helemaal|super|lekker|besteld|geleverd",
  id:
    "yang|dan|di|ke|dari|ini|itu|saya|aku|kamu|anda|kami|kita|mereka|tidak|gak|nggak|ga|enggak|tak|belum|sudah|" +
    "udah|sudah|masih|akan|bisa|ada|adalah|untuk|dengan|atau|juga|sangat|banget|sekali|pesanan|paket|barang|" +
    "kirim|dikirim|pengiriman|uang|kembali|terima|kasih|makasih|tolong|mohon|kak|min|gan|sis|dong|deh|sih|kok|" +
    "nya|ya|yg|dgn|tdk|blm|udh|sdh|aja|lagi|hari|minggu|kapan|kenapa|bagaimana|gimana|apa|siapa|mana|berapa|" +
    "mau|ingin|kecewa|mantap|bagus|selalu|pernah|sampai|sampe|baru|lama",
  tr:
    "ve|bir|bu|şu|o|ben|sen|siz|biz|onlar|benim|sizin|değil|degil|yok|var|mi|mı|mu|mü|ile|için|icin|ama|da|de|" +
    "çok|cok|daha|hala|hâlâ|hiç|hic|her|ne|neden|nasıl|nasil|nerede|kim|hangi|zaman|siparişim|siparis|sipariş|" +
    "kargo|kargom|ürün|urun|para|iade|teşekkür|tesekkur|teşekkürler|tesekkurler|sağol|sagol|merhaba|selam|lütfen|" +
    "lutfen|gün|gun|hafta|bugün|bugun|dün|dun|oldu|olmadı|geldi|gelmedi|istiyorum|ediyorum|ettim|bana|size|" +
    "artık|artik|hemen|bile|gibi|kadar|sonra|önce|once|harika|süper|rezalet",
  sw:
    "na|ya|wa|kwa|ni|za|cha|vya|katika|kwenye|kutoka|mpaka|tangu|baada|kabla|ndani|chini|karibu|pamoja|bila|" +
    "kwamba|kama|lakini|ila|ingawa|pia|tena|bado|sasa|halafu|alafu|kisha|basi|sana|kabisa|zaidi|kidogo|tayari|" +
    "labda|hii|huu|hili|hiki|hivi|hizi|huyu|hawa|hiyo|huo|hilo|hicho|hivyo|hizo|huyo|hao|ule|lile|kile|zile|yule|" +
    "mimi|wewe|yeye|sisi|ninyi|nyinyi|nyie|wao|yangu|wangu|langu|changu|vyangu|zangu|yako|wako|lako|chako|zako|" +
    "yake|wake|lake|chake|zake|yetu|wetu|letu|chetu|zetu|yenu|wenu|lenu|chenu|zenu|yao|kwenu|kwetu|kwangu|kwako|" +
    "nani|lini|wapi|vipi|gani|ngapi|kwanini|mbona|ndiyo|ndio|hapana|sawa|kuna|hakuna|hamna|iko|yuko|ziko|" +
    "niko|tuko|mko|uko|sina|huna|hatuna|hawana|wana|kuwa|ilikuwa|nilikuwa|imekuwa|nimekuwa|naomba|nataka|sitaki|" +
    "tunataka|nimepata|sijapata|nimepokea|sijapokea|nimelipa|nimelipia|nilinunua|nimenunua|nimeagiza|niliagiza|" +
    "nimesubiri|nasubiri|nimetuma|nilituma|nimepiga|naweza|siwezi|unaweza|mnaweza|tafadhali|asante|asanteni|" +
    "ahsante|shukrani|karibu|habari|jambo|mambo|hujambo|hamjambo|salama|samahani|nimechoka|mteja|wateja|huduma|" +
    "mzigo|mizigo|oda|agizo|pesa|simu|laini|mtandao|bando|kifurushi|vifurushi|muamala|akaunti|benki|tawi|mkopo|" +
    "duka|bidhaa|chakula|dereva|tiketi|ndege|hoteli|chumba|umeme|stima|maji|bili|fundi|kitanda|godoro|kabati|" +
    "nguo|kiatu|viatu|gauni|tatizo|matatizo|shida|jibu|majibu|ujumbe|jumbe|taarifa|malalamiko|mpya|kubwa|ndogo|" +
    "nyingi|mengi|yote|wote|zote|kila|leo|jana|juzi|kesho|wiki|siku|mwezi|mwaka|saa|dakika|asubuhi|mchana|" +
    "jioni|usiku|mbaya|nzuri|mzuri|safi|poa|jamani|kweli|hapa|huko|pale|marejesho|nusu|mara|mbili|tatu|nne|tano|" +
    "saba|nane|tisa|kumi|elfu|shilingi|ambayo|ambao|ambaye|ambacho|yoyote|yeyote|chochote|lolote|kitu|vitu|mtu|" +
    "watu|mtoto|watoto|kazi|gari|nyumba|mwingine|nyingine|kingine|wengine|kuhusu|kupitia|wakati|sababu|kwenda|" +
    "kupata|kulipa|kununua|kutuma|kujua|kusema|kuona|kufanya|kutumia|kuweka|kupiga|kusaidia|msaada|" +
    "nimeona|naona|sijui|najua|nadhani|wanasema|mnasema|inasema|alisema|mlisema|tunaomba|punguzo|ofa|zawadi|bure|" +
    "rangi|picha|tangazo|kampuni|ofisi|dukani|nyumbani|mjini|kijijini|mtaa|barabara|njia|dawa|bahari|viti|kuku|" +
    "nyama|chai|wadau|ndugu|rafiki|marafiki|tuonane|salamu|njema|heri|mungu|jinsi|vibaya|vizuri|ijayo|" +
    "iliyopita|uliopita|zilizopita|mmoja|miwili|mitatu|miezi|miaka|dhamana|friji",
  // Known to tinyld, but their words count here too, so that a short text of theirs is not taken for one of ours.
  sv: "och|att|det|som|en|ett|jag|du|vi|ni|har|inte|var|för|med|den|min|mitt|mina|ingen|inget|fortfarande|sedan|veckor|beställning|beställde|paket|hej|tack|varför|när|hur|också|bara|kommit|svarar|meddelanden|mycket|tack|tusen|grym|snabb|pengarna|tillbaka|öppet|söndag|kommer|fick|hjälp|kundtjänst",
  da: "at|det|som|en|et|jeg|du|vi|har|ikke|er|var|for|med|til|den|min|mit|ingen|stadig|siden|uger|bestilling|bestilte|pakke|hej|tak|hvorfor|hvornår|hvordan|også|bare|kommet|svarer|beskeder|meget|tusind|tak|hjælp|hjælpen|penge|tilbage|kundeservice|elendig|oplevelse|åbent|søndag|jer|fik",
  nb: "at|det|som|en|et|jeg|du|vi|har|ikke|er|var|for|med|til|den|min|mitt|ingen|fortsatt|siden|uker|bestilling|bestilte|pakke|hei|takk|hvorfor|når|hvordan|også|bare|kommet|svarer|meldinger|veldig|tusen|takk|dere|pengene|tilbake|enda|aldri|igjen|åpent|søndag|kundeservice|elendig|fikk|mye",
  fi: "ja|on|ei|se|että|minä|sinä|me|te|he|oli|mutta|kun|jos|niin|vielä|tilaus|tilasin|paketti|kiitos|miksi|milloin|miten|myös|vain|viikkoa|sitten|vastaa|viesteihin|hei|moi|kanssa|paljon|ette|huono|asiakaspalvelu|onko|kauppa|auki|tullut|vieläkään|tilaukseni|kiitti",
  pl: "i|na|się|jest|to|do|mnie|moje|mój|jak|czy|już|jeszcze|nadal|nikt|dlaczego|kiedy|gdzie|zamówienie|paczka|dzięki|dziękuję|cześć|dzień|dobry|tygodnie|temu|bardzo|dzieki|dziekuje|wszystko|dotarło|dotarlo|przyszła|uszkodzona|chcę|chce|zwrot|pieniędzy|obsługa|polecam|wiadomości",
  cs: "a|ne|na|se|je|to|do|mě|moje|můj|jak|jestli|už|ještě|stále|nikdo|proč|kdy|kde|objednávka|díky|děkuji|ahoj|dobrý|den|týdny|před|velmi|moc|pořád|nedorazila|hrozná|budete|znovu|skladem|děkuju|dekuji|diky",
  ro: "și|si|în|in|nu|că|ca|este|e|mi|mea|meu|cum|încă|inca|nimeni|de|ce|când|cand|unde|comanda|coletul|mulțumesc|multumesc|bună|buna|săptămâni|saptamani|foarte|frumos|răspundeți|raspundeti|mesaje|servicii|proaste|produsul|superb|vreau|banii|inapoi|înapoi|ajuns",
  hu: "és|a|az|nem|hogy|egy|van|volt|de|még|senki|miért|mikor|rendelés|rendelésem|csomag|köszönöm|koszonom|szia|hetek|hete|nagyon|is|szépen|szepen|válaszolnak|rossz|ügyfélszolgálat|gyors|szállítás|mindig|érkezett|meg",
  tl: "ang|ng|na|mga|ko|ako|ikaw|siya|kami|hindi|rin|din|bakit|kailan|saan|order|po|opo|salamat|naman|dumadating|yung|sumasagot|sulit|grabe|bagal|niyo|ninyo|kayo|paki",
  vi: "tôi|không|khong|được|duoc|chua|nhắn|nhiều|nhieu|hoàn|tiền|lỗi",
  af: "die|en|is|jy|my|het|was|van|met|op|nog|niemand|hoekom|wanneer|waar|bestelling|pakkie|dankie|baie|weke|gelede|julle|boodskappe|diens|regtig|swak|tevrede|oop|asseblief|gekry|ontvang",
  // Next to ours, and unknown to tinyld: recognised so that they are not answered in a neighbouring language.
  ca: "els|amb|però|perquè|és|són|meva|meus|vostra|aquest|aquesta|això|aixo|molt|encara|ningú|gràcies|gracies|comanda|arribat|tinc|teniu|també|tambe|avui|ahir|setmana|doncs|gaire|vull|puc|esteu|heu|nosaltres|vosaltres|hi|ho|dels|pels|servei|dolent|missatges|contesteu|torneu|diners|trencat|rebut|enviaments|moltes|esperarem|més|què",
  gl: "unha|unhas|miña|miñas|súa|moi|aínda|xa|ninguén|grazas|teño|hoxe|onte|tamén|vós|vostede|vostedes|estades|sodes|mañá|dende|moitas|moitos|moito|moita|pola|polo|axuda|bos|tedes|vergoña|encantoume|respondedes",
  ms: "awak|hantar|dihantar|penghantaran|wang|macam|mahu|nak|percuma|sahaja|kat|encik|puan|betul|sikit|kerana|bila|kedai|ahad|mesej|berbaloi|tq|pulangkan|korang|mcm|takde|tiada|jugak|memang|dah|servis",
  zu: "ngiyabonga|ngicela|yebo|sawubona|sanibonani|kakhulu|futhi|kodwa|ukuthi|lokhu|lapha|manje|namhlanje|izolo|angikaze|angitholanga|ngiyacela|imali|ngoba|kanjani|kuphi|ubani|yini|kahle|kabi|umkhiqizo|angikayitholi|i-oda|yami|ayikafiki|namanje|kungani|ningaphenduli|insizakalo|imbi|ningishayele",
  xh:
    "enkosi|ndiyabulela|ewe|hayi|molo|molweni|kakhulu|kwaye|kodwa|ukuba|oku|apha|ngoku|namhlanje|izolo|andikaze|" +
    "andifumananga|ndicela|kutheni|ningaphenduli|iodolo|yam|ayikafiki|imali|ngoba|njani|phi|ngubani|yintoni|kakuhle|kakubi",
  yo: "jowo|ese|bawo|nigbawo|nibo|tani|kini|pelu|sugbon|loni|yin|oja|ose|eyin|awon|ti|ko|pupo|kilode|dahun|dara|gan|oja|tii",
  ha: "wannan|wancan|amma|kuma|saboda|yaya|yaushe|wane|wace|menene|kudi|yau|jiya|mako|kwana|nagode|sannu|barka|allah|yanzu|ban|bai|babu|akwai|sosai|don|har|gode|iso|sakona|sakon|baku|yasa|amsa|sabis|kyau|kayana",
  so: "iyo|waa|ayaa|waxaan|waxay|wuxuu|kuma|maxaa|goorma|xagee|lacag|alaab|maanta|shalay|toddobaad|mahadsanid|fadlan|haa|weli|aad|oo|dalabkaygii|dalabka|iman|maxaad|jawaabi|weydeen|adeeg|xun|soo|ii",
  et: "aitäh|aitah|tänan|tanan|tere|palun|minu|tellimus|pole|ikka|kohale|jõudnud|miks|millal",
  sk: "ďakujem|dakujem|pekne|nikto|ešte|este|neprišla|objednávka|som",
  lv: "paldies|mans|pasūtījums|vēl|nav|atnācis|kāpēc|lūdzu|ludzu|sveiki",
  lt: "ačiū|aciu|užsakymas|neatvyko|kodėl|prašau|labas",
  hr: "hvala|puno|narudžba|narudzba|još|jos|nije|stigla|zašto|zasto|nitko|niko|odgovara|katastrofa|usluge|poruke|porudžbina|oštećena",
  sq: "faleminderit|porosia|ime|nuk|ardhur|pse|pershendetje|shume|shumë",
  eu: "eskerrik|asko|nire|eskaera|oraindik|iritsi|ez|zergatik|kaixo|esker",
  cy: "diolch|fawr|yn|fy|dyw|ddim|wedi|eto|ydy|pam|archeb|cyrraedd|chi|bore",
  // Hindi and Urdu typed in Latin letters ("mera order abhi tak nahi aaya").
  hi:
    "mera|meri|abhi|nahi|nahin|hai|hain|kya|kab|kyun|kyu|bhai|yaar|yar|aaya|aayi|aayega|karo|kuch|bahut|bohot|" +
    "accha|acha|theek|gaya|gayi|tha|thi|aap|aapka|apka|mujhe|paisa|paise|wapas|kaise|kaisa|hoga|raha|rahi|bhi|sirf|" +
    "jaldi|dhanyavad|shukriya",
  // Swahili's Bantu neighbours: Shona, Chichewa, Kinyarwanda, Luganda.
  sn: "ndatenda|zvikuru|haisati|yasvika|musingapinduri|ndapota|ndinoda|handina|zvakanaka|maita",
  ny: "zikomo|kwambiri|katundu|wanga|sanafikebe|chonde|bwanji|chifukwa",
  rw: "murakoze|cyane|natumije|ntibiragera|kuki|mutansubiza|amafaranga|muraho|mwaramutse",
  lg: "webale|nnyo|ebintu|byange|tebinnatuuka|lwaki|temunziramu|ssente",
};

/** Letters and spellings that point at one language, with their weight. */
const languageMarks: [RegExp, Record<string, number>][] = [
  [/[ñ¿¡]/u, { es: 2 }],
  [/[ãõ]/u, { pt: 2 }],
  [/ç/u, { fr: 0.8, pt: 0.8, tr: 0.8, ca: 0.5 }],
  [/ß/u, { de: 2 }],
  [/[äöü]/u, { de: 1.5, tr: 0.5, fi: 0.5, et: 0.5, sv: 0.3 }],
  [/[ğış]/u, { tr: 2.5 }],
  [/[èùûîïœ]/u, { fr: 1.5, it: 0.3 }],
  [/[êâô]/u, { fr: 0.8, pt: 0.8 }],
  [/[à]/u, { fr: 0.8, pt: 0.5, it: 0.5, ca: 0.5 }],
  [/[ìò]/u, { it: 1.5, ca: 0.5 }],
  [/l·l/u, { ca: 1 }],
  // Galician: "non" next to Portuguese-looking words ("o meu pedido aínda non chegou").
  [
    /^(?=[\s\S]*(?<!\p{L})(?:meu|teu|seu|miña|do|dos|ao|nos|xa|unha)(?!\p{L}))[\s\S]*(?<!\p{L})non(?!\p{L})/u,
    { gl: 1.5 },
  ],
  // Malay: "bila" asking when (Indonesian asks "kapan").
  [/(?<!\p{L})bila(?!\p{L})[^.!]*\?/u, { ms: 1 }],
  // Afrikaans: the double negative ("het nog nie aangekom nie").
  [/(?<!\p{L})nie(?!\p{L})[\s\S]*(?<!\p{L})nie(?!\p{L})/u, { af: 2 }],
  // Shona: "zv" and "svika" ("zvikuru", "yasvika"), which Swahili does not write.
  [/zv|svik/u, { sn: 2 }],
  [/[áíóú]/u, { es: 0.6, pt: 0.6 }],
  [/ción\b|ciones\b/u, { es: 1.5 }],
  [/ção\b|ções\b|nh[ao]\b|lh[ao]s?\b/u, { pt: 1.5 }],
  // Portuguese typed without accents: "nao", "decepcao", "informacoes".
  [/\bnao\b|[cs]ao\b|[cs]oes\b/u, { pt: 1.5 }],
  [/\b\p{L}+(?:ung|lich|keit|heit)\b|sch/u, { de: 1 }],
  [/\b(?:j|l|d|qu|n|c|s|m)'\p{L}/u, { fr: 1.5, it: 0.3, ca: 0.3 }],
  [/\b(?:dell|all|dall|nell|sull|un|c|l)'\p{L}/u, { it: 1.2 }],
  // Italian: "è" standing alone, words ending in an accent French does not write so, the accent typed as an apostrophe
  // ("perche'", "e' arrivato"), and the double consonants of "pizza", "vecchio", "oggi".
  [/(?:^|[\s(])è(?=$|[\s.,!?;:)])/u, { it: 2 }],
  [
    /(?<!\p{L})(?:più|giù|può|già|così|però|perciò|cioè|perché|poiché|finché|affinché|sì|lì|ciò|perchè)(?!\p{L})/u,
    { it: 2 },
  ],
  [/(?<!\p{L})(?:e|perche|piu|pero|gia|cosi|puo|cioe)'(?=$|[\s.,!?;:])/u, { it: 1.5 }],
  [/\p{L}(?:cch|ggi|zz[aeio])/u, { it: 0.5 }],
  [/\p{L}{2,}iamo(?!\p{L})|\p{L}issim[ie](?!\p{L})/u, { it: 1.2 }],
  [/\b\p{L}+(?:zione|zioni|mente|issimo|issima|etto|etta)\b|gli\b|gn[aio](?!\p{L})/u, { it: 1 }],
  [/\bij|\b\p{L}*(?:ij|aa|oe|ui|uu)\p{L}*\b/u, { nl: 0.8 }],
  [/\p{L}'(?:s|t|re|ve|ll|m|d)\b/u, { en: 1.5 }],
  [/\b\p{L}+(?:ing|ly)\b/u, { en: 0.8 }],
  [/\b\p{L}+-(?:me|se|te|lhe|nos)\b/u, { pt: 1.5 }],
  [/\b(?:meng|mem|peng|pen|ber|ter|di|ke)\p{L}{3,}(?:kan|an|nya)\b/u, { id: 1.2 }],
  [/\b\p{L}+(?:nya|lah|kah)\b/u, { id: 0.8 }],
  [/[ẹọṣ]/u, { yo: 2 }],
  // Letters of languages we have no pack for: a reason not to take their text for one of ours.
  [/[łąęśźżń]/u, { pl: 2 }],
  [/[ěřůďťň]/u, { cs: 2, sk: 0.5 }],
  [/[ľĺŕ]/u, { sk: 1.5 }],
  [/[ășț]/u, { ro: 2 }],
  [/[åøæ]/u, { sv: 0.8, da: 0.8, nb: 0.8 }],
  [/[đơưạảấầẩẫậắằẳẵặẻẽếềểễệỉịỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u, { vi: 3 }],
  [/[őű]/u, { hu: 2 }],
  [/[āēīūčšžģķļņ]/u, { lv: 1, lt: 1 }],
  [/[ðþ]/u, { is: 2 }],
  [/[ɓɗƙ]/u, { ha: 2 }],
  [/\b(?:nime|nili|nita|sija|hatu|ham|hawa|ume|ali|ame|tume|wame)\p{L}{2,}\b/u, { sw: 1.2 }],
  // Swahili verbs: "mnakubali", "mmenikata" (the brand addressed as "you" plural), "nimeagiza", "zimefika", "haijafika",
  // "hawakuja", "haifanyi", "kulipa"; "Je," opening a question; "bei gani", "bei ya" (price, not German "bei").
  [/\bm(?:na|me|li|ta|nge|ki)\p{L}{3,}[aei]\b/u, { sw: 1.5 }],
  [/\b(?:ni|tu|wa|zi|li|ki|vi)(?:me|li|na|ta|nge)(?:ni|ku|tu|wa|m|i|li|ki|vi|zi|ji)?\p{L}{3,}[aei]\b/u, { sw: 1.2 }],
  [
    /\b(?:haija|hazija|halija|hakija|havija|hauja|hawaja|hatuja|hamja|hajaj|sija|huja|haiku|haziku|haliku|hakiku|haviku|hawaku|hatuku|hamku|hauku)\p{L}{2,}\b|\bha(?:i|zi|li|ki|vi|wa|tu|m|u)\p{L}{3,}i\b/u,
    { sw: 1.2 },
  ],
  [/\bku(?:[bfghjklmnprstvwyz]|ch|sh|ny|ng)\p{L}{2,}a\b/u, { sw: 0.8 }],
  // English verbs with Swahili prefixes, as Kenyans and Tanzanians type them: "nimeorder", "nifollow", "ime-crash".
  [
    /\b(?:ni|tu|ku|niku|tuku|mme|nime|tume|ume|ame|wame|ime|zime|ana|wana|nina|tuna|mna|nita|tuta|mta|nili|mli|wali)-?(?:order|cancel|refund|reply|check|port|renew|update|download|login|log in|text|call|chat|tag|like|share|post|book|pay|save|block|subscribe|reverse|top ?up|follow|crash|stream|load|charge|deliver|confirm|verify|transfer|send|rate)\p{L}*\b/u,
    { sw: 1.5 },
  ],
  [/^\W*je\s*,|\bbei\s+(?:gani|ya|ni|poa|nafuu|rahisi|kubwa|juu)\b|\bng'[aeiou]/u, { sw: 1 }],
  // Arabizi, Arabic in Latin letters: digits inside a word for the letters Latin lacks ("3ayez", "ma3a", "7aram",
  // "a8rab"), never at its end ("mp3") or between single letters ("b2b"); and its commonest words.
  [
    /(?<![\p{L}\p{N}])(?:[a-z]*[235789](?!(?:st|nd|rd|th|am|pm|kg|km|gb|mb|cm|mm|ml|hz|ghz|hr|hrs|min|mins|eme|er|do|da|ro|ra|to|ta|te|de|jours|tage|dias|days|weeks)(?![\p{L}\p{N}]))[a-z]{2,}|[a-z]{2,}[235789][a-z]+)(?![\p{L}\p{N}])/u,
    { ar: 2 },
  ],
  [
    /\b(?:mesh|msh|mish|leh|lesh|fein|wein|wain|keda|kda|lessa|lissa|mafi|mafish|mafeesh|wallah|wallahi|yalla|inshallah|mashallah|habibi|shokran|shukran|awi|awy|gedan|khalas|kteer|ktir|ya3ni|3ayez|abgha|baddi|bedi)\b/u,
    { ar: 1.5 },
  ],
  [
    /\b\p{L}+(?:iyor|ıyor|uyor|üyor|acak|ecek|mış|miş|muş|müş|madı|medi|dım|dim|sınız|siniz|sunuz|sünüz)\b/u,
    { tr: 1.2 },
  ],
  // Turkish endings, also typed without Turkish letters ("gelmiyor", "yapiyorsunuz", "musunuz", "gelmemis"): \b does
  // not see ş or ı as letters, so these look at the letters on both sides.
  [
    /(?<!\p{L})\p{L}{2,}(?:iyor|ıyor|uyor|üyor)(?:um|uz|sun|sunuz|lar|du|dum|muş|mus)?(?!\p{L})|(?<!\p{L})\p{L}{2,}(?:mış|miş|muş|müş)(?:sınız|siniz|sunuz|tı|ti|tu|tır|tir)?(?!\p{L})/u,
    { tr: 1.2 },
  ],
  [
    /(?<!\p{L})(?:m[iı]s[iı]n[iı]z|mus[uü]n[uü]z|müsünüz|m[iı]y[iı]m|acaba|l[uü]tfen|te[sş]ekk[uü]r\p{L}*|sa[gğ] ?olun|merhaba\p{L}*|sipari[sş]\p{L}*|kargo\p{L}+)(?!\p{L})|(?<!\p{L})\p{L}{2,}(?:madı|madi|mad[iı]m|med[iı]m|mam[iı][sş]|mem[iı][sş]|m[iı]yor|muyor|müyor)(?!\p{L})|(?<!\p{L})\p{L}{2,}[ae]bil(?:ir|iyor|ece|mek|me|dim|di)\p{L}*(?!\p{L})/u,
    { tr: 1.5 },
  ],
  [/\b\p{L}{3,}(?:lar|ler|ları|leri)\b/u, { tr: 1 }],
  // Arabic in Latin letters (Arabizi): the digits that stand for letters ("3afak", "mosa3de", "lel2an").
  [/(?<![\p{L}\p{N}])[357]\p{L}{2}|(?<=\p{L}{2})[2357]\p{L}|(?<=\p{L})[2357]\p{L}{2}/u, { ar: 1.2 }],
  // Kana is written in Japanese only: a Japanese message full of product and brand names in Latin letters
  // ("iPhone 15 Pro Maxの画面が割れた", "Tidewellさん最高！") reaches the Latin branch, and its kana still tell.
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, { ja: 2 }],
  [/[\p{Script=Hiragana}\p{Script=Katakana}ー]{3,}/u, { ja: 1.5 }],
];

/**
 * Words that point at one language the way a mark does: once per message, however many of them. A language without a
 * pack gets them where its own words look like ours once folded ("és" is Catalan, "es" Spanish), so that its speakers
 * are not answered in the neighbouring language.
 */
const wordMarks: [ReadonlySet<string>, Record<string, number>][] = (
  [
    ["és|què|perquè|això|ningú|també|després|vostè|gràcies|molt|moltes|amb|els", { ca: 2 }],
    [
      "xa|moito|moita|moitos|moitas|grazas|aínda|tamén|hoxe|onte|teño|ningunha|dende|mañá|miña|miñas|vostede|vergoña",
      { gl: 2 },
    ],
    ["jy|julle|hulle|baie|dankie|hoekom|asseblief|gelede", { af: 2 }],
    // Arabic in Latin letters (Arabizi), as typed from Morocco to the Gulf.
    [
      "wallah|wallahi|walla|yalla|yallah|habibi|habibti|shukran|shokran|inshallah|mashallah|msh|mish|leh|lesh|leish|" +
        "ktir|kteer|keda|kda|ezay|ezzay|mafi|mafish|mafeesh|dyali|dyal|bghit|chnou|kifach|khalas|enta|enti|inta|inti|" +
        "mabrook|mabrouk|alashan|lissa|lessa|mawsalsh|weselsh|wesel|wasal|shwaya|shwayya|imta|emta|feen|marhaba",
      { ar: 1.5 },
    ],
  ] as const
).map(([words, weights]) => [new Set(words.split("|")), weights]);

/** Per word, the languages that use it and how telling it is for each (1 for a function word, less for others). */
const languageWords = new Map<string, Map<string, number>>();
const addWord = (word: string, language: string, weight: number) => {
  const key = fold(word.trim());
  if (key === "" || /[\s*~#]/u.test(key)) return;
  const entry = languageWords.get(key) ?? new Map<string, number>();
  entry.set(language, Math.max(entry.get(language) ?? 0, weight));
  languageWords.set(key, entry);
};
/** The languages we answer in: their words come first. */
const ours = new Set(["en", "es", "fr", "de", "pt", "it", "nl", "ar", "id", "ja", "tr", "sw"]);
for (const [language, words] of Object.entries(functionWords)) {
  if (ours.has(language)) for (const word of words.split("|")) addWord(word, language, 1);
}
// Languages we do not answer in count only by words ours do not have too, so that a short word shared with them ("en",
// "i", "de") does not blur which of ours a message is in, while their own words ("och", "nie", "và") still tell.
for (const [language, words] of Object.entries(functionWords)) {
  if (ours.has(language)) continue;
  for (const word of words.split("|")) {
    const entry = languageWords.get(fold(word));
    if (!entry || ![...entry.keys()].some((other) => ours.has(other))) addWord(word, language, 1);
  }
}
/**
 * Adds single words of a lexicon (`|`-separated, in the lexicon syntax: phrases and wildcards are left out) as
 * evidence for a language, with a weight below a function word's.
 */
export function languageWordsFrom(language: string, terms: string, weight: number): void {
  for (const word of terms.split("|")) addWord(word, language, weight);
}

// The words of the triage lexicons of lexicon/ are telling too: "pessimo" is Italian, "rusak" Indonesian.
for (const lexicon of languageLexicons) {
  for (const word of lexicon.functionWords.split("|")) addWord(word, lexicon.language, 1);
  for (const field of lexiconWordFields) {
    for (const word of lexicon[field].split("|")) addWord(word, lexicon.language, 0.5);
  }
  for (const [source, weight] of lexicon.marks ?? [])
    languageMarks.push([new RegExp(source, "u"), { [lexicon.language]: weight }]);
}

/** Arabic-script words of Arabic (not Persian or Urdu), for confidence in short texts. */
const arabicWords = new Set(
  "في|من|على|الى|إلى|عن|مع|هذا|هذه|ذلك|لم|لن|لا|ما|ماذا|لماذا|متى|أين|كيف|هل|قد|كان|كانت|تم|لقد|انا|أنا|انت|أنتم|نحن|هو|هي|طلبي|الطلب|شكرا|شكراً|مرحبا|السلام|عليكم|يا|جدا|جداً|حتى|الآن|اليوم|أمس|أسبوع|ايام|أيام|الخدمة|خدمة|المنتج|التوصيل|فلوسي|ابي|أبغى|ليش|وش|ايش|شو|مش|ليه|عايز|بدي|الحين|والله|للأسف|ممتاز|رائع"
    .split("|")
    .map(fold),
);

const mentions = /@[\p{L}\p{N}_.]+/gu;
const wordPattern = /\p{L}[\p{L}\p{M}'-]*/gu;

/** Which script the letters of a text are in. */
function scriptCounts(text: string) {
  const counts = { latin: 0, kana: 0, han: 0, hangul: 0, arabic: 0, persianOrUrdu: 0, other: 0, letters: 0 };
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    counts.letters++;
    if (/\p{Script=Latin}/u.test(char)) counts.latin++;
    else if (/[\p{Script=Hiragana}\p{Script=Katakana}ー]/u.test(char)) counts.kana++;
    else if (/\p{Script=Han}/u.test(char)) counts.han++;
    else if (/\p{Script=Hangul}/u.test(char)) counts.hangul++;
    else if (/\p{Script=Arabic}/u.test(char)) {
      counts.arabic++;
      // Persian and Urdu letters Arabic has not: پ چ ژ گ ک ی ٹ ڈ ڑ ں ے ھ
      if (/[پچژگکیٹڈڑںےھ]/u.test(char)) counts.persianOrUrdu++;
    } else counts.other++;
  }
  return counts;
}

const round = (n: number) => Math.round(n * 100) / 100;

const result = (scores: Map<string, number>): DetectedLanguage => {
  const ranked = [...scores.entries()].filter(([, score]) => score > 0).sort((a, b) => b[1] - a[1]);
  const [first, second] = [ranked[0], ranked[1]];
  if (!first) return { language: "und", confidence: 0, candidates: [] };
  // How far ahead of the next language (one telling word gives 0.5, two 0.75), less when both have much evidence
  // (a text mixing two languages).
  const margin = first[1] - (second?.[1] ?? 0);
  const confidence = round((1 - 2 ** -margin) * Math.sqrt(margin / first[1]));
  return {
    language: confidence >= LANGUAGE_CONFIDENCE ? first[0] : "und",
    confidence,
    candidates: ranked.slice(0, 3).map(([language, score]) => ({ language, score: round(score) })),
  };
};

const add = (scores: Map<string, number>, language: string, points: number) =>
  scores.set(language, (scores.get(language) ?? 0) + points);

/** Function-word evidence for one language that makes the n-gram detector unnecessary (twice the runner-up too). */
const DECISIVE_WORDS = 3;

/** A language without a pack with this share of the evidence of ours (and one telling word at least) makes it unsure. */
const NEIGHBOUR_SHARE = 0.2;

/**
 * The language of a message, with how sure we are of it.
 *
 * @example
 * ```ts
 * detectLanguageOf("Il mio ordine non è mai arrivato"); // { language: "it", confidence: 0.8, ... }
 * detectLanguageOf("👍"); // { language: "und", confidence: 0, candidates: [] }
 * ```
 */
export function detectLanguageOf(text: string): DetectedLanguage {
  const clean = text.replace(mentions, " ").replace(linkPattern, " ").normalize("NFC");
  const scripts = scriptCounts(clean);
  if (scripts.letters === 0) return { language: "und", confidence: 0, candidates: [] };
  const scores = new Map<string, number>();
  const share = (n: number) => n / scripts.letters;

  // Scripts of one language (or nearly): kana is Japanese, Hangul Korean.
  if (scripts.kana > 0 && share(scripts.kana + scripts.han) >= 0.5) {
    add(scores, "ja", Math.min(6, 1 + (scripts.kana + scripts.han) / 2));
    return result(scores);
  }
  if (share(scripts.hangul) >= 0.5) {
    add(scores, "ko", Math.min(6, 1 + scripts.hangul / 2));
    return result(scores);
  }
  // Han alone is Chinese, unless it is as short as a Japanese word written in kanji only ("最悪"): then unsure.
  if (share(scripts.han) >= 0.5) {
    add(scores, "zh", Math.min(6, scripts.han / 2));
    if (scripts.han <= 3) add(scores, "ja", scripts.han / 2 - 0.5);
    return result(scores);
  }
  if (share(scripts.arabic) >= 0.5) {
    const words = (fold(clean).match(wordPattern) ?? []).filter((w) => /\p{Script=Arabic}/u.test(w));
    const arabic = words.filter((w) => arabicWords.has(w) || arabicWords.has(w.replace(/^[وف]/u, ""))).length;
    if (scripts.persianOrUrdu > 0 || arabic === 0) {
      // Persian and Urdu letters, or no word Arabic has alone: "خوب نبود" is Persian written with letters Arabic has too.
      const detected = detectAll(clean, { only: ["fa", "ur", "ar"] });
      for (const { lang, accuracy } of detected) add(scores, lang, 2.5 * accuracy);
      add(scores, "ar", scripts.persianOrUrdu > 0 ? arabic * 0.5 : 0.5 + Math.min(words.length, 5) * 0.2);
    } else {
      add(scores, "ar", 1 + Math.min(words.length, 5) * 0.4 + arabic);
    }
    return result(scores);
  }
  if (share(scripts.latin) < 0.5) {
    // Cyrillic, Greek, Hebrew, Thai, Devanagari and others: scripts tinyld tells apart well, none of them ours.
    for (const { lang, accuracy } of detectAll(clean)) add(scores, lang, 3 * accuracy);
    return result(scores);
  }

  // Latin script: frequent words and spellings, then the n-gram detector for what they leave open.
  const lower = clean.toLowerCase().replace(/[’‘´`ʼ]/g, "'");
  const tokens = lower.match(wordPattern) ?? [];
  // "livrez-vous", "pergunta-me": a hyphenated form the lists do not have counts by its parts.
  const words = tokens.flatMap((token) =>
    token.includes("-") && !languageWords.has(fold(token)) ? token.split("-").filter(Boolean) : [token],
  );
  for (const token of words) {
    const key = fold(token);
    // "j'attends", "qu'on", "d'accord", "dell'ordine": the elided article is as telling as a word.
    const elided = /^(\p{L}{1,4}')\p{L}/u.exec(key)?.[1];
    const entry = languageWords.get(key) ?? (elided ? languageWords.get(elided) : undefined);
    if (!entry) continue;
    for (const [language, weight] of entry) add(scores, language, weight / entry.size);
  }
  for (const [pattern, weights] of languageMarks) {
    if (!pattern.test(lower)) continue;
    for (const [language, weight] of Object.entries(weights)) add(scores, language, weight);
  }
  for (const [marked, weights] of wordMarks) {
    if (!tokens.some((token) => marked.has(token))) continue;
    for (const [language, weight] of Object.entries(weights)) add(scores, language, weight);
  }
  const lexical = new Map(scores);
  const ranked = [...scores.values()].sort((a, b) => b - a);
  const [first = 0, second = 0] = ranked;
  // Function words settle most messages; the n-gram detector (the slow part) weighs in when they do not. On a word or
  // two it guesses wildly, so its say grows with the length of the text.
  if (!(first >= DECISIVE_WORDS && first >= 2 * second)) {
    const weight = 2.5 * Math.min(1, (tokens.length / 10) ** 2);
    const detected = detectAll(clean);
    const total = detected.reduce((sum, d) => sum + d.accuracy, 0);
    if (total > 0 && weight > 0) {
      for (const { lang, accuracy } of detected) add(scores, lang, weight * (accuracy / total));
    }
  }
  return unlessNeighbour(result(scores), lexical);
}

/**
 * A language of ours needs words or spellings of its own (the n-gram detector's guess alone is not enough), and a
 * language we do not answer in with words of its own nearly as telling makes it unsure: Catalan next to Spanish,
 * Galician next to Portuguese, Malay next to Indonesian, Afrikaans next to Dutch are answered in the default language.
 */
function unlessNeighbour(detected: DetectedLanguage, lexical: ReadonlyMap<string, number>): DetectedLanguage {
  if (!ours.has(detected.language)) return detected;
  const own = lexical.get(detected.language) ?? 0;
  let other = 0;
  for (const [language, score] of lexical) if (!ours.has(language) && score > other) other = score;
  if (own >= 1 && (other < 1 || other < NEIGHBOUR_SHARE * own)) return detected;
  return { ...detected, language: "und", confidence: Math.min(detected.confidence, round(LANGUAGE_CONFIDENCE - 0.01)) };
}
