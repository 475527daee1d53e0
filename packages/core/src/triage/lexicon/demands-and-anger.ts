// Words that leave no doubt a customer is unhappy and wants something done: a demand ("I want this fixed", "is anyone
// reading this") or open anger ("very upset", "fed up"). Found in a complaint with no praise around them, they keep
// the learned model from turning it into praise or chatter. (A failure alone does not: "box came damaged but Priya
// sent a new one in 2 days, absolute legend" is praise, and the model reads such stories well.) One string per language, `|`-separated terms, in the
// lexicon syntax of classify.ts (`*` any ending, `~` up to three words between, optional apostrophes).

/** Demands: fix it, give my money back, somebody answer. */
export const demands = [
  // en
  "want this fixed|want it fixed|want this sorted|want it sorted|want this resolved|want it resolved|" +
    "want my money back|want a refund|want a replacement|expect a refund|expect a replacement|expect an answer|" +
    "fix this|fix it|fix this now|fix it now|sort this out|sort it out|get this sorted|sort this|make it right|" +
    "make this right|do something|please do something|do your job|is anyone reading|is anybody reading|" +
    "anyone reading this|anybody reading this|is anyone there|is anybody there|anyone there|anybody there|" +
    "is anyone listening|is anybody listening|anyone listening|is anyone home|answer me|" +
    "i'm waiting|i am waiting|still waiting|waiting for an answer|waiting for a reply|is anyone ~ reading|" +
    "is anybody ~ reading|anyone ~ reading this|anybody ~ reading this|is anyone ~ listening|" +
    "what are you going to do about it|what are you doing about it|do something about it",
  // es
  "arreglen|arreglenlo|arreglalo|solucionen|solucionenlo|solucionalo|quiero una solucion|quiero que lo arreglen|" +
    "quiero mi dinero|quiero un reembolso|exijo una solucion|exijo un reembolso|hagan algo|haced algo|" +
    "alguien lee esto|alguien me lee|alguien ~ lee esto|hay alguien|sigo esperando|estoy esperando|" +
    "nadie va a contestar|nadie va a responder|dadme una solucion|denme una solucion",
  // fr
  "reglez ca|reglez le probleme|reparez|je veux un remboursement|je veux etre rembourse*|j'exige|faites quelque chose|" +
    "quelqu'un lit|quelqu'un me lit|quelqu'un ~ lit|il y a quelqu'un|y a quelqu'un|j'attends toujours|" +
    "j'attends une reponse",
  // de
  "reparieren sie das|losen sie das|ich will mein geld|ich will eine erstattung|ich will einen ersatz|" +
    "ich erwarte eine losung|ich erwarte eine antwort|tun sie etwas|machen sie was|liest das jemand|" +
    "liest hier jemand|liest ~ jemand|ist da jemand|ist da wer|ich warte immer noch|warte immer noch|macht was|" +
    "tut was|unternehmen sie was|unternehmt was",
  // pt
  "resolvam|resolvam isso|quero o meu dinheiro|quero meu dinheiro|quero reembolso|quero um reembolso|" +
    "exijo uma solucao|facam alguma coisa|alguem le isto|alguem le isso|tem alguem ai|ha alguem ai|" +
    "tem alguem ~ lendo|alguem ~ lendo isso|resolve isso|resolve logo|me responde|me respondam|" +
    "continuo a espera|continuo esperando|estou esperando",
];

/** Open anger and exasperation. */
export const anger = [
  // en
  "upset|very upset|so upset|really upset|angry|so angry|furious|livid|fuming|fed up|sick of|sick and tired|" +
    "had enough|done with this|done with you|enough is enough|unacceptable|ridiculous|outrageous|disgrace|" +
    "disgraceful|not good enough|not acceptable|thanks for nothing|absolute joke|what a joke|appalling|" +
    "shocking service|never again|so annoyed|really annoyed|very annoyed|fuming",
  // es
  "harto|harta|hartos|enfadad*|cabread*|furios*|indignad*|inaceptable|vergonzoso|ya basta|estoy cansad*|" +
    "no hay derecho|una verguenza|es una broma|nunca mas",
  // fr
  "furieux|furieuse|en colere|marre|ras le bol|inadmissible|inacceptable|scandaleux|honteux|une honte|c'est une blague|" +
    "plus jamais|j'en ai assez",
  // de
  "wut|wutend|sauer|verargert|stinksauer|reicht mir|es reicht|frechheit|inakzeptabel|unverschamt|skandal*|nie wieder|" +
    "ich habe genug",
  // pt
  "cansei|farto|farta|fartos|furios*|irritad*|revoltad*|inaceitavel|uma vergonha|nunca mais|ja chega|estou cansad*",
];
