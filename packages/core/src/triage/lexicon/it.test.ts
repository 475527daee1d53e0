import { describe, expect, it } from "vitest";
import { type Classification, classify } from "../classify.ts";

// Italian messages as customers write them on social media in Italy and Ticino (none of them is in the development
// set or the training corpus).

type Case = [name: string, text: string];

const expectKind = (text: string, kind: Classification["kind"]) => {
  // Act
  const result = classify(text);

  // Assess
  expect(result.kind, `${text}\n${result.reasons.join("; ")}`).toBe(kind);
  return result;
};

describe("classify in Italian", () => {
  describe("complaints", () => {
    const complaints: Case[] = [
      ["a broken product", "Il comodino è arrivato con un'anta rotta e la scatola tutta rovinata. Sono davvero delusa"],
      [
        "a complaint told as a question",
        "ma dov'è finito il mio pacco? ordinato 12 giorni fa e il tracking non si muove",
      ],
      [
        "is it normal that… (a question about a new product)",
        "È normale che il divano nuovo dopo due settimane sia già tutto sgonfio?",
      ],
      ["sarcasm with praise words", "Fantastico, quarta volta che spostate la consegna. Grazie eh"],
      ["praise with a complaint", "Adoro il colore del tappeto, ma perde pelo ovunque e non si riesce a pulire"],
      ["a one-line demand in capitals", "RIDATEMI I SOLDI"],
      ["chat shorthand without accents", "nn mi avete ancora rimborsato, cmq è passato un mese"],
    ];
    for (const [name, text] of complaints) {
      it(`reads ${name} as a complaint, negative`, () => {
        // Act / Assess
        const result = expectKind(text, "complaint");
        expect(result.sentiment).toBe("negative");
      });
    }

    it("says the language is Italian", () => {
      // Act
      const result = classify(
        "Il comodino è arrivato con un'anta rotta e la scatola tutta rovinata. Sono davvero delusa",
      );

      // Assess
      expect(result.language).toBe("it");
    });
  });

  describe("urgency", () => {
    const urgent: [Classification["urgency"][number], string][] = [
      ["legal", "Se non risolvete entro lunedì mi rivolgo ad Altroconsumo e al mio avvocato"],
      ["safety", "Il phon ha fatto scintille ed è uscito fumo dalla presa, mia figlia era lì accanto"],
      ["churn", "Dopo questa storia chiudo il conto e passo a un'altra banca"],
      ["press", "Sono un giornalista e sto scrivendo un articolo sui rimborsi mai arrivati ai vostri clienti"],
      ["repeat", "Vi ho già scritto tre volte in privato e ancora nessuna risposta"],
    ];
    for (const [urgency, text] of urgent) {
      it(`marks ${urgency} on a complaint`, () => {
        // Act / Assess
        const result = expectKind(text, "complaint");
        expect(result.urgency).toContain(urgency);
      });
    }

    it("does not take a lawyer shopping for a desk, or a double charge, for urgency", () => {
      // Act
      const lawyer = classify("Faccio l'avvocato e cerco una libreria per lo studio, la fate su misura?");
      const charged = classify("Mi avete addebitato due volte la stessa spesa, chi mi ridà i soldi?");

      // Assess
      expect(lawyer.urgency).toEqual([]);
      expect(charged.urgency).not.toContain("repeat");
      expect(charged.kind).toBe("complaint");
    });
  });

  describe("other kinds", () => {
    it("reads questions as questions", () => {
      for (const text of [
        "Fate consegne anche a Lugano? Quanto costa la spedizione in Svizzera?",
        "Il tavolo allungabile è disponibile anche in rovere chiaro?",
        "Buongiorno, vorrei sapere se accettate pagamenti con PayPal",
      ]) {
        expectKind(text, "question");
      }
    });

    it("reads praise as praise, positive, also praise for a problem someone put right", () => {
      for (const text of [
        "Grazie mille per la consegna puntualissima, il letto è bellissimo!",
        "La lampada era arrivata ammaccata, me ne hanno mandata una nuova il giorno dopo. Servizio impeccabile",
        "😍😍",
      ]) {
        // Act / Assess
        const result = expectKind(text, "praise");
        expect(result.sentiment).toBe("positive");
      }
    });

    it("reads spam as spam: get-rich schemes, follow-for-follow, phishing", () => {
      for (const text of [
        "Guadagna 400€ al giorno da casa con il trading, scrivimi in privato",
        "Segui il mio profilo e ricambio subito 🔁",
        "Il tuo account verrà sospeso, verifica i tuoi dati qui: https://verifica-subito.example",
      ]) {
        expectKind(text, "spam");
      }
    });

    it("reads a friend tagged or a greeting as other", () => {
      for (const text of [
        "@martina_g guarda questo divano per il salotto nuovo",
        "Saluti da Bellinzona a tutto il gruppo!",
      ]) {
        expectKind(text, "other");
      }
    });
  });

  describe("sensitive data", () => {
    it("finds an Italian mobile number, an e-mail address and a card number in a complaint", () => {
      // Act
      const result = classify(
        "Il rimborso non è mai arrivato. Scrivetemi a luca.verdi@example.com o al +39 347 555 0199, carta 4242 4242 4242 4242",
      );

      // Assess
      expect(result).toMatchObject({ kind: "complaint", sensitive: true });
      expect(result.sensitiveKinds).toEqual(expect.arrayContaining(["email", "phone", "card"]));
    });

    it("finds an order number", () => {
      // Act
      const result = classify("L'ordine 58213 è fermo da due settimane, nessuno mi dice niente");

      // Assess
      expect(result).toMatchObject({ kind: "complaint", sensitive: true, sensitiveKinds: ["order"] });
    });

    it("does not take the last four digits of a card for a card number", () => {
      // Act
      const result = classify("Mi avete addebitato 89 euro sulla carta che finisce con 4242, ma l'ordine è annullato");

      // Assess
      expect(result.kind).toBe("complaint");
      expect(result.sensitiveKinds).not.toContain("card");
    });
  });
});
