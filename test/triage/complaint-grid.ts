/**
 * Plain complaints built from openings, problems and endings, the way a burst of angry customers writes them: each
 * has clear anger, a demand or a product failure, so none may be left unacknowledged as chatter or thanked as praise.
 * Not training data: the model never sees these, so they measure the class of error, not these sentences.
 */
export const complaintGrids: Record<string, { openings: string[]; problems: string[]; endings: string[] }> = {
  en: {
    openings: [
      "Very upset",
      "Done with this",
      "Seriously",
      "Not happy at all",
      "Fed up",
      "Unbelievable",
      "Honestly",
      "Third time now",
      "Hello Acme",
      "So annoyed",
      "Come on",
      "Really disappointed",
    ],
    problems: [
      "the courier left it in the rain",
      "the app keeps logging me out",
      "my order arrived broken",
      "the parcel never came",
      "I was charged twice",
      "the screen cracked after a day",
      "nobody answers the chat",
      "the delivery is two weeks late",
      "the zip broke the first time I used it",
      "my account got locked again",
      "the heater stopped working",
      "you sent the wrong size",
      "the checkout page keeps crashing",
      "the sofa came with a torn seat",
    ],
    endings: [
      "and I want this fixed.",
      "is anyone reading this.",
      "fix it.",
      "what is going on?",
      "sort it out.",
      "I expect a refund.",
      "please do something.",
      "this is ridiculous.",
      "thanks for nothing.",
      "can someone help?",
      "I'm waiting.",
      "not good enough.",
    ],
  },
  es: {
    openings: ["Muy enfadada", "Estoy harto", "En serio", "Increíble", "Hola Acme"],
    problems: [
      "el pedido llegó roto",
      "el paquete nunca llegó",
      "me cobraron dos veces",
      "la app no deja de cerrarse",
      "nadie contesta el chat",
    ],
    endings: ["quiero una solución.", "¿alguien lee esto?", "arreglen esto ya.", "es inaceptable.", "sigo esperando."],
  },
  fr: {
    openings: ["Très déçue", "J'en ai marre", "Sérieusement", "Franchement", "Bonjour Acme"],
    problems: [
      "la commande est arrivée cassée",
      "le colis n'est jamais arrivé",
      "j'ai été débité deux fois",
      "l'appli plante sans arrêt",
      "personne ne répond au chat",
    ],
    endings: [
      "je veux un remboursement.",
      "quelqu'un lit ces messages ?",
      "réglez ça.",
      "c'est inadmissible.",
      "j'attends toujours.",
    ],
  },
  de: {
    openings: ["Sehr verärgert", "Mir reicht es", "Ernsthaft", "Ehrlich gesagt", "Hallo Acme"],
    problems: [
      "die Bestellung kam kaputt an",
      "das Paket ist nie angekommen",
      "mir wurde doppelt abgebucht",
      "die App stürzt ständig ab",
      "niemand antwortet im Chat",
    ],
    endings: [
      "ich will mein Geld zurück.",
      "liest das jemand?",
      "tun Sie etwas.",
      "das ist inakzeptabel.",
      "ich warte immer noch.",
    ],
  },
  pt: {
    openings: ["Muito irritada", "Estou farto", "A sério", "Sinceramente", "Olá Acme"],
    problems: [
      "a encomenda chegou partida",
      "o pacote nunca chegou",
      "cobraram-me duas vezes",
      "a app fecha sozinha",
      "ninguém responde no chat",
    ],
    endings: [
      "quero o meu dinheiro de volta.",
      "alguém lê isto?",
      "resolvam isso.",
      "é inaceitável.",
      "continuo à espera.",
    ],
  },
};

/** Every complaint of the grids, as "<opening>: <problem>, <ending>", with its language. */
export function gridComplaints(): { language: string; text: string }[] {
  return Object.entries(complaintGrids).flatMap(([language, grid]) =>
    grid.openings.flatMap((opening) =>
      grid.problems.flatMap((problem) =>
        grid.endings.map((ending) => ({ language, text: `${opening}: ${problem}, ${ending}` })),
      ),
    ),
  );
}
