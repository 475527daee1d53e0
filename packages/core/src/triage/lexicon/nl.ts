import type { LanguageLexicon } from "./language.ts";

/**
 * Dutch as customers in the Netherlands and Flanders write it online: compounds written as one word ("pakketje",
 * "terugbetaling", "klantenservice", "klantendienst"), informal spellings ("mn", "ff", "ipv", "nogsteeds"), English
 * mixed in ("refund", "delivery", "wtf", "so done"), curses ("kut", "klote", "tering") and Flemish forms ("ge",
 * "gij", "technieker", "gsm", "solden", "op vijf minuten"). Dutch compounds are single words, so a list term matches
 * a compound only where it is spelled out; the common ones are listed. Words that are ordinary words in another of
 * our languages stand only in phrases: "brand" is fire in Dutch but a company in English ("in brand", "brandlucht"),
 * "los" is loose but an article in Spanish ("zit los"), "kassa" is the checkout as well as the TV programme ("naar
 * Kassa"), "advocaat" is the customer's profession as often as their lawyer ("mijn advocaat"), "lekker" and "fijn"
 * are praise unless followed by the sarcastic "bezig", "dan", "hoor".
 */
export const nl: LanguageLexicon = {
  language: "nl",
  // Merged with functionWords.nl of language.ts: words of chats and comments no neighbour writes.
  functionWords:
    "ik|jij|jou|jouw|mij|mijn|mn|m'n|zijn|zn|z'n|onze|ons|hun|hen|wij|jullie|gij|ge|zijt|zeg|hoor|joh|jongens|" +
    "niks|niets|nogsteeds|alweer|weer|keer|uur|eens|eigenlijk|gewoon|ff|effe|zeker|sinds|omdat|zonder|tegen|" +
    "tot|uit|wordt|worden|werd|geworden|gedaan|gehad|gezien|gekregen|gebeld|gemaild|gestuurd|besteld|bezorgd|" +
    "ontvangen|aangekomen|pakketje|bestelnummer|klantenservice|klantendienst|bezorger|bedankt|dankjewel|groetjes|" +
    "doei|balen|volgers|bezorging|topper|toppers|eindelijk|vrijdag|zaterdag|zondag|goedenavond|goedemiddag|" +
    "terugbetalen|aub|svp|oke|okido|gaaf|koptelefoon|merkkleding|investeer|verdien|vrienden|winnen|klinkt|" +
    "collectie|winkel|snelle|opgelost|minuten|kut|klote|amai|allee|awel|ipv|idd|gwn|hè|hé|toch|nou|dus|maar|heel|veel|vanaf",
  marks: [
    // Diminutives and -heid: "pakketje", "bonnetje", "mailtje", "ervaring" is shared with English -ing, so not here.
    ["\\p{L}{2,}(?:tje|tjes|pje|pjes|kje|kjes|heid|heden)(?!\\p{L})", 1.2],
    // Contractions: "'t", "'s avonds", "m'n", "z'n", "zo'n", "d'r".
    ["(?<!\\p{L})(?:'t|'s (?:ochtends|middags|avonds|nachts)|m'n|z'n|zo'n|d'r|da's)(?!\\p{L})", 1.5],
  ],

  product:
    "kapot|kapotte|kapot gegaan|kapotgegaan|ging kapot|is stuk|was stuk|ging stuk|gaat stuk|kwam stuk|stuk aangekomen|" +
    "defect|defecte|beschadigd|beschadigde|beschadiging|gebroken|gebarsten|barst in|barsten in|een barst|scheur|" +
    "gescheurd|gescheurde|deuk|deuken|ingedeukt|kras|krassen|bekrast|verkeerde maat|verkeerd artikel|" +
    "verkeerde kleur|verkeerde product|verkeerde bestelling|verkeerde item|verkeerd geleverd|niet wat ik besteld|" +
    "niet wat ik had besteld|anders dan op de foto|lijkt niet op de foto|ontbreekt|ontbreken|ontbrekende|" +
    "er mist|mist een|missen onderdelen|onderdelen ontbreken|onderdeel ontbreekt|maar # van de|werkt niet|" +
    "werkt niet meer|werkt nog steeds niet|doet het niet|doet het niet meer|doet niks|doet niets|gaat niet aan|" +
    "start niet|laadt niet op|laadt niet|valt uit|valt steeds uit|hapert|crasht|loopt vast|blijft hangen|lekt|" +
    "lekte|lekken|lekkage|wiebelt|wiebelen|wiebelig|wankel|wankelt|zit los|zat los|losgekomen|losgelaten|laat los|" +
    "ligt open|openligt|scheef|verkleurd|verbleekt|gekrompen|uitgelopen|pluist|slechte kwaliteit|bagger kwaliteit|" +
    "waardeloze kwaliteit|kwaliteit is slecht|prutswerk|troep|rommel|namaak|nep|schimmel|beschimmeld|bedorven|" +
    "over de datum|rauw|koud aangekomen|koud bezorgd|was koud|ijskoud|lauw|geplet|doorweekt|nat aangekomen|vies|" +
    "smerig|stinkt|ruikt vies|haar in mijn|ingeklapt|afgebroken|brak af|bladdert|roest|roestig|piept|kraakt|" +
    "maakt herrie|" +
    "" +
    "inloggen lukt niet|kan niet inloggen|geblokkeerd|verkeerde doos|verkeerde pakket|verkeerde maaltijd|" +
    "verkeerde pizza|kuil|ingezakt|knippert nog steeds|knippert rood|in stukken aan|lag haar|haar in de|maar twee gekregen|maar # gekregen|" +
    "doet het maar aan|maar aan een kant",
  delivery:
    "niet geleverd|niet bezorgd|nooit geleverd|nooit bezorgd|nooit aangekomen|niet aangekomen|nog niet binnen|" +
    "nog steeds niet|nog altijd niet|nog steeds geen|nog altijd geen|nogsteeds niet|nogsteeds geen|niet ontvangen|" +
    "nooit ontvangen|niks ontvangen|niets ontvangen|nog niks|nog niets|waar blijft|waar blijven|waar is mijn|" +
    "waar zijn mijn|waar is ons|waar is onze|waar blijft mijn|pakket kwijt|pakketje kwijt|kwijtgeraakt|" +
    "kwijt geraakt|zoekgeraakt|zoek geraakt|is zoek|verloren|vertraging|vertraagd|vertraagde|te laat|" +
    "veel te laat|uitgesteld|weer uitgesteld|verschoven|al weken niks|al dagen niks|al weken geen|al dagen geen|" +
    "al maanden geen|al maanden op|al weken op|al dagen op|al een week|" +
    "al twee weken|al drie weken|al # weken|al # dagen|al # maanden|al # minuten|wacht al|wachten al|ik wacht nu|" +
    "wacht nu al|zit te wachten|sta te wachten|staat al # dagen|staat al dagen|track en trace|track trace|" +
    "staat nog steeds op|afgeleverd bij de buren|verkeerde adres|verkeerd adres|verkeerd afgeleverd|" +
    "bezorging mislukt|levering mislukt|mislukte bezorging|mislukte levering|niemand geweest|niemand gekomen|" +
    "niet komen opdagen|niet opgedaagd|kwam niet opdagen|niet gekomen|geen monteur|geen technieker|" +
    "in sorteercentrum|koffer kwijt|koffer zoek|bagage kwijt|is blijven staan|vlucht vertraagd|trein uitgevallen|" +
    "uitgevallen|overstap gemist|nog steeds aan het wachten|nog steeds niks|nog steeds niets|min later|" +
    "minuten later nog|kapot aangekomen|kapot aankwam|kwam binnen met een|kwam aan met een|geleverd met een|aangekomen met een|kapot geleverd|kapot was|niet reed|reed niet|" +
    "rijdt niet|nu een week verder|weken verder|zomaar verzet|is verzet|verdwenen|reservering niet",
  cancellation:
    "geannuleerd|geannuleerde|zomaar geannuleerd|gecanceld|gecanceled|afgelast|geschrapt|wil annuleren|" +
    "ik wil opzeggen|wil mijn abonnement opzeggen|opzeggen kan nergens|kan niet opzeggen",
  money:
    "terugbetaling|terugstorting|geld terug|mijn geld terug|ons geld terug|restitutie|niet teruggestort|" +
    "niet terugbetaald|nog niet terugbetaald|dubbel afgeschreven|twee keer afgeschreven|2x afgeschreven|" +
    "keer ben afgeschreven|dubbel betaald|twee keer betaald|twee keer gerekend|dubbel gerekend|te veel betaald|" +
    "te veel afgeschreven|te veel gerekend|teveel betaald|teveel afgeschreven|onterecht afgeschreven|" +
    "onterecht in rekening|zomaar afgeschreven|afgeschreven|afgeschreven zonder|van mijn rekening gehaald|" +
    "van mn rekening|van mijn creditcard|factuur klopt niet|rekening klopt niet|klopt niet|klopt niks van|" +
    "extra kosten|verborgen kosten|prijs verhogen|prijsverhoging|ineens duurder|ineens meer|betaal ineens|" +
    "borg terug|alleen een voucher|een voucher aangeboden|niet vergoed|wordt niet vergoed|geld kwijt|geld weg|" +
    "niks besteld|niets besteld|nooit besteld|nooit geboekt|nooit afgesloten|aanmaning|incassobureau|" +
    "administratiekosten|je blauw aan|geld ook terug",
  service:
    "geen antwoord|geen reactie|geen warm water|geen verwarming|geen internet|geen bereik|geen netwerk|geen stroom|geen signaal|geen tv|zonder internet|zonder stroom|ligt eruit|ligt er weer uit|ligt plat|storing|storingen|foutmelding|geen enkele reactie|reageert niet|reageren niet|niemand reageert|" +
    "niemand neemt op|niemand die|niemand kan|niet bereikbaar|onbereikbaar|in de wacht|wachtrij|doorverbonden|" +
    "door te verbinden|doorgeschakeld|kastje naar de muur|slechte service|slechte klantenservice|" +
    "waardeloze service|waardeloze klantenservice|waardeloos|waardeloze|klantonvriendelijk|onbeschoft|" +
    "onvriendelijk|brutaal|niet geholpen|niet verder geholpen|weet van niks|wisten van niks|weten van niks|" +
    "afgescheept|afgewimpeld|oplichting|oplichters|oplichterij|opgelicht|bedrog|bedriegers|zakkenvullers|dieven|" +
    "schande|schandalig|schandelijk|belachelijk|bedroevend|teleurgesteld|teleurstellend|teleurstelling|" +
    "ontevreden|klacht|klachten|wanprestatie|amateurs|amateuristisch|prutsers|knoeiers|beunhazen|incompetent|" +
    "niet normaal|niet oke|onacceptabel|onaanvaardbaar|te gek voor woorden|rampzalig|een drama|wat een drama|" +
    "een ramp|wat een ramp|puinhoop|rotzooi|kutbedrijf|klotebedrijf|kutservice|jammer dat|alleen jammer|" +
    "wel jammer|helaas|hoe kan het dat|hoe kan het|hoezo|sinds wanneer|waarom is mijn|waarom is er|waarom krijg ik|" +
    "waarom word ik|waarom moet ik|waarom duurt|waarom zomaar|waarom kan ik|uitleggen waarom|wat moet ik nou|" +
    "is het normaal dat|normaal dat|een ander verhaal|rekbaar begrip|laatste update|sinds de update|" +
    "identificatie mislukt|probeer het later opnieuw|betaling mislukt|doorverkocht|mislukt|mislukte|lukt niet|" +
    "lukte niet|lukt steeds niet|lekkage|slecht|slechte|zonder antwoord|zonder koelkast|zonder verwarming|" +
    "zonder water|geen stap verder|niks klopt|wat een zooi|zooi|kuil|ruikt naar gas|mist de|mist het|verdubbeld|waarom mijn|hoe vaak moet ik|geen van allen|niet herken|die ik niet herken|is dit een grap",
  demands:
    "ik wil mijn geld terug|wil mijn geld terug|ik wil geld terug|ik eis|eis mijn|eis een|ik wil een nieuwe|" +
    "stuur een nieuwe|los het op|los dit op|los dit nu op|regel het|regel dit|fix het|fix dit|zorg dat|" +
    "zorg ervoor|bel me terug|bel mij terug|bel me gewoon terug|bel me maar|bel mij maar|graag een reactie|" +
    "ik wil een reactie|ik verwacht|nu oplossen|vandaag nog|is er iemand|leest iemand|leest er iemand|" +
    "kan iemand het|iemand die wel|reageer eens|reageer nou|doe er wat aan|doe er iets aan|doe iets|ik wil compensatie|eis compensatie|" +
    "schadevergoeding|ff naar kijken|naar kijken aub|kijk er naar|graag terugstorten|terugstorten aub|terugbetalen aub|terugbetalen|los het gewoon op|los het nou op|" +
    "ik wil een manager|leidinggevende|ik wil nu|wie komt dit|nu oplossen",
  anger:
    "ik ben er klaar mee|ben er klaar mee|er klaar mee|ik ben het zat|ben het zat|het zat|spuugzat|kotsbeu|" +
    "ik ben het beu|ben het beu|strontziek|doodziek van|ik word er gek van|ik ben woest|ben echt woest|ik ben kwaad|ben echt kwaad|ik ben woedend|ben echt woedend|ik ben razend|pissig|" +
    "gefrustreerd|frustrerend|genoeg is genoeg|nu is het genoeg|nooit meer|nooit weer|absurd|triest|" +
    "diep triest|wat een grap|een lachertje|lachertje|kutzooi|klote|godverdomme|godsamme|verdomme|tering|" +
    "teringzooi|wtf|pfff|zucht|ongelofelijk slecht|ongelooflijk slecht|niet te geloven|onbegrijpelijk|" +
    "onvoorstelbaar|dit kan echt niet|dit kan niet|te erg|serieus??|so done|ik ben zo klaar",
  neutral:
    "bedankt voor de snelle terugbetaling|dank voor de terugbetaling|terugbetaling ontvangen|geld terug ontvangen|" +
    "geld stond weer|geld stond binnen|probleem opgelost|alles opgelost|is opgelost|netjes opgelost|" +
    "super opgelost|snel opgelost|geen probleem|geen gedoe|zonder gedoe|zonder problemen|zonder enig gedoe|" +
    "zonder enig probleem|op tijd|precies op tijd|eerder dan gepland|eerder dan verwacht|sneller dan verwacht|" +
    "geen klachten|niks te klagen|niets te klagen|geen enkel probleem|ondanks de sneeuw|toch nog|geworden|ingepakt|verpakt|niet slecht|snelle terugstorten|het terugstorten",
  putRight:
    "hebben ze opgelost|heeft het opgelost|heeft alles opgelost|hebben het opgelost|hebben alles opgelost|" +
    "super opgelost|netjes opgelost|meteen opgelost|direct opgelost|snel opgelost|nieuwe gestuurd|" +
    "een nieuwe gestuurd|nieuwe opgestuurd|stond er een nieuwe|kreeg ik een nieuwe|kreeg een nieuwe|" +
    "meteen vervangen|gratis vervangen|direct vervangen|vervangen zonder|alsnog geleverd|alsnog bezorgd|" +
    "dezelfde avond nog|dezelfde dag nog|volgende dag al|meteen teruggestort|netjes teruggestort|" +
    "hebben hem ~ afgeleverd|kwam brengen|doet het weer|werkt weer|alles werkt weer|ik was ~ woest toen|" +
    "ik was ~ boos toen|had eerst gedoe|eerst gedoe|was eerst ~ maar|een nieuwe gekregen|stond er gewoon een nieuwe|" +
    "gratis gerepareerd|heeft hem gerepareerd|hebben hem gerepareerd|snel gerepareerd|heeft verholpen|" +
    "snel verholpen|meteen verholpen|maakt veel goed|maakt het goed|en nu perfect|en nu werkt|" +
    "binnen een dag teruggestort|snel teruggestort",

  praise:
    "bedankt|dankjewel|dank je wel|dankuwel|dank u wel|dank jullie wel|merci|dikke merci|top|topper|toppers|" +
    "topteam|topservice|super|supervriendelijk|superblij|supersnel|geweldig|geweldige|fantastisch|fantastische|" +
    "prachtig|prachtige|mooi|mooie|schitterend|perfect|perfecte|uitstekend|uitstekende|voortreffelijk|" +
    "heerlijk|heerlijke|lekker|blij|tevreden|aanrader|aan te raden|raad ik aan|beste|de beste|vet|vetste|" +
    "chapeau|petje af|hulde|complimenten|compliment|pluim|dikke pluim|respect|hartelijk dank|hartstikke bedankt|" +
    "hartstikke goed|goed geholpen|fijn|fijne|vriendelijk|vriendelijke|behulpzaam|behulpzame|netjes|keurig|" +
    "snel geholpen|snel geleverd|snelle levering|snelle service|goede service|in recordtijd|dikke 10|" +
    "een 10|vijf sterren|5 sterren|ga zo door|zo hoort het|kan niet beter|wauw|waanzinnig|geniaal|briljant|" +
    "goed gedaan|knap gedaan|komen zeker terug|kom zeker terug|brandschoon|dag gered|mijn dag gered|" +
    "eindelijk weer|doet wat ze belooft|doet wat ze beloven|geregeld|goed bezig met|heeft alles opgelost|netjes opgelost|super opgelost|snel opgelost|makkelijk|zo makkelijk|gemakkelijk|" +
    "verdient een bonus|verdient een pluim|verdient een medaille|snelle bezorging|snel bezorgd|vlotte|vlot|" +
    "vlot geleverd|lieve|lief|zo lief|nice|gaaf|love it|so good",
  negations: "niet|geen|nooit|allesbehalve|verre van|totaal niet|helemaal niet|bepaald niet|nie|ni",
  notPraise:
    "nog nooit zo|alvast bedankt|bij voorbaat dank|alvast dank|dank alvast|dank je alvast|met vriendelijke groet|" +
    "vriendelijke groet|vriendelijke groeten|groetjes|mvg",
  sarcasm:
    "lekker bezig|lekker dan|goed bezig hoor|goed bezig weer|top service ~ wachten|top service ~ weken|" +
    "lekker klantvriendelijk|als je van wachten houdt|als je houdt van wachten|mooie belofte|inmiddels is het|" +
    "te veel gevraagd|te veel moeite|next level slecht|top service ~ zonder|top service ~ geen|heel fijn dat|" +
    "super fijn zo'n|echt klantvriendelijk|klantvriendelijk hoor|mooi hoor|fijn hoor|bedankt hoor|dankjewel ~ 🙃|" +
    "dank je wel hoor|bedankt voor niks|bedankt voor niets|dank je voor niks|lekker muziekje|top geregeld hoor|" +
    "goed geregeld hoor|knap hoor|prachtig hoor|geweldig hoor|super hoor|leuk hoor|succes ermee|vraag voor een vriend|" +
    "my ass",

  questionStart:
    "hoe|hoeveel|hoelang|hoe lang|wanneer|waarom|welk|welke|kan ik|kun je|kunnen jullie|kunt u|mag ik|mag een|" +
    "moet ik|heb ik|hebben jullie|heeft de|heeft het|is het|is er|zijn er|zijn jullie|bezorgen jullie|" +
    "leveren jullie|verkopen jullie|komt de|komt het|werkt de|werkt het|doen jullie|geldt|tot wanneer|" +
    "tot hoe laat|vanaf wanneer|vanaf welk|vanaf hoeveel|is dit|is die|is deze|zit er|krijg ik|kan mijn|" +
    "kan het|vraagje|even een vraag|snelle vraag|klopt het dat|is het mogelijk|wat kost|wat kosten|wat is|" +
    "wat zijn|wat voor|waar kan|waar vind|waar moet|verzenden jullie|kan iemand mij|is de|zijn de|is jullie|gaat de|hebben de",
  questionAnywhere:
    "hoeveel|hoelang|hoe lang duurt|vanaf welk|tot wanneer|tot hoe laat|is het mogelijk|mogelijk om|" +
    "ik vroeg me af|vroeg me af|graag weten|zou graag willen weten",
  notForBrand:
    "is hier nog iemand|nog iemand die|nog iemand hier|vindt nog iemand|ben ik de enige|wie is er ook|wie kijkt|" +
    "wie nog meer|iemand anders ook|groetjes uit|groeten uit|groetjes vanuit|hallo vanuit|hallo uit|" +
    "de groeten uit|eerste!|als eerste|tag even|ik tag|mam kijk|pap kijk|zei ik toch|mee eens|hahaha|jij wilde toch|" +
    "hebben wij ook|jullie nieuwe huis|lekker weertje|lekker weer|prachtig weer|mooi weer|fijne zondag|" +
    "fijne dag allemaal|fijn weekend allemaal|goedemorgen allemaal|goedenavond allemaal|lekker weekend gehad|" +
    "mam|in de reclame|in deze reclame|uit de reclame|die reclame|deze reclame|dat liedje|" +
    "waar is deze foto|als die in de video|die in de video|goedenavond vanuit|goedemorgen vanuit",

  urgency: {
    legal:
      "mijn advocaat|onze advocaat|een advocaat in|advocaat ingeschakeld|advocaat inschakelen|naar een advocaat|" +
      "juridische stappen|juridisch|rechtszaak|naar de rechter|dagvaarding|dagvaarden|aansprakelijk stellen|" +
      "aansprakelijk|ingebrekestelling|in gebreke|geschillencommissie|consumentenbond|acm|consuwijzer|" +
      "test aankoop|testaankoop|ombudsman|ombudsdienst|kifid|juridisch loket|rechtsbijstand|aangifte doen|" +
      "aangifte gedaan|aangifte bij de politie|fod economie|autoriteit consument",
    safety:
      "in brand|in de brand|brand gevlogen|brandgevaar|brandlucht|brandweer|vlam gevat|in vlammen|vlammen|" +
      "begon te roken|rookt|rookte|rook uit|rookontwikkeling|ontploft|ontplofte|explodeerde|geexplodeerd|vonken|" +
      "kortsluiting|een schok|schok gekregen|stroomschok|elektrische schok|onder stroom|gaslucht|gaslek|ruik gas|" +
      "brandwond|brandwonden|verbrand|zich gesneden|me gesneden|snijwond|glasscherf|glasscherven|scherven|" +
      "bloedde|bloedt|gewond|verwond|ruikt naar gas|letsel|ziekenhuis|spoedeisende hulp|eerste hulp|een buil|flinke buil|" +
      "voedselvergiftiging|vergiftigd|moest overgeven|allergische reactie|levensgevaarlijk|werd gloeiend heet|" +
      "wordt gloeiend heet|oververhit|smolt|gesmolten",
    churn:
      "overstappen naar|stap over naar|stap ik over|stappen over naar|ik stap over|we stappen over|" +
      "overgestapt naar|overgezet naar|naar de concurrent|bij de concurrent|andere provider|andere aanbieder|" +
      "andere bank|andere energieleverancier|ander energiebedrijf|zeg mijn abonnement op|zeg mijn account|" +
      "account maar op|ik zeg op|ik zeg mijn ~ op|account opheffen|rekening opheffen|zijn we weg|weg bij jullie|" +
      "ben ik weg|nooit meer|klant af|ik ben klant af|een klant kwijt|een klant armer|laatste keer dat ik",
    press:
      "ik ben journalist bij|journalist bij|journalist van|als journalist bij|onderzoeksjournalist|" +
      "journaliste bij|verslaggever|redactie|naar de krant|de krant bellen|in de krant|regionale krant|" +
      "schrijf een stuk|een stuk over|artikel over|reportage|naar kassa|bij kassa|aan kassa|kassa sturen|" +
      "kassa mailen|naar radar|bij radar|aan radar|radar sturen|radar mailen|radar gemaild|tros radar|" +
      "kassa gemaild|de media|naar de media|media inschakelen|tv programma|op tv|mijn volgers|al mijn volgers|" +
      "woordvoerder|viral",
    repeat:
      "al # keer gebeld|al # keer gemaild|# keer gebeld|# keer gemaild|# keer geupload|# keer opgestuurd|" +
      "twee keer gebeld|drie keer gebeld|vier keer gebeld|twee keer gemaild|drie keer gemaild|keer geupload|" +
      "2x gebeld|3x gebeld|4x gebeld|5x gebeld|2x gemaild|3x gemaild|4x gemaild|3x contact|2x contact|" +
      "meerdere keren gebeld|meerdere keren gemaild|meerdere keren contact|tweede keer dat ik|derde keer dat ik|" +
      "vierde keer dat ik|2e keer dat ik|3e keer dat ik|4e keer dat ik|5e keer dat ik|zoveelste keer|" +
      "zoveelste mail|zoveelste telefoontje|beloofd terug te bellen|zouden terugbellen|nooit teruggebeld|" +
      "niet teruggebeld|zegt elke keer|zeggen elke keer|zegt iedere keer|elke keer dat ik bel|elke keer een ander|" +
      "steeds een ander verhaal|mijn verhaal moet doen|verhaal opnieuw|opnieuw uitleggen|al eerder gemeld|" +
      "al gemeld|al gemaild|al gebeld|al contact gehad|weken geen antwoord|dagen geen antwoord|" +
      "geen antwoord op mijn|hoe vaak moet ik nog bellen|hoe vaak moet ik nog mailen|nog steeds geen antwoord|nog steeds geen reactie|derde keer dat|keer dat ik het vraag",
  },

  grammar: {
    personal: "ik|mijn|mn|m'n|me|mij|we|wij|ons|onze",
    why: "waarom",
    but: "maar|alleen",
    not: "niet|geen|nooit",
    still: "nog steeds|weer|maar|ook|opnieuw|alweer",
    had: "had|hadden",
    nobody: "niemand",
    answers: "reageert|antwoordt|belt terug|helpt|neemt op",
    figurative: "ik ben journalist en|ik ben advocaat en|als journalist|als advocaat",
  },
  spam:
    "verdien|verdienen vanuit huis|vanuit huis verdienen|bijverdienen|passief inkomen|snel geld|geld lenen zonder|" +
    "lening nodig|lenen zonder|zonder bkr|bkr toetsing|crypto coach|cryptocoach|bitcoin|investeerde|" +
    "per maand gegarandeerd|gegarandeerd rendement|volg mij|volg voor volg|volgvoorvolg|ik volg jou terug|" +
    "volg ik terug|volgers kopen|meer volgers|echte nederlandse volgers|gratis volgers|likes kopen|" +
    "bekijk mijn kanaal|check mijn kanaal|check mijn tiktok|check mijn profiel|abonneer op mijn|link in bio|" +
    "link in mijn bio|merkambassadeur|merkambassadeurs|gefeliciteerd u bent|gefeliciteerd je bent|" +
    "je bent geselecteerd|u bent geselecteerd|gelukkige winnaar|je hebt gewonnen|u heeft gewonnen|claim hier|" +
    "claim je prijs|verifieer uw|verifieer je|bevestig uw|bevestig nu|uw rekening is geblokkeerd|wordt opgeschort|" +
    "verzendkosten betaald|bankgegevens in|privefoto's|ongecensureerd|whatsapp hem|whatsapp haar|reageer met ja|" +
    "stuur info|stuur 'info'|lees mijn blog|miljonair|promoten je merk|wij promoten|verkoop accounts|" +
    "online casino|casino|verdachte betaling|netflix accounts|goedkope accounts|klik hier om|tegoed klik|k volgers|volgers in een week|dm voor prijzen|voor de beste aanbiedingen|de beste deals",
  spamWeak:
    "gratis|winactie|winnen|klik hier|klik op de link|kortingscode|actiecode|giveaway|weggeven|geeft ~ weg|" +
    "like en deel|like deel|deel dit bericht|tag vrienden",
};
