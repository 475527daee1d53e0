import type { LanguageLexicon } from "./language.ts";

// Italian as customers write it on social media in Italy and Ticino: with and without accents ("perché", "perche",
// "perche'"), with the shorthand of chats ("nn", "cmq", "xké"), regional slang ("raga", "aò"), and English words
// where Italians use them ("customer care", "ticket", "tracking", "top"). Terms are folded (no accents, lower case).
// Words that are ordinary in another language we read are left out or only used inside a phrase: "passo a" is also
// "I'll pick you up" ("ti passo a prendere"), "articolo" is also an item of an order, "recesso" is also the right to
// return an order, "quotidiano" is also "daily".

export const it: LanguageLexicon = {
  language: "it",
  functionWords:
    "soldi|ridatemi|restituitemi|rimborsatemi|sto|sta|stai|stanno|stiamo|fate|fanno|facciamo|questi|quelli|nostro|nostra|nostri|vostri|vostre|" +
    "gia|cosi|allora|quindi|cioe|ecco|mah|boh|vabbe|vabbè|beh|raga|ragazzi|cmq|nn|xke|xké|xche|xché|tt|" +
    "qlc|qualcosa|nulla|subito|dopo|domani|settimane|mesi|ore|minuti|arrivato|arrivata|arrivati|consegnato|" +
    "consegnata|ordinato|ordinata|ricevuto|pagato|scritto|chiamato|risposto|detto|voglio|dovete|potrei|sapete|" +
    "avevo|aveva|avrei|stati|essere|fare|buonasera|scusate|agli|sugli|sulle|degli|nelle|negli|coi|sullo|" +
    "questa|qua|meno|troppo|tutti|tutte|ogni|nessuna|corriere|reso|bolletta|assistenza|divano|tavolo|sedia|" +
    "perchè|perché|più|già|così|però|c'è|cos'è|dov'è|com'è|un'altra|l'ho|l'ha|m'ha|nient'altro|po'|" +
    "davvero|proprio|invece|almeno|purtroppo|comunque|neanche|nemmeno|manco|mica|qualche|" +
    "altro|altra|altri|niente|ancora|molto|tutto|anche|sono|siamo|siete|ho|hai|abbiamo|hanno|" +
    "spedizione|spedizioni|spedite|spedito|spedita|consegne|consegnate|consegnare|prezzi|prezzo|saldi|sconto|" +
    "sconti|negozi|taglia|taglie|colore|colori|accettate|pagare|bonifico|fattura|scontrino|garanzia|" +
    "montaggio|materasso|armadio|cucina|cuscino|cuscini|letto|comodino|tappeto|scrivania|divani|tavoli|sedie|" +
    "bagaglio|valigia|biglietto|prenotazione|albergo|bollette|contatore|operatore|abbonamento|bonifico|ordini|" +
    "ordinare|arriva|arrivare|arrivo|ricevere|aspetto|aspettare|mandato|inviato|chiesto|saputo|capito|trovato|" +
    "comprato|preso|messo|rimasto|tornato|cambiato|risolto|volevo|vuole|vogliono|dovrei|dovrebbe|sarebbe|" +
    "sarà|saranno|abito|abitiamo|saluti|saluto|metti|condividi|clicca|iscriviti|seguici|regaliamo|vinci|svizzera|" +
    "italiani|italiane|iniziano|inizia|finisce|funziona|funzionano|riesco|riuscito|chiedo|chiedere|sapere|" +
    "vedere|visto che|insomma|ormai|magari|appena|tramite|presso|oppure|neppure|parecchio",

  product:
    "sgonfio|sgonfia|sgonfi|sgonfie|in mille pezzi|solo uno su due|un solo cuscino|arrivato solo|arrivata solo|ne e arrivato solo|ne e arrivata solo|lasciata a meta|montato a meta|montata a meta|rotto|rotta|rotti|rotte|si e rotto|si e rotta|si sono rotti|si sono rotte|danneggiato|danneggiata|" +
    "danneggiati|danneggiate|difettoso|difettosa|difettosi|difettose|graffiato|graffiata|graffiati|graffio|graffi|" +
    "ammaccato|ammaccata|ammaccatura|ammaccature|scheggiato|scheggiata|scheggiati|crepato|crepata|incrinato|" +
    "incrinata|macchiata|macchiati|macchia|macchie|strappato|strappata|strappo|bucato|bucata|non funziona|" +
    "non funzionano|non funziona piu|ha smesso di funzionare|smesso di funzionare|non va piu|non si accende|" +
    "non si accendono|non si chiude|non si chiudono|non si apre|non si aprono|non si e ancora aperto|non parte|" +
    "non carica|non si carica|pessima qualita|qualita scadente|scadente|scadenti|traballa|traballano|traballante|" +
    "dondola|cigola|cigolano|scricchiola|scricchiolano|fa rumore|fa un rumore|fa un ronzio|ronzio|ronza|" +
    "si stacca|si staccano|si e staccato|si e staccata|si sono staccati|staccato|staccata|staccati|sfondato|" +
    "sfondata|si e sfondato|si e sfondata|si e aperto sul fondo|si e abbassato|si e abbassata|avvallamento|" +
    "sgonfiato|sgonfiati|sgonfiata|si e ristretto|si e ristretta|ristretto|ristretta|stinto|stinta|scolorito|" +
    "scolorita|ha stinto|fa i pallini|ha fatto i pallini|pallini|pelucchi|perde pelo|perde colore|puzza|puzzano|" +
    "puzza di|odore di plastica|odore chimico|bagnato|bagnata|bagnati|fradicio|muffa|ammuffito|arrugginito|" +
    "arrugginita|manca|mancano|mancava|mancavano|mancante|mancanti|incompleto|incompleta|solo uno su due|" +
    "sbagliato|sbagliata|sbagliati|sbagliate|taglia sbagliata|colore sbagliato|modello sbagliato|" +
    "non corrisponde|non corrispondono|non e quello che ho ordinato|non e quello che ho pagato|non e quello che ho chiesto|" +
    "diverso dalla foto|diversa dalla foto|diversi dalla foto|non c'entra niente|non c'entra nulla|in foto sembrava|" +
    "e normale che|e normale|ma e normale|storto|storta|storti|piegato|piegata|deformato|deformata|" +
    "pende|pendono|non e dritto|sembra di plastica|si e rovinato|si e rovinata|rovinato|rovinata|rovinati|" +
    "rovinate|distrutto|distrutta|distrutti|a pezzi|non si riesce|impossibile da montare|" +
    "non si monta|fori sbagliati|non combaciano|non combacia|sono piu basse|e piu bassa|e piu basso|" +
    "veste piccolo|veste piccola|veste come|due taglie piu piccola|due taglie piu piccolo|si scuce|scucito|" +
    "scucita|cucitura aperta|cerniera rotta|la cerniera|si e bloccato|si e bloccata|si blocca|si inceppa|" +
    "inceppato|perde acqua|perdite d'acqua|allaga|gocciola|senza gambe|senza viti|senza ante|senza istruzioni|" +
    "mezzo tavolo|lasciato a meta|truciolato|di cartone|fatto male|fatta male|fatti male",
  delivery:
    "lanciato il pacco|ha lanciato il pacco|consegnato all'indirizzo sbagliato|consegnato a un altro indirizzo|consegnato a un indirizzo diverso|sono # giorni che|sono # settimane che|sono # mesi che|e da # giorni che|e da # settimane che|non e arrivato|non e arrivata|non sono arrivati|non sono arrivate|non e ancora arrivato|" +
    "non e ancora arrivata|non mi e arrivato|non mi e arrivata|non mi e ancora arrivato|non mi e arrivato niente|" +
    "mai arrivato|mai arrivata|mai arrivati|mai arrivate|non arriva|non arrivano|non arriva mai|non e mai arrivato|" +
    "non e mai arrivata|ancora niente|ancora nulla|ancora non|ancora nessuna|ancora nessun|non ho ricevuto|" +
    "non abbiamo ricevuto|mai ricevuto|mai ricevuta|mai ricevuti|nessuno si e presentato|nessuno e venuto|" +
    "non si e presentato|non si e presentata|non si e visto nessuno|non si e visto|non e passato nessuno|" +
    "ritardo|in ritardo|ritardi|ritardato|ritardata|rinviata|rinviato|rinvio|rinvii|posticipata|posticipato|" +
    "spostata di nuovo|spostato di nuovo|rimandata|rimandato|dov'e il mio|dov'e la mia|dove e il mio|dove e la mia|" +
    "dov'e finito|dov'e finita|dove e finito|dove e finita|che fine ha fatto|che fine hanno fatto|" +
    "dove sono finiti|perso il pacco|pacco perso|pacco smarrito|smarrito|smarrita|smarriti|disperso|dispersa|" +
    "tracking fermo|e fermo|e ferma|fermo da|ferma da|fermo a|fermo in|bloccato in|bloccato a|" +
    "ancora in preparazione|in preparazione da|in lavorazione da|risulta consegnato|risulta consegnata|" +
    "segnato come consegnato|segnato consegnato|dice consegnato|dice consegnata|risulta in consegna|" +
    "sto ancora aspettando|ancora aspetto|aspetto ancora|aspetto da|sto aspettando|stiamo aspettando|" +
    "aspettiamo da|aspettando da|" +
    "nessuna notizia|nessun aggiornamento|" +
    "nessuna comunicazione|nessun avviso|lasciato al vicino|lasciato dal vicino|lasciato a un vicino|lasciato fuori|" +
    "lasciato davanti|lasciato in portineria|lasciato nell'androne|lanciato oltre|tornato indietro|" +
    "torna indietro|rispedito al mittente|destinatario sconosciuto|mancata consegna|consegna mancata|" +
    "tentata consegna|tentato la consegna|senza avvisare|senza preavviso|senza dirmi niente|volo cancellato|" +
    "volo annullato|volo spostato|coincidenza persa|bagaglio smarrito|bagaglio perso|valigia persa|" +
    "valigia smarrita|valigia rimasta|la mia valigia no|non pervenuto|consegnato a un altro indirizzo|" +
    "consegnato al vicino|nessuno mi sa dire|" +
    "nessuno sa dirmi|nessuno sa dirci|nessuno ci ha avvisati|nessuno mi ha avvisato|non mi ha avvisato nessuno|" +
    "arrivata fredda|arrivato freddo|arrivato il giorno dopo|arrivata il giorno dopo|" +
    "arrivato in ritardo|arrivata in ritardo|dopo un'ora e mezza|altre # settimane|altri # giorni",
  cancellation:
    "annullato|annullata|annullati|annullate|ordine annullato|hanno annullato|avete annullato|mi avete annullato|" +
    "voglio annullare|vorrei annullare|annullare l'ordine|annullatemi|cancellato l'ordine|cancellata la prenotazione|" +
    "prenotazione cancellata|voglio disdire|disdetta",
  money:
    "rimborso|rimborsi|rimborsate|rimborsatemi|rimborsarmi|mi rimborsate|i miei soldi|soldi indietro|" +
    "ridatemi i soldi|rivoglio i soldi|rivoglio i miei soldi|restituitemi|addebitato due volte|addebitata due volte|" +
    "addebitati due volte|addebito doppio|doppio addebito|doppia addebitazione|due volte l'importo|" +
    "pagato due volte|scalato due volte|scalati due volte|mi avete addebitato|mi hanno addebitato|" +
    "mi addebitate|mi avete scalato|mi hanno scalato|mi avete fatto pagare|mi hanno fatto pagare|" +
    "mi avete trattenuto|trattenuto|trattenuti|prelevato|prelevati|conguaglio|bollette assurde|" +
    "bolletta assurda|bolletta triplicata|bolletta raddoppiata|costi nascosti|spese non dovute|non dovuti|" +
    "mi avete fatturato|fatturato|soldi buttati|euro buttati|buttati|pagato per niente|soldi persi|mi avete rubato|" +
    "addebitato|addebitata|addebitati|chi mi ridà|chi mi rida|chi mi restituisce|" +
    "chi me li ridà|chi me li rida|chi mi rimborsa|chi mi paga|chi paga|rinnovato in automatico|" +
    "senza nessun preavviso|aumento in bolletta|aumento della bolletta|mi avete cambiato tariffa",
  service:
    "non e possibile che|non si puo lavorare|non si puo andare avanti|errore|errori|errore #|non riesco ad accedere|non riesco a entrare|non riesco ad entrare|non mi fa entrare|" +
    "non mi fa accedere|non mi fa pagare|non riesco a pagare|non riesco a fare|si blocca|si chiude da sola|" +
    "si chiude da solo|crasha|non si apre piu|pagamento rifiutato|rifiutato|rifiutata|rifiutati|nessuno risponde|" +
    "nessuno mi risponde|nessuno ci risponde|nessuna risposta|zero risposte|senza risposta|non rispondete|" +
    "non rispondete mai|non risponde nessuno|non risponde mai nessuno|non rispondono|nessun riscontro|" +
    "zero feedback|nessuno si degna|maleducato|maleducata|maleducati|scortese|scortesi|sgarbato|sgarbata|" +
    "inutile|inutili|pessimo|pessima|pessimi|pessime|servizio pessimo|pessimo servizio|disservizio|disservizi|" +
    "deluso|delusa|delusi|deluse|deludente|deludenti|delusione|frustrante|arrabbiato|arrabbiata|schifo|fa schifo|" +
    "che schifo|schifezza|vergogna|vergognoso|vergognosa|vergognatevi|ridicolo|ridicola|ridicoli|assurdo|assurda|" +
    "inaccettabile|inammissibile|truffa|truffe|truffatori|truffato|truffata|ladri|presa in giro|prendete in giro|" +
    "ci prendete in giro|mi prendete in giro|reclamo|reclami|senza spiegazione|nessuna spiegazione|" +
    "senza motivo|cosa e successo|state scherzando|ma state scherzando|e uno scherzo|scandaloso|" +
    "scandalosa|peggiore|il peggiore|la peggiore|i peggiori|orribile|orrendo|terribile|penoso|penosa|pietoso|" +
    "imbarazzante|vi sembra normale|vi sembra giusto|vi sembra accettabile|e accettabile|non e accettabile|" +
    "non e normale|non si fa cosi|non si lavora cosi|non si puo lavorare|" +
    "chiuso il telefono in faccia|in attesa da|in linea da|musichetta|cade la linea|caduta la linea|" +
    "mi ha chiuso la chat|un bot che non capisce|nessuno mi ha detto|nessuno ci ha detto|disastro|un disastro|" +
    "incompetenti|incompetenza|dilettanti|esiste ancora|avete chiuso|customer care inesistente|assistenza inesistente|" +
    "servizio clienti inesistente|ticket aperto|sconsiglio|non vi consiglio|non lo consiglio|da evitare|" +
    "evitate|non ordinate|non comprate|che delusione|un incubo|da incubo|peggio|sempre peggio|" +
    "colpa vostra|per colpa vostra|mi avete attivato|attivato senza|mai chiesto|non ho mai chiesto|" +
    "mi avete cambiato|ho perso il treno|ho perso il volo|ho perso una giornata|giornata persa|giorno di ferie|" +
    "siamo per strada|siamo in aeroporto|non risulta|non risulta niente|senza linea|senza internet|senza luce|" +
    "senza gas|senza riscaldamento|senza acqua calda|internet salta|non prende|non va internet|va a # mega|" +
    "letture stimate|mi avete clonato|clonata|sporco|sporca|sporchi|pieno di briciole|camera non pronta|" +
    "nessuno alla reception|stufo|stufa|furioso|furiosa",
  demands:
    "pretendo il rimborso|pretendo una risposta|pretendo i miei soldi|pretendo delle scuse|c'e qualcuno li|c'e qualcuno che legge|c'e qualcuno che risponde|sistemate|sistemate questa cosa|risolvete|risolvete il problema|voglio il rimborso|voglio un rimborso|" +
    "voglio i miei soldi|rivoglio i miei soldi|ridatemi i soldi|ridatemi i miei soldi|restituitemi i soldi|" +
    "esigo|voglio una risposta|voglio parlare con un responsabile|voglio parlare con qualcuno|" +
    "voglio parlare con una persona|qualcuno mi risponde|qualcuno mi risponda|qualcuno legge|qualcuno ~ legge|" +
    "c'e nessuno|rispondetemi|rispondete o no|ma rispondete|rispondete per favore|" +
    "datevi una mossa|sbrigatevi|fate qualcosa|aspetto una risposta|attendo una risposta|" +
    "attendo risposta|attendo ancora|voglio una soluzione|trovate una soluzione|richiamatemi|chiamatemi|" +
    "contattatemi|pretendo il rimborso|esigo il rimborso|esigo una risposta|pretendo una risposta|" +
    "sto ancora aspettando|aspetto ancora una risposta|restituitemi|rimborsatemi|" +
    "mi dite qualcosa|qualcuno mi dica|ditemi qualcosa|muovetevi",
  anger:
    "basta con|basta cosi|arrabbiato|arrabbiata|arrabbiatissimo|arrabbiatissima|furioso|furiosa|furibondo|furibonda|incazzato|" +
    "incazzata|incazzati|incavolato|incavolata|imbufalito|imbufalita|stufo|stufa|stufi|ora basta|adesso basta|" +
    "non ne posso piu|ne ho abbastanza|ne ho piene le scatole|ho perso la pazienza|inaccettabile|vergogna|" +
    "vergognatevi|che vergogna|una vergogna|e una vergogna|schifo|che schifo|mai piu|ma state scherzando|" +
    "scandaloso|indignato|indignata|esasperato|esasperata|siete dei ladri|ladri|truffatori|che delusione|" +
    "allucinante|sono nero|sono nera|non si puo andare avanti cosi|una presa in giro|ma che cavolo|" +
    "ma che cazzo|porca miseria|assurdo",
  neutral:
    "tempi di rimborso|tempi del rimborso|quanto tempo ci vuole per avere il rimborso|quanto ci vuole per il rimborso|come funziona il rimborso|come funziona il reso|come si chiede il rimborso|come richiedere il rimborso|grazie per il rimborso|grazie del rimborso|rimborso arrivato|rimborso ricevuto|ho ricevuto il rimborso|" +
    "mi hanno rimborsato|mi avete rimborsato|rimborsato tutto|rimborso velocissimo|rimborso in # giorni|" +
    "nessun problema|senza problemi|senza nessun problema|senza alcun problema|zero problemi|tutto risolto|" +
    "problema risolto|risolto tutto|risolto in|hanno risolto|mi hanno risolto|mi ha risolto|avete risolto|" +
    "niente da dire|nulla da dire|non ho niente da dire|nessun ritardo|senza ritardi|senza ritardo|" +
    "in perfette condizioni|niente di rotto|nessun graffio|zero graffi|non male|non e male|mica male|" +
    "nessuna sorpresa|senza sorprese|nessun costo extra|senza costi extra|reso facilissimo|reso velocissimo",
  putRight:
    "me ne hanno mandat*|me ne avete mandat*|me ne ha mandat*|me ne hanno spedit*|me ne ha spedit*|" +
    "me l'hanno sostituit*|l'hanno sostituit*|me l'hanno cambiat*|me l'hanno riportat*|me l'ha riportat*|" +
    "me l'hanno ricalcolat*|me l'hanno sistemat*|l'hanno sistemat*|l'ha sistemat*|me l'ha sistemat*|" +
    "hanno sistemato tutto|ha sistemato tutto|mi hanno ridato|mi hanno rimborsato|rimborsato in|riaccreditato|" +
    "riaccreditati|riaccreditata|sostituito in|sostituita in|in # ore avevo|il giorno dopo avevo|" +
    "il giorno dopo ne avevo|due giorni dopo avevo|hanno recuperato|hanno ritrovato|e stato ritrovato|" +
    "e stata ritrovata|ritrovato e consegnato|mi ha mandato un* nuov*|mi hanno mandato un* nuov*|" +
    "mi hanno mandato quell* giust*|mi e arrivata quella giusta|mi e arrivato quello giusto|" +
    "ne avevo un* nuov*|avevo quella nuova|avevo quello nuovo|hanno smontato e rimontato|" +
    "e venuto un tecnico e|problema risolto in|risolto in # minuti|risolto in # giorni|cambio velocissimo",

  praise:
    "quanto e bella|quanto e bello|quant'e bello|quant'e bella|la fine del mondo|andrebbe insegnato|semplicissimo|semplicissima|facilissimo|facilissima|chiarissime|chiarissimo|chiarissima|una nuvola|mantiene quello che promette|mantiene le promesse|non si trova piu gente|cosi non si trova piu|grazie|grazie mille|grazie di cuore|mille grazie|grazie davvero|bellissimo|bellissima|bellissimi|bellissime|" +
    "che bello|molto bello|molto bella|troppo bello|troppo bella|davvero bello|davvero bella|stupendo|stupenda|" +
    "stupendi|meraviglioso|meravigliosa|meravigliosi|meraviglia|che meraviglia|una meraviglia|fantastico|" +
    "fantastica|fantastici|ottimo|ottima|ottimi|ottime|perfetto|perfetta|perfetti|perfette|perfettamente|" +
    "eccellente|eccellenti|eccezionale|eccezionali|spettacolo|spettacolare|spettacolari|al top|top di gamma|" +
    "bravi|bravo|brava|bravissimi|bravissimo|bravissima|complimenti|consiglio|consigliatissimo|consigliatissima|" +
    "consigliatissimi|consigliato|consigliata|lo consiglio|la consiglio|vi consiglio|stra consigliato|" +
    "gentilissimo|gentilissima|gentilissimi|gentilissime|gentili|cortese|cortesissimo|cortesissima|" +
    "disponibilissimo|disponibilissima|disponibilissimi|professionali|professionalita|puntuale|puntualissimo|" +
    "puntualissima|puntualissimi|velocissimo|velocissima|velocissimi|rapidissimo|rapidissima|comodissimo|" +
    "comodissima|comodissimi|soddisfatto|soddisfatta|soddisfatti|soddisfattissimo|soddisfattissima|contento|" +
    "contenta|contentissimo|contentissima|felicissimo|felicissima|adoro|lo adoro|la adoro|innamorato|innamorata|" +
    "innamorati|mitici|mitico|mitica|figata|una figata|una bomba|e una bomba|da urlo|da paura|10 e lode|" +
    "cinque stelle|5 stelle|impeccabile|impeccabili|magnifico|magnifica|strepitoso|strepitosa|favoloso|favolosa|" +
    "ben fatto|fatto bene|fatta bene|qualita altissima|ottima qualita|ottimo servizio|servizio impeccabile|" +
    "onesti|serieta|affidabile|affidabili|efficienti|efficientissimi|vi adoro|vi amo|siete i migliori|" +
    "siete grandi|grandissimi|il migliore|la migliore|i migliori|fenomenali|top top|ricomprerei|lo ricomprerei|" +
    "torneremo|torneremo sicuramente|torneremo di sicuro|non vi cambio|non vi cambio piu|dormo come un sasso|" +
    "mi ha cambiato|non ci credevo|non me l'aspettavo|cosi si lavora|cosi si fa|non ci speravo|" +
    "vestibilita perfetta|pulitissima|pulitissimo|caldissima|buonissima|buonissimo|" +
    "grande tidewell|grazie ragazzi|merita|meritate|meritatissime|meritatissimo|ci troviamo benissimo|" +
    "mi trovo benissimo|benissimo|rarita|una rarita|splendido|splendida|incantevole|mozzafiato|strepitosa",
  negations:
    "non e|non sono|non e stato|non e stata|non sono stati|non molto|non tanto|non cosi|non proprio|non piu|" +
    "per niente|affatto|mica|nemmeno|neanche|manco|non troppo|tutt'altro che|tutto tranne",
  notPraise:
    "grazie in anticipo|grazie anticipatamente|ringrazio anticipatamente|vi ringrazio in anticipo|" +
    "grazie a chi mi rispondera|grazie a chi risponde|grazie per l'attenzione|grazie per la disponibilita|" +
    "cordiali saluti|distinti saluti|grazie mille in anticipo|grazie per la risposta",
  sarcasm:
    "grazie eh|grazie tante|grazie mille eh|grazie per niente|grazie di niente|grazie per avermi fatto perdere|" +
    "complimenti vivissimi|complimenti eh|bella roba|bel servizio davvero|proprio un bel servizio|" +
    "bravi a vendere|bravissimi a vendere|ormai e una tradizione|che bello aspettare|che bello pagare|" +
    "che bello spendere|che bello ricevere|ma bravi|bravi eh|bravissimi eh|ottimo eh|perfetto eh|perfetto proprio|" +
    "alla faccia del|alla faccia della|alla faccia dell'|bello eh|bella eh|",

  questionStart:
    "come|quando|quanto|quanta|quanti|quante|dove|dov'e|perche|perche'|qual|quale|quali|chi|cosa|che cosa|posso|" +
    "possiamo|potete|puoi|potreste|si puo|e possibile|c'e|ci sono|avete|fate|spedite|consegnate|accettate|" +
    "vendete|serve|servono|mi sapete dire|sapete|qualcuno sa|vorrei sapere|volevo sapere|volevo chiedere|" +
    "una domanda|domanda|info|informazioni|e vero che|ma il|ma la|ma i|scusate|buongiorno vorrei|salve vorrei|" +
    "fino a quando|entro quanto|in che|a che ora|che orari|che taglia|che dimensioni",
  questionAnywhere:
    "vorrei sapere|vorrei un'informazione|vorrei informazioni|volevo sapere|volevo chiedere|mi servirebbe sapere|" +
    "avrei una domanda|mi sapete dire|sapreste dirmi|potreste dirmi|mi potete dire|mi potete indicare",
  notForBrand:
    "c'e qualcun altro|qualcun altro ha|qualcun altro che ha|qualcun altro qui|un saluto a tutti|saluti a tutti|il cane nella foto|il gatto nella foto|il cane della foto|il gatto della foto|il cane del video|il gatto del video|di che razza|che razza e|la ragazza nella pubblicita|la ragazza dello spot|la canzone della pubblicita|la canzone dello spot|come si chiama la canzone|dove e stata scattata|dove e stata fatta la foto|chi e l'attrice|e un'attrice|chi e l'attore|qualcun'altro|chi altro|chi altri|sono l'unica|sono l'unico|sono io l'unica|sono io l'unico|" +
    "siete anche voi qui|anche voi qui per|anche a voi fa|chi e qui per|chi e qui solo per|io sono qui solo per|" +
    "qui solo per|tagga|taggo|taggate|tagga un amico|tagga chi|saluti da|saluti dalla|saluti dal|un saluto da|" +
    "un saluto dalla|un saluto dal|ciao a tutti da|un abbraccio da|buonanotte a tutti|buona domenica a tutti|" +
    "buon lunedi a tutti|buona serata a tutti|buongiorno a tutti e|primo commento|primaaa|primooo",

  urgency: {
    legal:
      "faccio denuncia|fare denuncia|faro denuncia|una denuncia|denuncia ai carabinieri|denuncia alla polizia|mio avvocato|il mio avvocato|un avvocato|dal mio avvocato|al mio avvocato|all'avvocato|dall'avvocato|tramite avvocato|il nostro avvocato|nostro avvocato|fatto un esposto|presentato esposto|presentato un esposto|faro un esposto|esposto all|avvocati|il mio legale|mio legale|un legale|tramite legale|vie legali|per vie legali|" +
      "azione legale|azioni legali|diffida|diffidato|denuncio|vi denuncio|faccio denuncia|" +
      "sporgere denuncia|sporgo denuncia|querela|querelo|vi querelo|tribunale|giudice di pace|fare causa|" +
      "faro causa|vi faccio causa|vi facciamo causa|intentare causa|codacons|altroconsumo|adiconsum|" +
      "federconsumatori|unione nazionale consumatori|associazione consumatori|associazione dei consumatori|" +
      "associazione di consumatori|agcm|antitrust|garante privacy|garante per la privacy|arera|agcom|corecom|" +
      "conciliazione|arbitro bancario|abf|ivass|consob|ombudsman|acsi|ufficio del consumatore|fare ricorso|" +
      "faccio ricorso|class action|polizia postale|pratica commerciale scorretta|pratiche commerciali scorrette|" +
      "chargeback|disconoscimento",
    safety:
      "preso fuoco|ha preso fuoco|prendere fuoco|prende fuoco|fiamme|in fiamme|incendio|principio d'incendio|" +
      "fatto fumo|fa fumo|faceva fumo|usciva fumo|esce fumo|pieno di fumo|fumo nero|fumava|fumare|scintille|" +
      "scintilla|odore di bruciato|puzza di bruciato|bruciatura|bruciature|ustione|ustioni|ustionato|ustionata|" +
      "scossa elettrica|preso la scossa|presa la scossa|preso una scossa|presa una scossa|da la scossa|fa la scossa|" +
      "folgorato|folgorata|esploso|esplosa|e esploso|e esplosa|scoppiato|scoppiata|vetro rotto|vetri rotti|" +
      "pezzo di vetro|pezzi di vetro|schegge|schegge di vetro|si e tagliato|si e tagliata|" +
      "mi sono tagliato|mi sono tagliata|tagliato la mano|tagliata la mano|punti di sutura|ferito|ferita|ferite|" +
      "sangue|sanguinava|pronto soccorso|ricoverato|ricoverata|ambulanza|vigili del fuoco|pompieri|" +
      "intossicazione|intossicazione alimentare|intossicati|intossicato|intossicata|avvelenato|avvelenamento|" +
      "reazione allergica|shock anafilattico|vomito|ho vomitato|siamo stati male|" +
      "fuga di gas|perdita di gas|puzza di gas|odore di gas|monossido|surriscaldato|surriscaldata|si surriscalda|" +
      "si e sciolto|si e sciolta|si e sciolta la presa|batteria gonfia|batteria gonfiata|si e gonfiata|" +
      "si e ribaltato|si e ribaltata|ribaltato|caduto addosso|mi e caduto addosso|soffocare|soffocato|soffocamento|" +
      "perso il freno|senza freni|freno rotto|freni rotti|mi sono fatto male|mi sono fatta male|si e fatto male|" +
      "si e fatta male|pericoloso|pericolosa|pericolosi|vite che sporge|annerita|annerito|corto circuito|" +
      "cortocircuito|carne scaduta|cibo scaduto|latte scaduto|crudo dentro|cruda dentro|pollo crudo|carne cruda|" +
      "pezzo di plastica|pezzo di metallo|raccordo allentato",
    churn:
      "alla concorrenza|dalla concorrenza|con la concorrenza|ultima volta che compro da voi|ultima volta che ordino da voi|e l'ultima volta che|disdico|disdetta|ho disdetto|voglio disdire|disdire il contratto|disdire l'abbonamento|chiudo il conto|" +
      "chiudere il conto|chiudero il conto|chiudo la carta|chiudo l'account|chiudete il mio account|" +
      "cancellate il mio account|eliminate il mio account|cancellare il mio account|chiudere l'account|" +
      "passo a un altro|passo ad un altro|passo a un'altra|passo ad altro|passo alla concorrenza|" +
      "vado dalla concorrenza|passero a un altro|passare a un altro|" +
      "faccio la portabilita|chiesto la portabilita|richiesto la portabilita|ho fatto la portabilita|" +
      "faro la portabilita|porto il numero|cambio operatore|cambiare operatore|cambio gestore|cambiare gestore|" +
      "cambio fornitore|cambiare fornitore|cambio banca|cambiare banca|in un'altra banca|un'altra banca|" +
      "porto lo stipendio|mai piu|non comprero mai piu|non ordinero mai piu|non comprero piu|non ordinero piu|" +
      "non compro piu da voi|non ordino piu da voi|mai piu da voi|avete perso un cliente|avete perso una cliente|" +
      "perso un cliente|ultima volta che compro|ultima volta che ordino",
    press:
      "servizio in tv|vi porto in tv|andro in tv|video su come|giornalista|giornalisti|reporter|redazione|per un quotidiano|un quotidiano|quotidiano locale|" +
      "quotidiano nazionale|sto scrivendo un articolo|scrivero un articolo|scrivere un articolo|" +
      "pubblichero un articolo|articolo su di voi|inchiesta|servizio in tv|al tg|" +
      "al telegiornale|striscia la notizia|a striscia|le iene|alle iene|mi manda rai|rai tre|raitre|" +
      "fuori dal coro|alla stampa|ai giornali|ai media|ai giornalisti|prossimo video|un video su|faro un video|" +
      "faccio un video|video su di voi|iscritti su youtube|follower su tiktok|follower su instagram|" +
      "testimonianze di clienti",
    repeat:
      "volta che ~ scrivo|volta che ~ scriviamo|volta che ~ chiamo|volta che ~ contatto|volta che ~ sollecito|volta che ~ segnalo|volta che ~ telefono|volta che ~ chiedo|per l'ennesima volta|per l'ennesima volta|gia scritto|" +
      "vi ho gia scritto|ho gia scritto|gia chiamato|ho gia chiamato|vi ho gia chiamato|vi ho gia chiamati|" +
      "gia contattato|gia contattati|ho gia contattato|gia segnalato|ho gia segnalato|come gia detto|" +
      "come gia scritto|come ho gia detto|come vi ho gia detto|ve l'ho gia detto|ve l'ho gia scritto|" +
      "ennesimo messaggio|ennesima mail|ennesima chiamata|ennesimo sollecito|secondo messaggio|terzo messaggio|" +
      "seconda mail|terza mail|vi scrivo di nuovo|vi riscrivo|sollecito|sollecitato|ho sollecitato|" +
      "scritto ~ volte|chiamato ~ volte|chiamata ~ volte|telefonato ~ volte|contattato ~ volte|" +
      "contattati ~ volte|sollecitato ~ volte|segnalato ~ volte|dato ~ volte|telefono ~ volte|vi ho chiamato|" +
      "promesso di richiamarmi|avevate promesso|mi avevate promesso|mi avevano promesso|dovevate richiamarmi|" +
      "doveva richiamarmi|dovevano richiamarmi|nessuno mi ha richiamato|mai richiamato|mai richiamata|" +
      "aspetto ancora la chiamata|come gia scritto in privato|ho gia mandato|vi ho gia mandato|ho gia inviato|" +
      "gia aperto un ticket|ho gia aperto|ogni volta un operatore diverso",
  },

  grammar: {
    personal: "io|mio|mia|miei|mie|mi|me|noi|nostro|nostra|nostri",
    why: "perche|perché",
    but: "ma|pero|però",
    not: "non|mai|niente|nessun|nessuna",
    still: "ancora|di nuovo|anche|stesso|stessa|pure",
    had: "avevo|ho avuto|avevamo|abbiamo avuto",
    nobody: "nessuno",
    answers: "risponde|richiama|aiuta|si fa sentire",
    figurative: "sono avvocato e|sono avvocata e|da avvocato|sono giornalista e|come giornalista|da giornalista",
  },
  spam:
    "col trading|con il trading|il trading|fare trading|trading online|investi #|alla ricerca di influencer|ricerca di influencer|paga #|paghi #|paga la tassa|paghi la tassa|paga le spese|paghi le spese|investi solo|aumenta i tuoi follower|il mio negozio online|dai un'occhiata al mio|date un'occhiata al mio|dateci un'occhiata|sito web professionale|siti web professionali|segui la pagina|seguite la pagina|segui la mia pagina|risultati garantiti|lavoro da casa part time|lavoro da casa serio|offro lavoro|lavora da casa e guadagna|10k follower|1000 follower|follower in 24 ore|guadagna da casa|guadagnare da casa|guadagna online|guadagnare online|" +
    "guadagno sicuro|guadagni garantiti|guadagno garantito|rendimento garantito|" +
    "rendimenti garantiti|profitti garantiti|profitti ogni giorno|reddito passivo|rendita passiva|chiedimi come|" +
    "ti spiego come|ti spiego tutto|criptovalute|criptovaluta|consulente di investimenti|" +
    "gestore di investimenti|investimenti garantiti|segnali crypto|ho triplicato|triplicato i miei|" +
    "raddoppiato i miei|segui e ricambio|ricambio follow|ricambio subito|ricambio sempre|ricambiamo sempre|" +
    "ricambio a tutti|seguo chi mi segue|seguoachisegue|segui il mio profilo|seguimi|seguitemi|follow x follow|" +
    "like x like|like per like|passate dal mio|passate sul mio|venite a vedere il mio|il mio canale|" +
    "iscrivetevi|iscriviti al mio|attivate la campanella|follower reali|follower veri|like veri|vendo follower|" +
    "comprare follower|prestiti veloci|prestito immediato|prestiti a tasso zero|senza busta paga|" +
    "anche protestati|anche a protestati|cattivi pagatori|finanziamenti rapidi|brand ambassador|" +
    "diventare nostro ambassador|cerchiamo ambassador|collaborazione retribuita|cerchiamo influencer|" +
    "sei stato selezionato|sei stata selezionata|sei stato estratto|sei stata estratta|hai vinto un|" +
    "hai vinto una|hai vinto il|reclama il tuo premio|ritira il tuo premio|ritirare il premio|per riscattarlo|" +
    "per riscattare|verifica i tuoi dati|verifichi i suoi dati|conferma i tuoi dati|conferma la tua identita|" +
    "il tuo account ~ sospeso|il tuo account ~ limitato|il tuo account ~ bloccato|il tuo account ~ disattivato|" +
    "il tuo profilo ~ disattivato|il tuo profilo ~ sospeso|il suo conto ~ sospeso|il tuo conto ~ bloccato|" +
    "il suo account ~ sospeso|aggiorni i dati della carta|aggiorna i dati della carta|rimborso in sospeso|" +
    "senza censura|foto private|contenuti esclusivi|ragazze sole|dimagrire|pronostici|scommesse sicure|" +
    "conto di gioco|diventare ricco|diventa milionario|posti limitati|recensioni a 5 stelle|" +
    "scambiarci i follower|proposta di lavoro|guadagni illimitati|lavoro online serio|al giorno da casa|" +
    "al mese con # ore|mining di bitcoin|guadagna mentre dormi|cerco persone motivate",
  spamWeak:
    "giveaway|concorso|vinci|regaliamo|in regalo|gratis|gratuito|gratuita|clicca qui|clicca sul link|" +
    "clicca il link|codice promo|codice sconto|sconti fino|solo oggi|premio|vincitore|sdoganamento|svincolo|" +
    "giacenza|spese di spedizione in sospeso|iscriviti|seguici|visibilita|offerte",
};
